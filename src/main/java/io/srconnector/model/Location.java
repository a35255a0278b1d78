package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kombo's location object. {@code country} is ISO 3166-1 alpha-2 (upper case) when known, else the original value. */
public record Location(String city, String country, String raw, String state,
                       @JsonProperty("street_1") String street1,
                       @JsonProperty("street_2") String street2,
                       @JsonProperty("zip_code") String zipCode) {
}
