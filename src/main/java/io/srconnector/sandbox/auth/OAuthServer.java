package io.srconnector.sandbox.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.json.Json;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SmartRecruiters' OAuth 2.0 authorization server as the sandbox simulates it (smartrecruiters-api.md §2.2, §2.3):
 * authorization codes issued by the authorize page ({@code /identity/oauth/allow}), the token endpoint's three grants
 * ({@code authorization_code}, {@code refresh_token}, {@code client_credentials}), access tokens valid 30 minutes and
 * registered as {@link CredentialKind#ACCESS_TOKEN} credentials, and <b>single-use refresh tokens</b> (D-oauthfaq): a
 * refresh token works once; using it again answers {@code 400 invalid_grant}. A refresh replaces the grant's access
 * token (the old one stops working). Errors use RFC 6749's body {@code {error, error_description}}.
 */
public final class OAuthServer {
    /** Lifetime of an access token (D-oauthfaq: 30 minutes). */
    public static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(30);
    /** Lifetime of an authorization code. */
    public static final Duration CODE_TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final Map<String, OAuthClient> clients = new ConcurrentHashMap<>();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    /** What a user granted a client: the role of the consenting user and the scopes. */
    record Grant(String grantId, String clientId, SystemRole role, Set<String> denied) {
    }

    private record PendingCode(String clientId, String redirectUri, Grant grant, Instant expiresAt) {
    }

    /** Answer of the token endpoint: HTTP status and JSON body. */
    public record TokenAnswer(int status, ObjectNode body) {
    }

    public OAuthServer(SandboxCredentials credentials, Clock clock, Collection<OAuthClient> initial) {
        this.credentials = credentials;
        this.clock = clock;
        initial.forEach(this::register);
    }

    /** Adds or replaces a client. */
    public void register(OAuthClient client) {
        clients.put(client.clientId(), client);
    }

    /** A registered client. */
    public Optional<OAuthClient> client(String clientId) {
        return Optional.ofNullable(clientId == null ? null : clients.get(clientId));
    }

    /**
     * The user approved the authorize page: issues a one-time authorization code.
     *
     * @param scope space-separated scopes, or null for the app's defaults (everything)
     * @param role  role of the consenting user (an integration user should be an administrator)
     */
    public String authorize(OAuthClient client, String redirectUri, String scope, SystemRole role) {
        String code = random(24);
        Grant grant = new Grant(random(9), client.clientId(), role, union(client.deniedAreas(), deniedFor(scope)));
        codes.put(code, new PendingCode(client.clientId(), redirectUri, grant, clock.instant().plus(CODE_TTL)));
        increment("codes_issued");
        return code;
    }

    /**
     * {@code POST /identity/oauth/token}.
     *
     * @param form   the form fields ({@code grant_type}, {@code client_id}, {@code client_secret}, {@code code},
     *               {@code redirect_uri}, {@code refresh_token})
     * @param basic  client id and secret from an {@code Authorization: Basic} header, or null
     */
    public TokenAnswer token(Map<String, String> form, String[] basic) {
        String grantType = form.get("grant_type");
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        if (grantType == null) {
            return error(400, "invalid_request", "grant_type is required");
        }
        OAuthClient client = clients.get(clientId == null ? "" : clientId);
        if (client == null || !client.clientSecret().equals(secret)) {
            return error(401, "invalid_client", "Bad client credentials");
        }
        if (!client.allows(grantType)) {
            return error(400, "unauthorized_client", "grant_type " + grantType + " is not allowed for this client");
        }
        switch (grantType) {
            case "authorization_code" -> {
                PendingCode pc = form.get("code") == null ? null : codes.remove(form.get("code"));
                if (pc == null || !pc.clientId().equals(clientId) || pc.expiresAt().isBefore(clock.instant())) {
                    return error(400, "invalid_grant", "Invalid or expired authorization code");
                }
                if (!pc.redirectUri().equals(form.get("redirect_uri"))) {
                    return error(400, "invalid_grant", "redirect_uri does not match the authorization request");
                }
                increment("authorization_code");
                return issue(pc.grant(), true);
            }
            case "refresh_token" -> {
                String rt = form.get("refresh_token");
                Grant g = rt == null ? null : refreshTokens.remove(rt);
                if (g == null || !g.clientId().equals(clientId)) {
                    increment("refresh_token_rejected");
                    return error(400, "invalid_grant", "Invalid refresh token (refresh tokens are single-use)");
                }
                increment("refresh_token");
                return issue(g, true);
            }
            case "client_credentials" -> {
                increment("client_credentials");
                return issue(new Grant(client.clientId(), client.clientId(), client.role(), client.deniedAreas()), false);
            }
            default -> {
                return error(400, "unsupported_grant_type", "Unsupported grant_type " + grantType);
            }
        }
    }

    private TokenAnswer issue(Grant g, boolean withRefresh) {
        String access = random(30);
        Instant expires = clock.instant().plus(ACCESS_TOKEN_TTL);
        credentials.register(new Credential("oauth:" + g.grantId(), access, CredentialKind.ACCESS_TOKEN, g.role(),
                g.denied(), 403, null, expires));
        ObjectNode body = Json.object();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", ACCESS_TOKEN_TTL.toSeconds());
        if (withRefresh) {
            String refresh = random(30);
            refreshTokens.put(refresh, g);
            body.put("refresh_token", refresh);
        }
        return new TokenAnswer(200, body);
    }

    /**
     * Makes every issued access token expire now (the next request with one gets 401), as if 30 minutes had passed.
     *
     * @return how many tokens were expired
     */
    public int expireAccessTokens() {
        return credentials.expireAccessTokens(clock.instant());
    }

    /** Expires every access token when the {@code uses}-th further request authenticated by one arrives. */
    public void expireAccessTokensAfter(int uses) {
        credentials.expireAccessTokensAfter(uses);
    }

    /** How often each grant was issued or refused: {@code authorization_code}, {@code refresh_token}, … */
    public synchronized Map<String, Integer> counts() {
        return new LinkedHashMap<>(counts);
    }

    /** How often a grant type was issued (or an event such as {@code refresh_token_rejected} happened). */
    public synchronized int count(String what) {
        return counts.getOrDefault(what, 0);
    }

    /** Resets the counters. */
    public synchronized void resetCounts() {
        counts.clear();
    }

    private synchronized void increment(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    /** Areas a token is denied because the scope parameter left their read scope out (null scope = everything). */
    static Set<String> deniedFor(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        Set<String> granted = new HashSet<>();
        for (String s : scope.trim().split("\\s+")) {
            granted.add(s.toLowerCase(Locale.ROOT));
        }
        Set<String> denied = new HashSet<>();
        for (ApiArea a : ApiArea.values()) {
            if (a.authenticated() && a != ApiArea.APPLY && !granted.contains(a.scope())) {
                denied.add(a.scope());
            }
        }
        return denied;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static TokenAnswer error(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", description);
        return new TokenAnswer(status, body);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
