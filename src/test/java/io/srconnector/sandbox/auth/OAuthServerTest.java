package io.srconnector.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's OAuth server (smartrecruiters-api.md §2.2, §2.3): authorize page and redirect, the three grants,
 * RFC 6749 error bodies (the shape of SR's {@code TokenErrorResponse} example), 30-minute access tokens, single-use
 * refresh tokens (D-oauthfaq), scopes narrowing what a token may read, forced expiry for tests.
 */
class OAuthServerTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final String REDIRECT = "http://localhost:8080/connect/oauth/callback";
    private static SandboxServer server;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false)
                .sizes(new GeneratorSizes(5, 5, 10)).clock(SandboxClock.fixed(NOW)).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void resetClock() {
        server.clock().set(NOW);
        server.oauth().resetCounts();
    }

    @Test
    void authorizePageRedirectsWithACodeAndTheStateAndRefusesUnregisteredRedirects() {
        SandboxResponse page = get("/identity/oauth/allow?client_id=" + OAuthClient.DEFAULT_APP_ID + "&redirect_uri="
                + enc(REDIRECT) + "&state=s1&scope=" + enc("jobs_read users_read"));
        assertThat(page.status()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"allow\"").contains("jobs_read users_read").contains("name=\"state\" value=\"s1\"");
        assertThat(get("/identity/oauth/allow?client_id=" + OAuthClient.DEFAULT_APP_ID + "&redirect_uri="
                + enc("https://evil.example/cb")).status()).isEqualTo(400);
        assertThat(get("/identity/oauth/allow?client_id=nobody&redirect_uri=" + enc(REDIRECT)).status()).isEqualTo(400);
        assertThat(get("/identity/oauth/allow?client_id=" + OAuthClient.DEFAULT_APP_ID + "&redirect_uri="
                + enc(REDIRECT) + "&scope=").status()).as("empty scope is invalid (D-ac)").isEqualTo(400);

        SandboxResponse denied = form("/identity/oauth/allow", Map.of("client_id", OAuthClient.DEFAULT_APP_ID,
                "redirect_uri", REDIRECT, "state", "s1", "decision", "deny"));
        assertThat(denied.status()).isEqualTo(302);
        assertThat(denied.headers().get("Location")).isEqualTo(REDIRECT + "?error=access_denied&state=s1");
    }

    @Test
    void codeIsExchangedOnceAndRefreshTokensAreSingleUse() {
        String code = code("ADMINISTRATOR", null);
        JsonNode tokens = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", OAuthClient.DEFAULT_APP_ID, "client_secret", OAuthClient.DEFAULT_APP_SECRET), 200);
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(1800);
        String access = tokens.path("access_token").asText();
        String refresh = tokens.path("refresh_token").asText();
        assertThat(bearer("/jobs", access).status()).isEqualTo(200);
        assertThat(apiKeyAsBearer()).as("an API key is no bearer token").isEqualTo(401);

        JsonNode again = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", OAuthClient.DEFAULT_APP_ID, "client_secret", OAuthClient.DEFAULT_APP_SECRET), 400);
        assertThat(again.path("error").asText()).isEqualTo("invalid_grant");

        JsonNode renewed = token(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", OAuthClient.DEFAULT_APP_ID, "client_secret", OAuthClient.DEFAULT_APP_SECRET), 200);
        assertThat(renewed.path("refresh_token").asText()).isNotEqualTo(refresh);
        assertThat(bearer("/jobs", access).status()).as("the replaced access token").isEqualTo(401);
        assertThat(bearer("/jobs", renewed.path("access_token").asText()).status()).isEqualTo(200);
        JsonNode reused = token(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", OAuthClient.DEFAULT_APP_ID, "client_secret", OAuthClient.DEFAULT_APP_SECRET), 400);
        assertThat(reused.fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> Fixtures.json("http/oauth-token-error-400.json").fieldNames());
        assertThat(reused.path("error").asText()).isEqualTo("invalid_grant");
        assertThat(server.oauth().counts()).containsEntry("refresh_token", 1).containsEntry("refresh_token_rejected", 1);
    }

    @Test
    void accessTokensExpireAfter30MinutesOrWhenForced() {
        JsonNode t = token(Map.of("grant_type", "client_credentials", "client_id", OAuthClient.DEFAULT_CC_ADMIN_ID,
                "client_secret", OAuthClient.DEFAULT_CC_ADMIN_SECRET), 200);
        assertThat(t.has("refresh_token")).as("client credentials issue no refresh token").isFalse();
        String access = t.path("access_token").asText();
        server.clock().advance(Duration.ofMinutes(29));
        assertThat(bearer("/jobs", access).status()).isEqualTo(200);
        server.clock().advance(Duration.ofMinutes(1));
        assertThat(bearer("/jobs", access).status()).isEqualTo(401);

        String fresh = token(Map.of("grant_type", "client_credentials", "client_id", OAuthClient.DEFAULT_CC_ADMIN_ID,
                "client_secret", OAuthClient.DEFAULT_CC_ADMIN_SECRET), 200).path("access_token").asText();
        server.oauth().expireAccessTokensAfter(3);
        assertThat(bearer("/jobs", fresh).status()).isEqualTo(200);
        assertThat(bearer("/jobs", fresh).status()).isEqualTo(200);
        assertThat(bearer("/jobs", fresh).status()).as("third use: all tokens expire first").isEqualTo(401);
    }

    @Test
    void wrongClientsGrantsAndScopesAreRefusedLikeSmartRecruiters() {
        assertThat(token(Map.of("grant_type", "client_credentials", "client_id", OAuthClient.DEFAULT_CC_ADMIN_ID,
                "client_secret", "wrong"), 401).path("error").asText()).isEqualTo("invalid_client");
        assertThat(token(Map.of("grant_type", "password", "client_id", OAuthClient.DEFAULT_CC_ADMIN_ID,
                "client_secret", OAuthClient.DEFAULT_CC_ADMIN_SECRET), 400).path("error").asText())
                .isEqualTo("unauthorized_client");
        assertThat(token(Map.of("client_id", OAuthClient.DEFAULT_CC_ADMIN_ID), 400).path("error").asText())
                .isEqualTo("invalid_request");
        // HTTP Basic client authentication
        SandboxResponse basic = server.handle("POST", "/identity/oauth/token", Map.of("Authorization", List.of("Basic "
                        + Base64.getEncoder().encodeToString((OAuthClient.DEFAULT_CC_STANDARD_ID + ":"
                        + OAuthClient.DEFAULT_CC_STANDARD_SECRET).getBytes(StandardCharsets.UTF_8)))),
                "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
        assertThat(basic.status()).isEqualTo(200);
        String standard = Json.parse(basic.body()).path("access_token").asText();
        assertThat(bearer("/offers", standard).status()).as("STANDARD role: no offers (FC-10)").isEqualTo(403);

        // a code granted for jobs_read only reads jobs
        String code = code("ADMINISTRATOR", "jobs_read");
        String scoped = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", OAuthClient.DEFAULT_APP_ID, "client_secret", OAuthClient.DEFAULT_APP_SECRET), 200)
                .path("access_token").asText();
        assertThat(bearer("/jobs", scoped).status()).isEqualTo(200);
        assertThat(bearer("/candidates", scoped).status()).isEqualTo(403);
        assertThat(bearer("/user-api/v201804/users", scoped).status()).isEqualTo(403);
    }

    private static String code(String role, String scope) {
        Map<String, String> f = new java.util.LinkedHashMap<>(Map.of("client_id", OAuthClient.DEFAULT_APP_ID,
                "redirect_uri", REDIRECT, "state", "st", "decision", "allow", "role", role));
        if (scope != null) {
            f.put("scope", scope);
        }
        SandboxResponse r = form("/identity/oauth/allow", f);
        assertThat(r.status()).isEqualTo(302);
        String loc = r.headers().get("Location");
        assertThat(loc).startsWith(REDIRECT + "?code=").endsWith("&state=st");
        return URLDecoder.decode(loc.substring(loc.indexOf("code=") + 5, loc.indexOf("&state")), StandardCharsets.UTF_8);
    }

    private static JsonNode token(Map<String, String> form, int status) {
        SandboxResponse r = form("/identity/oauth/token", form);
        assertThat(r.status()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        return Json.parse(r.body());
    }

    private static SandboxResponse form(String path, Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(enc(v)));
        return server.handle("POST", path, Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static SandboxResponse get(String pathAndQuery) {
        return server.handle("GET", pathAndQuery, Map.of(), null);
    }

    private static SandboxResponse bearer(String path, String token) {
        return server.handle("GET", path, Map.of("Authorization", List.of("Bearer " + token)), null);
    }

    private static int apiKeyAsBearer() {
        return bearer("/jobs", SandboxSettings.DEFAULT_API_KEY).status();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
