package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kombo's phone number entry; {@code type} is a free string or null. */
public record PhoneNumber(@JsonProperty("phone_number") String phoneNumber, String type) {
}
