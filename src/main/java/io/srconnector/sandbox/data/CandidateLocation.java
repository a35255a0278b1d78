package io.srconnector.sandbox.data;

/** SR {@code CandidateLocation {country, countryCode, regionCode, region, city, lat, lng}} (S1). */
public record CandidateLocation(String country, String countryCode, String regionCode, String region, String city,
                                Double lat, Double lng) {
}
