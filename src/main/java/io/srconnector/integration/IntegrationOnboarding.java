package io.srconnector.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.oauth.OAuthApp;
import io.srconnector.oauth.OAuthException;
import io.srconnector.oauth.SmartRecruitersOAuth;
import io.srconnector.oauth.Tokens;
import io.srconnector.sync.SyncScheduler;
import io.srconnector.sync.SyncType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Connecting a SmartRecruiters account (from {@code POST /v1/integrations} or the connect page): stores the integration
 * with its credentials encrypted, runs the scope test, refuses a credential SmartRecruiters rejects outright (every
 * probe 401 — nothing is kept), and queues the first FULL sync. Three ways: an API key ({@code X-SmartToken}), a
 * customer's OAuth client (client credentials) and the connector's OAuth app (authorization code).
 */
@Component
public class IntegrationOnboarding {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationOnboarding.class);
    private final IntegrationRepository integrations;
    private final IntegrationConnections connections;
    private final ScopeTester scopeTester;
    private final SyncScheduler scheduler;
    private final SmartRecruitersOAuth oauth;
    private final OAuthApp app;
    private final boolean syncOnConnect;

    public IntegrationOnboarding(IntegrationRepository integrations, IntegrationConnections connections,
                                 ScopeTester scopeTester, SyncScheduler scheduler, SmartRecruitersOAuth oauth,
                                 OAuthApp app,
                                 @Value("${connector.connections.sync-on-connect:true}") boolean syncOnConnect) {
        this.integrations = integrations;
        this.connections = connections;
        this.scopeTester = scopeTester;
        this.scheduler = scheduler;
        this.oauth = oauth;
        this.app = app;
        this.syncOnConnect = syncOnConnect;
    }

    /** Who connects: the account (tenant) and the end user's organisation. */
    public record EndUser(String accountId, String organizationName, String creatorEmail, String originId) {
    }

    /** A new integration and its first scope test. */
    public record Connected(Integration integration, ScopeTestRepository.ScopeTestResult scopeTest) {
    }

    /**
     * Connects with a SmartRecruiters API key.
     *
     * @param existingId reconnect this integration (a relink) instead of creating one, or null
     * @throws ApiException 400 naming {@code api_key} when SmartRecruiters rejects the key
     */
    public Connected withApiKey(EndUser user, String apiKey, String existingId) {
        ObjectNode creds = Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", apiKey.trim());
        return finish(user, existingId, "API_KEY", creds, "api_key");
    }

    /**
     * Connects with a customer's OAuth client (client-credentials grant, D-cc): a token is requested first.
     *
     * @throws ApiException 400 naming {@code client_secret} when SmartRecruiters refuses the client
     */
    public Connected withClientCredentials(EndUser user, String clientId, String clientSecret, String existingId) {
        String base = app.apiBaseUrl();
        Tokens t;
        try {
            t = oauth.clientCredentials("connect", base, SecretCipher.sha256(clientId),
                    clientId, clientSecret);
        } catch (OAuthException e) {
            throw ApiException.invalid("client_secret", "SmartRecruiters refused the client credentials ("
                    + e.error() + ")");
        }
        ObjectNode creds = Json.mapper().createObjectNode().put("type", "OAUTH_CLIENT_CREDENTIALS")
                .put("client_id", clientId).put("client_secret", clientSecret)
                .put("access_token", t.accessToken()).put("expires_at", t.expiresAt().toString());
        return finish(user, existingId, "OAUTH_CLIENT_CREDENTIALS", creds, "client_secret");
    }

    /**
     * Connects with tokens from the authorization-code flow (the OAuth callback exchanged the code already).
     */
    public Connected withAuthorizationCode(EndUser user, Tokens tokens, String existingId) {
        ObjectNode creds = Json.mapper().createObjectNode().put("type", "OAUTH_AUTHORIZATION_CODE")
                .put("client_id", app.clientId()).put("limiter_id", "grant:" + UUID.randomUUID())
                .put("access_token", tokens.accessToken()).put("refresh_token", tokens.refreshToken())
                .put("expires_at", tokens.expiresAt().toString());
        return finish(user, existingId, "OAUTH_AUTHORIZATION_CODE", creds, "code");
    }

    private Connected finish(EndUser user, String existingId, String authType, ObjectNode creds, String field) {
        String id = existingId != null ? existingId : IntegrationRepository.newId();
        Integration i = integrations.save(id, user.accountId(), user.organizationName(), user.originId(),
                user.creatorEmail(), app.apiBaseUrl(), authType, creds);
        connections.invalidate(id);
        ScopeTestRepository.ScopeTestResult scope = scopeTester.run(id);
        if (ScopeTester.credentialRejected(scope.results())) {
            if (existingId == null) {
                integrations.delete(id);
            } else {
                integrations.setStatus(id, "INVALID");
            }
            connections.invalidate(id);
            throw ApiException.invalid(field, "SmartRecruiters rejected the credential (401 on every probe)");
        }
        if (syncOnConnect && i.enabled()) {
            scheduler.enqueue(id, SyncType.FULL, "CONNECT");
        }
        LOG.info("[{}] connected ({}) for account {}", id, authType, user.accountId());
        return new Connected(integrations.find(id).orElseThrow(), scope);
    }
}
