package io.srconnector.connect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.JsonBodies;
import io.srconnector.api.ListQuery;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationOnboarding;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.integration.IntegrationsApi;
import io.srconnector.integration.ScopeTestRepository;
import io.srconnector.json.Json;
import io.srconnector.oauth.OAuthApp;
import io.srconnector.oauth.OAuthException;
import io.srconnector.oauth.OAuthSettings;
import io.srconnector.oauth.SmartRecruitersOAuth;
import io.srconnector.oauth.Tokens;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

/**
 * Connect links and the connect page (coverage sheet "Connection Guide", "Prerequisites", "OAuth").
 * <ul>
 *   <li>{@code POST /v1/connect/create-link} (Kombo): {@code {end_user_email, end_user_organization_name,
 *       end_user_origin_id?, integration_tool?}} → {@code {link}}; {@code POST /v1/integrations/{id}/relink} (Kombo):
 *       a link that reconnects an existing integration.</li>
 *   <li>{@code GET /connect?token=…}: the page (HTML + JS, no build step) where the customer's admin reads the
 *       prerequisites, picks API key, OAuth client credentials or "Connect with SmartRecruiters" (authorization code),
 *       and sees the scope test.</li>
 *   <li>The page's calls, authorized by the link token only: {@code GET /connect/api/link}, {@code POST
 *       /connect/api/api-key}, {@code POST /connect/api/client-credentials}; {@code GET /connect/oauth/start}
 *       (→ SmartRecruiters' authorize page with a one-time {@code state}) and {@code GET /connect/oauth/callback}
 *       (code → tokens, stored encrypted → back to the page).</li>
 * </ul>
 */
