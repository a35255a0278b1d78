package io.srconnector.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SrConnection;
import io.srconnector.integration.ConnectionsItSupport;
import io.srconnector.integration.IntegrationConnections;
import io.srconnector.sandbox.auth.OAuthClient;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.log.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth end to end against the sandbox's authorization server: a connect link → SmartRecruiters' authorize page →
 * callback → tokens stored encrypted (the row holds no plaintext) → a full sync during which every access token is
 * forced to expire → exactly one refresh, the sync finishes; single-use refresh tokens; one refresh for many
 * concurrent 401s; renewal before expiry; client credentials; nothing secret in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthConnectIT extends ConnectionsItSupport {
    @Autowired
    IntegrationConnections connections;

    @BeforeEach
    void reset() {
        sandbox.oauth().resetCounts();
        sandbox.stats().reset();
        sandbox.requestLog().clear();
    }

    @AfterEach
    void cleanUp() {
        sandbox.oauth().expireAccessTokensAfter(-1);
        deleteTestIntegrations();
    }

    @Test
    void authorizationCodeConnectStoresTokensEncryptedAndAForcedExpiryMidSyncIsRefreshedOnce(CapturedOutput log) {
        String id = connectWithOAuth("ADMINISTRATOR");
        JsonNode creds = integrations.credentials(id);
        String access = creds.path("access_token").asText();
        String refresh = creds.path("refresh_token").asText();
        assertThat(access).isNotBlank();
        assertThat(refresh).isNotBlank();
        String row = jdbc.queryForObject("SELECT credentials_ciphertext || ' ' || credential_fingerprint || ' ' "
                + "|| settings::text FROM integrations WHERE id = ?", String.class, id);
        assertThat(row).startsWith("v1:").doesNotContain(access).doesNotContain(refresh)
                .doesNotContain("access_token").doesNotContain("refresh_token");
        assertThat(integrations.find(id).orElseThrow().authType()).isEqualTo("OAUTH_AUTHORIZATION_CODE");

        // every access token expires when the 150th further request with one arrives: in the middle of the sync
        sandbox.oauth().resetCounts();
        sandbox.stats().reset();
        sandbox.oauth().expireAccessTokensAfter(150);
        String runId = jdbc.queryForObject("SELECT id FROM sync_runs WHERE integration_id = ? AND status = 'QUEUED'",
                String.class, id);
        worker.drain();
        Map<String, Object> run = run(runId);
        assertThat(run.get("status")).as("run: %s", run.get("errors")).isEqualTo("SUCCEEDED");
        assertThat(sandbox.stats().unauthorized()).as("requests refused with the expired token").isPositive();
        assertThat(sandbox.oauth().count("refresh_token")).as("refreshes").isEqualTo(1);
        assertThat(sandbox.oauth().count("refresh_token_rejected")).isZero();
        assertThat(((Number) run.get("sr_calls")).longValue()).isGreaterThan(150);

        SandboxAccount account = sandbox.account();
        int jobs = account.read(() -> (int) account.jobs().values().stream()
                .filter(j -> !Boolean.TRUE.equals(j.template)).count());
        int candidates = account.read(() -> (int) account.candidates().values().stream()
                .filter(Candidate::hasApplications).count());
        assertThat(count("ats_jobs", id)).isEqualTo(jobs);
        assertThat(count("ats_candidates", id)).isEqualTo(candidates);

        JsonNode renewed = integrations.credentials(id);
        assertThat(renewed.path("refresh_token").asText()).isNotEqualTo(refresh);
        assertThat(renewed.path("access_token").asText()).isNotEqualTo(access);
        // the old refresh token is spent: SmartRecruiters refresh tokens are single-use
        Answer reuse = send("POST", URI.create(sandbox.baseUrl() + "/identity/oauth/token"),
                "grant_type=refresh_token&refresh_token=" + refresh + "&client_id=" + OAuthClient.DEFAULT_APP_ID
                        + "&client_secret=" + OAuthClient.DEFAULT_APP_SECRET,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().path("error").asText()).isEqualTo("invalid_grant");

        assertThat(log.getAll()).doesNotContain(access).doesNotContain(refresh)
                .doesNotContain(renewed.path("access_token").asText())
                .doesNotContain(renewed.path("refresh_token").asText())
                .doesNotContain(OAuthClient.DEFAULT_APP_SECRET);

        assertThat(api("DELETE", "/v1/integrations/" + id, null).status()).isEqualTo(200);
        assertThat(syncedRows(id)).as("synced rows after delete").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE integration_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void concurrentUnauthorizedCallsShareOneRefreshAndTokensAreRenewedBeforeExpiry() throws Exception {
        String id = connectWithOAuth("ADMINISTRATOR");
        sandbox.oauth().resetCounts();
        SrConnection used = connections.connection(id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return connections.refreshAfterUnauthorized(used);
            }));
        }
        go.countDown();
        for (Future<Boolean> f : results) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
        assertThat(sandbox.oauth().count("refresh_token")).as("one refresh for 8 concurrent 401s").isEqualTo(1);
        assertThat(connections.connection(id).authHeaders()).isNotEqualTo(used.authHeaders());

        // a token that expires within connector.oauth.refresh-before-expiry is renewed before it is used
        var creds = (com.fasterxml.jackson.databind.node.ObjectNode) integrations.credentials(id);
        creds.put("expires_at", Instant.now().plusSeconds(30).toString());
        integrations.updateCredentials(id, creds);
        connections.invalidate(id);
        sandbox.stats().reset();
        Answer scope = api("POST", "/v1/integrations/" + id + "/scope-test", null);
        assertThat(scope.status()).isEqualTo(200);
        assertThat(sandbox.oauth().count("refresh_token")).isEqualTo(2);
        assertThat(sandbox.stats().unauthorized()).as("no request sent with the expiring token").isZero();
    }

    @Test
    void aStandardUserWithoutOffersPermissionConnectsWithOffersMissing() {
        String id = connectWithOAuth("STANDARD");
        JsonNode results = api("GET", "/v1/integrations/" + id + "/scope-test", null).json().path("data")
                .path("results");
        for (JsonNode e : results) {
            assertThat(e.path("status").asText()).as(e.path("id").asText())
                    .isEqualTo("offers".equals(e.path("id").asText()) ? "MISSING" : "OK");
        }
    }

    @Test
    void aSpentRefreshTokenMarksTheIntegrationInvalid() {
        String id = connectWithOAuth("ADMINISTRATOR");
        String refresh = integrations.credentials(id).path("refresh_token").asText();
        // someone else spends the refresh token (e.g. a copied database restored elsewhere)
        Answer spent = send("POST", URI.create(sandbox.baseUrl() + "/identity/oauth/token"),
                "grant_type=refresh_token&refresh_token=" + refresh + "&client_id=" + OAuthClient.DEFAULT_APP_ID
                        + "&client_secret=" + OAuthClient.DEFAULT_APP_SECRET,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(spent.status()).isEqualTo(200);
        sandbox.oauth().expireAccessTokens();
        Answer a = call("POST", "/v1/passthrough/smartrecruiters/default", "{\"method\":\"GET\",\"path\":\"/jobs\"}",
                "Authorization", "Bearer " + API_KEY, "X-Integration-Id", id);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.json().path("data").path("status").asInt()).as("SmartRecruiters' answer, passed through")
                .isEqualTo(401);
        assertThat(integrations.find(id).orElseThrow().status()).isEqualTo("INVALID");
        assertThat(sandbox.oauth().count("refresh_token_rejected")).isEqualTo(1);
        Answer details = api("GET", "/v1/integrations/" + id, null);
        assertThat(details.json().path("data").path("status").asText()).isEqualTo("INVALID");
        Answer relink = api("POST", "/v1/integrations/" + id + "/relink", "{}");
        assertThat(relink.json().path("data").path("link").asText()).contains("/connect?token=");
    }

    @Test
    void clientCredentialsConnectAndRenewWithANewToken() {
        Answer a = api("POST", "/v1/integrations", "{\"auth_type\":\"OAUTH_CLIENT_CREDENTIALS\",\"client_id\":\""
                + OAuthClient.DEFAULT_CC_ADMIN_ID + "\",\"client_secret\":\"" + OAuthClient.DEFAULT_CC_ADMIN_SECRET
                + "\",\"organization_name\":\"Client Credentials AG\"}");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.text()).doesNotContain(OAuthClient.DEFAULT_CC_ADMIN_SECRET);
        String id = a.json().path("data").path("id").asText();
        assertThat(jdbc.queryForObject("SELECT credentials_ciphertext FROM integrations WHERE id = ?", String.class, id))
                .doesNotContain(OAuthClient.DEFAULT_CC_ADMIN_SECRET).doesNotContain("client_secret");
        assertThat(sandbox.oauth().count("client_credentials")).isEqualTo(1);

        sandbox.oauth().expireAccessTokens();
        Answer scope = api("POST", "/v1/integrations/" + id + "/scope-test", null);
        scope.json().path("data").path("results").forEach(e -> assertThat(e.path("status").asText())
                .as(e.path("id").asText()).isEqualTo("OK"));
        assertThat(sandbox.oauth().count("client_credentials")).as("one new token after the expiry").isEqualTo(2);
        for (RecordedRequest r : sandbox.requestLog().all()) {
            if (r.path().startsWith("/identity/")) {
                continue;
            }
            assertThat(r.header("Authorization")).startsWith("Bearer ");
            assertThat(r.hasHeader("X-SmartToken")).isFalse();
        }
    }

    @Test
    void deniedConsentAndForgedStateConnectNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM integrations", Long.class);
        String token = createLink();
        Answer start = call("GET", "/connect/oauth/start?token=" + token, null);
        String state = param(start.header("Location"), "state");
        Answer denied = send("POST", URI.create(sandbox.baseUrl() + "/identity/oauth/allow"),
                form("client_id", OAuthClient.DEFAULT_APP_ID, "redirect_uri", "http://localhost/connect/oauth/callback",
                        "state", state, "decision", "deny"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(denied.header("Location")).contains("error=access_denied");
        Answer back = call("GET", pathOf(denied.header("Location")), null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).endsWith("/connect?oauth=error&reason=access_denied");
        Answer forged = call("GET", "/connect/oauth/callback?code=abc&state=forged", null);
        assertThat(forged.header("Location")).endsWith("reason=invalid_state");
        assertThat(call("GET", "/connect/api/link?token=wrong", null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM integrations", Long.class)).isEqualTo(before);
    }

    /** Runs the whole authorization-code flow as a browser would and returns the new integration's id. */
    private String connectWithOAuth(String role) {
        String token = createLink();
        Answer page = call("GET", "/connect?token=" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("id=\"oauth-connect\"").contains("integration user");
        JsonNode link = call("GET", "/connect/api/link?token=" + token, null).json().path("data");
        assertThat(link.path("oauth_available").asBoolean()).isTrue();
        assertThat(link.path("connected").asBoolean()).isFalse();

        Answer start = call("GET", "/connect/oauth/start?token=" + token, null);
        assertThat(start.status()).isEqualTo(302);
        String authorize = start.header("Location");
        assertThat(authorize).startsWith(sandbox.baseUrl() + "/identity/oauth/allow?client_id=");
        Answer consent = send("GET", URI.create(authorize), null);
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.text()).contains("id=\"allow\"");
        Answer allowed = send("POST", URI.create(sandbox.baseUrl() + "/identity/oauth/allow"),
                form("client_id", param(authorize, "client_id"), "redirect_uri", param(authorize, "redirect_uri"),
                        "state", param(authorize, "state"), "scope", param(authorize, "scope"), "role", role,
                        "decision", "allow"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(allowed.status()).isEqualTo(302);
        String callback = allowed.header("Location");
        assertThat(callback).startsWith("http://localhost/connect/oauth/callback?code=");
        Answer done = call("GET", pathOf(callback), null);
        assertThat(done.status()).as(done.text()).isEqualTo(302);
        assertThat(done.header("Location")).isEqualTo("http://localhost/connect?oauth=done");

        JsonNode after = call("GET", "/connect/api/link?token=" + token, null).json().path("data");
        assertThat(after.path("connected").asBoolean()).isTrue();
        JsonNode integration = after.path("integration");
        assertThat(integration.path("auth_type").asText()).isEqualTo("OAUTH_AUTHORIZATION_CODE");
        assertThat(integration.path("scope_test").path("results")).isNotEmpty();
        assertThat(sandbox.oauth().count("authorization_code")).isPositive();
        return integration.path("integration_id").asText();
    }

    private String createLink() {
        Answer a = api("POST", "/v1/connect/create-link",
                "{\"end_user_email\":\"it@acme.example\",\"end_user_organization_name\":\"OAuth Corp\"}");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        String link = a.json().path("data").path("link").asText();
        assertThat(link).startsWith("http://localhost/connect?token=");
        return link.substring(link.indexOf("token=") + 6);
    }

    private long count(String table, String id) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE integration_id = ?", Long.class, id);
    }

    private static String pathOf(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String param(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        assertThat(m.find()).as(name + " in " + url).isTrue();
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

}
