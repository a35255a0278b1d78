package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SrConnection;
import io.srconnector.http.SrConnectionProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves an integration's SmartRecruiters connection from the {@code integrations} table: base URL, the rate-limiter
 * key (credential fingerprint) and the auth header — {@code X-SmartToken} for API keys
 * (developers.smartrecruiters.com/docs/authentication-api-key).
 */
@Component
public class IntegrationConnections implements SrConnectionProvider {
    /** How long a resolved connection is reused before the row is read again. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private final IntegrationRepository integrations;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public IntegrationConnections(IntegrationRepository integrations) {
        this.integrations = integrations;
    }

    /** The connection, from a short-lived cache (credentials are decrypted once per {@link #CACHE_TTL}). */
    @Override
    public SrConnection connection(String integrationId) {
        Cached c = cache.get(integrationId);
        if (c != null && c.loadedAt.plus(CACHE_TTL).isAfter(Instant.now())) {
            return c.connection;
        }
        SrConnection fresh = load(integrationId);
        cache.put(integrationId, new Cached(fresh, Instant.now()));
        return fresh;
    }

    /** Forgets a cached connection (after its credentials changed or it was deleted). */
    public void invalidate(String integrationId) {
        cache.remove(integrationId);
    }

    private SrConnection load(String integrationId) {
        Integration i = integrations.find(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown integration " + integrationId));
        JsonNode creds = integrations.credentials(integrationId);
        String base = i.baseUrl().endsWith("/") ? i.baseUrl().substring(0, i.baseUrl().length() - 1) : i.baseUrl();
        return new SrConnection(i.id(), base, i.credentialFingerprint(), authHeaders(i, creds));
    }

    private static Map<String, String> authHeaders(Integration i, JsonNode creds) {
        if ("API_KEY".equals(i.authType())) {
            return Map.of("X-SmartToken", creds.path("api_key").asText());
        }
        String token = creds.path("access_token").asText(null);
        if (token == null) {
            throw new IllegalStateException("Integration " + i.id() + " has no OAuth access token yet");
        }
        return Map.of("Authorization", "Bearer " + token);
    }

    private record Cached(SrConnection connection, Instant loadedAt) {
    }
}