@Component("connectApi")
public class ConnectApi {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectApi.class);
    private final ConnectLinks links;
    private final IntegrationRepository integrations;
    private final IntegrationOnboarding onboarding;
    private final ScopeTestRepository scopeTests;
    private final SmartRecruitersOAuth oauth;
    private final OAuthApp app;
    private final OAuthSettings oauthSettings;
    private final Duration linkTtl;
    private final String publicUrl;

    public ConnectApi(ConnectLinks links, IntegrationRepository integrations, IntegrationOnboarding onboarding,
                      ScopeTestRepository scopeTests, SmartRecruitersOAuth oauth,
                      OAuthApp app, OAuthSettings oauthSettings,
                      @Value("${connector.connections.link-ttl:7d}") Duration linkTtl,
                      @Value("${connector.public-url}") String publicUrl) {
        this.links = links;
        this.integrations = integrations;
        this.onboarding = onboarding;
        this.scopeTests = scopeTests;
        this.oauth = oauth;
        this.app = app;
        this.oauthSettings = oauthSettings;
        this.linkTtl = linkTtl;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code POST /v1/connect/create-link}. */
    public void createLink(Exchange ex) {
        ObjectNode body = JsonBodies.object(ex);
        String tool = JsonBodies.optionalText(body, "integration_tool");
        if (tool != null && !"smartrecruiters".equals(tool)) {
            throw ApiException.invalid("integration_tool", "only 'smartrecruiters' is available");
        }
        String category = JsonBodies.optionalText(body, "integration_category");
        if (category != null && !"ATS".equals(category)) {
            throw ApiException.invalid("integration_category", "only 'ATS' is available");
        }
        String token = links.create(ApiAuth.accountId(ex), JsonBodies.requiredText(body, "end_user_email"),
                JsonBodies.requiredText(body, "end_user_organization_name"),
                JsonBodies.optionalText(body, "end_user_origin_id"), null, linkTtl);
        JsonBodies.success(ex, Json.mapper().createObjectNode().put("link", linkUrl(token)));
    }

    /** {@code POST /v1/integrations/{integration_id}/relink}: a link reconnecting the integration. */
    public void relink(Exchange ex) {
        String id = JsonBodies.pathParam(ex, "integration_id");
        Integration i = integrations.findForAccount(id, ApiAuth.accountId(ex))
                .orElseThrow(() -> ApiException.integrationNotFound(id));
        String token = links.create(i.accountId(), i.creatorEmail(), i.organizationName(), i.originId(), i.id(),
                linkTtl);
        JsonBodies.success(ex, Json.mapper().createObjectNode().put("link", linkUrl(token)));
    }

    /** {@code GET /connect}: the page. */
    public void page(Exchange ex) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        ex.getMessage().setHeader("Cache-Control", "no-store");
        ex.getMessage().setHeader("Referrer-Policy", "no-referrer");
        ex.getMessage().setBody(resource("connect/index.html"));
    }

    /** {@code GET /connect/smartrecruiters.svg}: the tool logo of the integration details. */
    public void logo(Exchange ex) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "image/svg+xml");
        ex.getMessage().setBody(resource("connect/smartrecruiters.svg"));
    }

    /** {@code GET /connect/api/link?token=…}: what the page shows. */
    public void linkInfo(Exchange ex) {
        ConnectLinks.Link link = link(ListQuery.param(ex, "token"));
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("organization_name", link.organizationName());
        d.put("end_user_email", link.endUserEmail());
        d.put("expires_at", link.expiresAt().toString());
        d.put("oauth_available", app.authorizationCodeAvailable());
        d.put("relink", link.integrationId() != null);
        Integration i = link.integrationId() == null ? null : integrations.find(link.integrationId()).orElse(null);
        d.put("connected", i != null);
        d.set("integration", i == null ? Json.mapper().nullNode() : summary(i));
        JsonBodies.success(ex, d);
    }

    /** {@code POST /connect/api/api-key} with {@code {token, api_key}}. */
    public void apiKey(Exchange ex) {
        ObjectNode body = JsonBodies.object(ex);
        ConnectLinks.Link link = link(JsonBodies.requiredText(body, "token"));
        IntegrationOnboarding.Connected c = onboarding.withApiKey(endUser(link),
                JsonBodies.requiredText(body, "api_key"), link.integrationId());
        links.connected(link.id(), c.integration().id());
        JsonBodies.success(ex, summary(c.integration()));
    }

    /** {@code POST /connect/api/client-credentials} with {@code {token, client_id, client_secret}}. */
    public void clientCredentials(Exchange ex) {
        ObjectNode body = JsonBodies.object(ex);
        ConnectLinks.Link link = link(JsonBodies.requiredText(body, "token"));
        IntegrationOnboarding.Connected c = onboarding.withClientCredentials(endUser(link),
                JsonBodies.requiredText(body, "client_id"), JsonBodies.requiredText(body, "client_secret"),
                link.integrationId());
        links.connected(link.id(), c.integration().id());
        JsonBodies.success(ex, summary(c.integration()));
    }

    /** {@code GET /connect/oauth/start?token=…}: 302 to SmartRecruiters' authorize page. */
    public void oauthStart(Exchange ex) {
        ConnectLinks.Link link = link(ListQuery.param(ex, "token"));
        if (!app.authorizationCodeAvailable()) {
            throw new ApiException(400, "PLATFORM.INPUT_INVALID", "OAuth unavailable",
                    "token: no SmartRecruiters OAuth app is configured (connector.oauth.client-id)");
        }
        String state = ConnectLinks.newSecret();
        links.setOAuthState(link.id(), state, oauthSettings.getStateTtl());
        redirect(ex, app.authorizeUrl(state));
    }

    /**
     * {@code GET /connect/oauth/callback?code=…&state=…} (or {@code ?error=…}): exchanges the code, stores the tokens
     * encrypted, runs the scope test, and sends the browser back to the page.
     */
    public void oauthCallback(Exchange ex) {
        String state = ListQuery.param(ex, "state");
        String error = ListQuery.param(ex, "error");
        ConnectLinks.Link link = links.consumeOAuthState(state).orElse(null);
        if (link == null) {
            redirect(ex, publicUrl + "/connect?oauth=error&reason=invalid_state");
            return;
        }
        if (error != null) {
            redirect(ex, publicUrl + "/connect?oauth=error&reason=" + (error.matches("[a-z_]{1,40}") ? error : "denied"));
            return;
        }
        String code = ListQuery.param(ex, "code");
        try {
            if (code == null) {
                throw new OAuthException(400, "invalid_request", "no code");
            }
            Tokens t = oauth.exchangeCode(app.apiBaseUrl(), "oauth-code:" + UUID.randomUUID(), app.clientId(),
                    app.clientSecret(), code, app.redirectUri());
            IntegrationOnboarding.Connected c = onboarding.withAuthorizationCode(endUser(link), t, link.integrationId());
            links.connected(link.id(), c.integration().id());
            redirect(ex, publicUrl + "/connect?oauth=done");
        } catch (OAuthException e) {
            LOG.warn("OAuth callback for link {}: {}", link.id(), e.getMessage());
            redirect(ex, publicUrl + "/connect?oauth=error&reason=" + e.error());
        } catch (ApiException e) {
            LOG.warn("OAuth callback for link {}: {}", link.id(), e.getMessage());
            redirect(ex, publicUrl + "/connect?oauth=error&reason=rejected");
        }
    }

    private ObjectNode summary(Integration i) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("integration_id", i.id());
        n.put("status", i.status());
        n.put("auth_type", i.authType());
        n.put("organization_name", i.organizationName());
        n.set("scope_test", scopeTests.find(i.id()).<com.fasterxml.jackson.databind.JsonNode>map(IntegrationsApi::scopeView)
                .orElse(Json.mapper().nullNode()));
        return n;
    }

    private ConnectLinks.Link link(String token) {
        return links.byToken(token).orElseThrow(() -> ApiException.unauthenticated(
                "token: unknown or expired connect link"));
    }

    private static IntegrationOnboarding.EndUser endUser(ConnectLinks.Link l) {
        return new IntegrationOnboarding.EndUser(l.accountId(), l.organizationName(), l.endUserEmail(), l.originId());
    }

    private String linkUrl(String token) {
        return publicUrl + "/connect?token=" + token;
    }

    private static void redirect(Exchange ex, String location) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
        ex.getMessage().setHeader("Location", location);
        ex.getMessage().setHeader("Cache-Control", "no-store");
        ex.getMessage().setBody("");
    }

    private static byte[] resource(String path) {
        try (InputStream in = ConnectApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
