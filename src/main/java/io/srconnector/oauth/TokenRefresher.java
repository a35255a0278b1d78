package io.srconnector.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Renews an integration's OAuth access token — one renewal at a time per integration: a JVM lock per integration plus
 * the integration row locked ({@code SELECT … FOR UPDATE}) while SmartRecruiters is asked, so concurrent callers on
 * any node wait and then find the new token instead of spending the refresh token again. SmartRecruiters refresh
 * tokens are <b>single-use</b> (D-oauthfaq): the new pair is stored (encrypted) in the same transaction before anyone
 * uses the new access token. Authorization-code grants renew with {@code grant_type=refresh_token}; client-credentials
 * integrations request a new token. A refused grant marks the integration {@code INVALID}.
 */
@Component
public class TokenRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(TokenRefresher.class);
    private final IntegrationRepository integrations;
    private final SmartRecruitersOAuth oauth;
    private final OAuthApp app;
    private final TransactionTemplate tx;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public TokenRefresher(IntegrationRepository integrations, SmartRecruitersOAuth oauth, OAuthApp app,
                          TransactionTemplate tx) {
        this.integrations = integrations;
        this.oauth = oauth;
        this.app = app;
        this.tx = tx;
    }

    /**
     * Renews the access token unless another caller already replaced {@code usedAccessToken}.
     *
     * @param usedAccessToken the token that SmartRecruiters refused or that is about to expire (null = none yet)
     * @return true when a (new) token is stored; false when SmartRecruiters refused the grant (integration INVALID)
     */
    public boolean refresh(String integrationId, String usedAccessToken) {
        ReentrantLock lock = locks.computeIfAbsent(integrationId, k -> new ReentrantLock());
        lock.lock();
        try {
            Boolean ok = tx.execute(status -> renewLocked(integrationId, usedAccessToken));
            return Boolean.TRUE.equals(ok);
        } catch (OAuthException e) {
            LOG.warn("[{}] OAuth token renewal refused: {}", integrationId, e.getMessage());
            if (e.credentialsInvalid()) {
                integrations.setStatus(integrationId, "INVALID");
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean renewLocked(String integrationId, String usedAccessToken) {
        Integration i = integrations.find(integrationId).orElseThrow(
                () -> new IllegalArgumentException("Unknown integration " + integrationId));
        JsonNode creds = integrations.credentialsForUpdate(integrationId);
        String current = creds.path("access_token").asText(null);
        if (current != null && !current.equals(usedAccessToken)) {
            return true; // renewed by another caller meanwhile: use theirs
        }
        Tokens t;
        if ("OAUTH_CLIENT_CREDENTIALS".equals(i.authType())) {
            t = oauth.clientCredentials(integrationId, i.baseUrl(), i.credentialFingerprint(),
                    creds.path("client_id").asText(), creds.path("client_secret").asText());
        } else if ("OAUTH_AUTHORIZATION_CODE".equals(i.authType())) {
            String refreshToken = creds.path("refresh_token").asText(null);
            if (refreshToken == null) {
                throw new OAuthException(400, "invalid_grant", "no refresh token stored");
            }
            t = oauth.refresh(integrationId, i.baseUrl(), i.credentialFingerprint(), app.clientId(),
                    app.clientSecret(), refreshToken);
        } else {
            return false;
        }
        ObjectNode next = ((ObjectNode) creds).deepCopy();
        next.put("access_token", t.accessToken());
        if (t.refreshToken() != null) {
            next.put("refresh_token", t.refreshToken());
        }
        next.put("expires_at", t.expiresAt().toString());
        next.put("renewed_at", Instant.now().toString());
        integrations.updateCredentials(integrationId, next);
        if (!"ACTIVE".equals(i.status())) {
            integrations.setStatus(integrationId, "ACTIVE");
        }
        LOG.info("[{}] OAuth access token renewed (valid until {})", integrationId, t.expiresAt());
        return true;
    }
}
