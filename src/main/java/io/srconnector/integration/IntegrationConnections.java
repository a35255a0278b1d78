package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SrConnection;
import io.srconnector.http.SrConnectionProvider;
import io.srconnector.http.SrUnauthorizedException;
import io.srconnector.oauth.OAuthSettings;
import io.srconnector.oauth.TokenRefresher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves an integration's SmartRecruiters connection from the {@code integrations} table: base URL, the rate-limiter
 * key (credential fingerprint) and the auth header — {@code X-SmartToken} for API keys
 * (developers.smartrecruiters.com/docs/authentication-api-key), {@code Authorization: Bearer} for OAuth. OAuth access
 * tokens are renewed before they expire ({@code connector.oauth.refresh-before-expiry}) and once after a 401
 * ({@link #refreshAfterUnauthorized}), through {@link TokenRefresher} (one renewal at a time per integration).
 */
@Component
public class IntegrationConnections implements SrConnectionProvider {
    /** How long a resolved connection is reused before the row is read again. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private final IntegrationRepository integrations;
    private final TokenRefresher refresher;
    private final OAuthSettings oauth;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public IntegrationConnections(IntegrationRepository integrations, TokenRefresher refresher, OAuthSettings oauth) {
        this.integrations = integrations;
        this.refresher = refresher;
        this.oauth = oauth;
    }

    /**
     * The connection, from a short-lived cache (credentials are decrypted once per {@link #CACHE_TTL}); an OAuth token
     * about to expire is renewed first.
     *
     * @throws IllegalArgumentException for an unknown integration
     * @throws SrUnauthorizedException when an OAuth integration's token cannot be renewed
     */
    @Override
    public SrConnection connection(String integrationId) {
        Cached c = cache.get(integrationId);
        Instant now = Instant.now();
        if (c != null && c.loadedAt.plus(CACHE_TTL).isAfter(now) && !c.expiresSoon(now, oauth.getRefreshBeforeExpiry())) {
            return c.connection;
        }
        Cached fresh = load(integrationId);
        if (fresh.oauth && fresh.expiresSoon(now, oauth.getRefreshBeforeExpiry())) {
            if (!refresher.refresh(integrationId, fresh.accessToken)) {
                throw new SrUnauthorizedException(401, "invalid_grant", "Integration " + integrationId
                        + ": SmartRecruiters refused to renew the OAuth token; reconnect it (relink)", "POST",
                        "/identity/oauth/token", null, null);
            }
            fresh = load(integrationId);
        }
        cache.put(integrationId, fresh);
        return fresh.connection;
    }

    /**
     * SmartRecruiters answered 401 to a request sent with {@code used}: renews the OAuth token once (concurrent callers
     * that used the same token share one renewal) and lets the requester retry. API-key integrations: false.
     */
    @Override
    public boolean refreshAfterUnauthorized(SrConnection used) {
        String auth = used.authHeaders().get("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return false;
        }
        boolean ok = refresher.refresh(used.integrationId(), auth.substring(7));
        invalidate(used.integrationId());
        return ok;
    }

    /** Forgets a cached connection (after its credentials changed or it was deleted). */
    public void invalidate(String integrationId) {
        cache.remove(integrationId);
    }

    private Cached load(String integrationId) {
        Integration i = integrations.find(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown integration " + integrationId));
        JsonNode creds = integrations.credentials(integrationId);
        String base = i.baseUrl().endsWith("/") ? i.baseUrl().substring(0, i.baseUrl().length() - 1) : i.baseUrl();
        if ("API_KEY".equals(i.authType())) {
            return new Cached(new SrConnection(i.id(), base, i.credentialFingerprint(),
                    Map.of("X-SmartToken", creds.path("api_key").asText())), Instant.now(), false, null, null);
        }
        String token = creds.path("access_token").asText(null);
        Instant expires = creds.hasNonNull("expires_at") ? Instant.parse(creds.get("expires_at").asText()) : null;
        Map<String, String> headers = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
        return new Cached(new SrConnection(i.id(), base, i.credentialFingerprint(), headers), Instant.now(), true,
                token, expires);
    }

    private record Cached(SrConnection connection, Instant loadedAt, boolean oauth, String accessToken,
                          Instant expiresAt) {
        boolean expiresSoon(Instant now, Duration margin) {
            return oauth && (accessToken == null || (expiresAt != null && !expiresAt.minus(margin).isAfter(now)));
        }
    }
}
