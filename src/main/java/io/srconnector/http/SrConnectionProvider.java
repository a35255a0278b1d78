package io.srconnector.http;

/**
 * Resolves an integration's connection (base URL, limiter key, current auth headers). Implementations own credential
 * decryption and OAuth token refresh.
 */
public interface SrConnectionProvider {
    /**
     * @param integrationId the integration
     * @return its current connection
     * @throws IllegalArgumentException when the integration does not exist
     */
    SrConnection connection(String integrationId);

    /**
     * Called when SmartRecruiters answered 401 to a request sent with {@code used}. An OAuth implementation refreshes
     * the token (once, even under concurrent calls) and returns true when a retry with new headers makes sense.
     */
    default boolean refreshAfterUnauthorized(SrConnection used) {
        return false;
    }
}
