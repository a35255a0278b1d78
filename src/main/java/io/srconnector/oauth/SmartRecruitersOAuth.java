package io.srconnector.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrConnection;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls SmartRecruiters' token endpoint ({@code POST <api base>/identity/oauth/token}, form-encoded; S1
 * {@code TokenInput}, D-cc, D-ac) through the shared requester — same rate limiter, no inbound header, no blind
 * re-send of a timed-out POST (a refresh token is single-use, so re-sending a refresh could burn it).
 */
@Component
public class SmartRecruitersOAuth {
    private final ObjectProvider<SmartRecruitersRequester> requester;
    private final OAuthSettings settings;

    public SmartRecruitersOAuth(ObjectProvider<SmartRecruitersRequester> requester, OAuthSettings settings) {
        this.requester = requester;
        this.settings = settings;
    }

    /**
     * {@code grant_type=authorization_code}.
     *
     * @throws OAuthException when SmartRecruiters refuses the code
     */
    public Tokens exchangeCode(String baseUrl, String limiterKey, String clientId, String clientSecret, String code,
                               String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return post("oauth-code", baseUrl, limiterKey, form);
    }

    /**
     * {@code grant_type=refresh_token}; the answer carries a new refresh token and the used one is dead.
     *
     * @throws OAuthException {@code invalid_grant} when the refresh token was already used or revoked
     */
    public Tokens refresh(String integrationId, String baseUrl, String limiterKey, String clientId,
                          String clientSecret, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return post(integrationId, baseUrl, limiterKey, form);
    }

    /**
     * {@code grant_type=client_credentials} (no refresh token: a new access token is requested instead).
     *
     * @throws OAuthException {@code invalid_client} for wrong client credentials
     */
    public Tokens clientCredentials(String integrationId, String baseUrl, String limiterKey, String clientId,
                                    String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return post(integrationId, baseUrl, limiterKey, form);
    }

    private Tokens post(String integrationId, String baseUrl, String limiterKey, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(enc(k)).append('=').append(enc(v == null ? "" : v));
        });
        SrRequest req = SrRequest.of(integrationId, "POST", settings.getTokenPath())
                .body(body.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
                .build();
        SrResponse r = requester.getObject().exchange(new SrConnection(integrationId, trim(baseUrl), limiterKey,
                Map.of()), req);
        JsonNode json;
        try {
            json = r.json();
        } catch (IllegalArgumentException e) {
            throw new OAuthException(r.status(), "invalid_response", "token endpoint did not answer JSON");
        }
        if (r.status() != 200 || !json.hasNonNull("access_token")) {
            throw new OAuthException(r.status(), json.path("error").asText("invalid_response"),
                    json.path("error_description").asText(null));
        }
        long expiresIn = json.path("expires_in").asLong(1800);
        return new Tokens(json.get("access_token").asText(), json.path("refresh_token").asText(null),
                Instant.now().plusSeconds(expiresIn));
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
