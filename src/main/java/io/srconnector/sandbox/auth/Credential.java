package io.srconnector.sandbox.auth;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One credential known to the sandbox: an SR API key or an OAuth access token (smartrecruiters-api.md §2).
 *
 * @param id            stable id used in logs, stats and rate-limit buckets (each credential is one "API user", D-rate)
 * @param secret        the API key or access token value
 * @param kind          how the secret must be presented
 * @param role          system role; non-ADMINISTRATOR credentials are denied admin-only areas (offers, FC-10)
 * @param deniedAreas   extra denials: {@link ApiArea} names (e.g. {@code OFFERS}) or OAuth scopes (e.g. {@code users_read})
 * @param deniedStatus  HTTP status for a denied area: 403, or 401 as SR sometimes answers (§3 "Access denied")
 * @param userId        user that {@code GET /user-api/v201804/users/me} returns; null = first active administrator
 * @param expiresAt     expiry of an access token (null = never, as API keys, D-key)
 */
public record Credential(String id, String secret, CredentialKind kind, SystemRole role, Set<String> deniedAreas,
                         int deniedStatus, String userId, Instant expiresAt) {

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        deniedAreas = deniedAreas == null ? Set.of() : Set.copyOf(deniedAreas);
        if (deniedStatus != 401 && deniedStatus != 403) {
            throw new IllegalArgumentException("deniedStatus must be 401 or 403");
        }
    }

    /** An API key credential with no extra denials. */
    public static Credential apiKey(String id, String key, SystemRole role) {
        return new Credential(id, key, CredentialKind.API_KEY, role, Set.of(), 403, null, null);
    }

    /** An OAuth access token credential with no extra denials. */
    public static Credential accessToken(String id, String token, SystemRole role, Instant expiresAt) {
        return new Credential(id, token, CredentialKind.ACCESS_TOKEN, role, Set.of(), 403, null, expiresAt);
    }

    /** Copy with the given denied areas/scopes. */
    public Credential withDenied(Set<String> denied) {
        return new Credential(id, secret, kind, role, denied, deniedStatus, userId, expiresAt);
    }

    /** Copy answering denials with the given status (401 or 403). */
    public Credential withDeniedStatus(int status) {
        return new Credential(id, secret, kind, role, deniedAreas, status, userId, expiresAt);
    }

    /** Copy bound to a user for {@code /users/me}. */
    public Credential withUserId(String user) {
        return new Credential(id, secret, kind, role, deniedAreas, deniedStatus, user, expiresAt);
    }

    /** Copy expiring at the given instant. */
    public Credential withExpiresAt(Instant at) {
        return new Credential(id, secret, kind, role, deniedAreas, deniedStatus, userId, at);
    }

    /** True if the credential may not use the area (role rule or explicit denial by area name or scope). */
    public boolean denies(ApiArea area) {
        if (area.adminOnly() && role != SystemRole.ADMINISTRATOR) {
            return true;
        }
        for (String d : deniedAreas) {
            if (d.equalsIgnoreCase(area.name()) || d.toLowerCase(Locale.ROOT).equals(area.scope())) {
                return true;
            }
        }
        return false;
    }

    /** True if an access token's expiry has passed at the given instant. */
    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Credential[" + id + ", " + kind + ", " + role + "]";
    }
}
