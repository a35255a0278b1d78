package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Job location as {@code GET /jobs/{id}} returns it (S1 merged {@code Location}); the list omits
 * {@code latitude}, {@code longitude} and {@code manual} ("GET /jobs returns no coordinates", S1).
 */
@JsonPropertyOrder({"country", "countryCode", "region", "regionCode", "city", "address", "postalCode", "remote",
        "latitude", "longitude", "manual"})
public record JobLocation(String country, String countryCode, String region, String regionCode, String city,
                          String address, String postalCode, Boolean remote, String latitude, String longitude,
                          Boolean manual) {

    /** The same location without coordinates, as in {@code JobSummary}. */
    public JobLocation withoutCoordinates() {
        return new JobLocation(country, countryCode, region, regionCode, city, address, postalCode, remote, null, null, null);
    }
}
