package io.srconnector.model;

/** Kombo's social media entry, e.g. {@code {link: "https://linkedin.com/in/x", type: "LINKEDIN", username: null}}. */
public record SocialMedia(String link, String type, String username) {
}
