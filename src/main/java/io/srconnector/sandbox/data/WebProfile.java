package io.srconnector.sandbox.data;

/** SR {@code WebProfile {skype, linkedin, facebook, twitter, website}}. */
public record WebProfile(String skype, String linkedin, String facebook, String twitter, String website) {
}
