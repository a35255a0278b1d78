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
}
