package io.srconnector.sandbox.auth;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth client the sandbox's token endpoint accepts (smartrecruiters-api.md §2.2, §2.3).
 *
 * @param clientId             {@code client_id}
 * @param clientSecret         {@code client_secret}
 * @param name                 shown on the authorize page
 * @param grantTypes           {@code authorization_code} (a partner app; also allows {@code refresh_token}) and/or
 *                             {@code client_credentials} (a customer-generated credential)
 * @param role                 system role of tokens issued by client credentials (the authorize page picks the user's
 *                             role for the code flow)
 * @param deniedAreas          areas or scopes the client's tokens are denied (see {@link Credential#deniedAreas()})
 * @param redirectUriPrefixes  a redirect URI must start with one of these (SR registers up to 3 exact URIs per app,
 *                             D-oauthfaq; the sandbox accepts prefixes so tests on random ports work)
 */
public record OAuthClient(String clientId, String clientSecret, String name, Set<String> grantTypes, SystemRole role,
                          Set<String> deniedAreas, List<String> redirectUriPrefixes) {

    /** The sandbox's partner app for the authorization-code flow. */
    public static final String DEFAULT_APP_ID = "sandbox-oauth-app";
    /** Secret of {@link #DEFAULT_APP_ID}. */
    public static final String DEFAULT_APP_SECRET = "sandbox-oauth-app-secret";
    /** A customer's client-credentials client with the ADMINISTRATOR role. */
    public static final String DEFAULT_CC_ADMIN_ID = "sandbox-cc-admin";
    /** Secret of {@link #DEFAULT_CC_ADMIN_ID}. */
    public static final String DEFAULT_CC_ADMIN_SECRET = "sandbox-cc-admin-secret";
    /** A customer's client-credentials client with the STANDARD role (no offers, FC-10). */
    public static final String DEFAULT_CC_STANDARD_ID = "sandbox-cc-standard";
    /** Secret of {@link #DEFAULT_CC_STANDARD_ID}. */
    public static final String DEFAULT_CC_STANDARD_SECRET = "sandbox-cc-standard-secret";

    public OAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        grantTypes = Set.copyOf(grantTypes);
        deniedAreas = deniedAreas == null ? Set.of() : Set.copyOf(deniedAreas);
        redirectUriPrefixes = redirectUriPrefixes == null ? List.of() : List.copyOf(redirectUriPrefixes);
    }

    /** The clients every sandbox starts with: the partner app and two client-credentials clients. */
    public static List<OAuthClient> defaults() {
        return List.of(
                new OAuthClient(DEFAULT_APP_ID, DEFAULT_APP_SECRET, "SmartRecruiters ATS connector (sandbox app)",
                        Set.of("authorization_code"), SystemRole.ADMINISTRATOR, Set.of(),
                        List.of("http://localhost", "http://127.0.0.1")),
                new OAuthClient(DEFAULT_CC_ADMIN_ID, DEFAULT_CC_ADMIN_SECRET, "Client credentials (administrator)",
                        Set.of("client_credentials"), SystemRole.ADMINISTRATOR, Set.of(), List.of()),
                new OAuthClient(DEFAULT_CC_STANDARD_ID, DEFAULT_CC_STANDARD_SECRET, "Client credentials (standard)",
                        Set.of("client_credentials"), SystemRole.STANDARD, Set.of(), List.of()));
    }

    /** True if the client may use the grant type. */
    public boolean allows(String grantType) {
        return grantTypes.contains(grantType)
                || ("refresh_token".equals(grantType) && grantTypes.contains("authorization_code"));
    }

    /** True if the redirect URI is registered for the client. */
    public boolean acceptsRedirect(String uri) {
        return uri != null && redirectUriPrefixes.stream().anyMatch(uri::startsWith);
    }
}
