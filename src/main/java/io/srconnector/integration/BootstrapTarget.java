package io.srconnector.integration;

/**
 * A SmartRecruiters endpoint the bootstrap integration should connect to instead of the configured one; the
 * embedded sandbox provides one.
 */
public interface BootstrapTarget {
    /** Base URL, e.g. {@code http://127.0.0.1:8091}. */
    String baseUrl();

    /** The API key (X-SmartToken) to connect with. */
    String apiKey();

    /** A label for logs, e.g. "SmartRecruiters sandbox". */
    String description();

    /** The authorize page of the target's OAuth server, or null to use {@code connector.oauth.authorize-url}. */
    default String authorizeUrl() {
        return null;
    }

    /** The OAuth app's client id at the target (used when {@code connector.oauth.client-id} is empty), or null. */
    default String oauthClientId() {
        return null;
    }

    /** The OAuth app's client secret at the target, or null. */
    default String oauthClientSecret() {
        return null;
    }
}
