package io.srconnector.sandbox.auth;

import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

import java.time.Clock;
import java.util.Optional;

/**
 * Identifies the caller of every SR API request (smartrecruiters-api.md §2): {@code X-SmartToken: <api key>}
 * (header name case-insensitive, D-key) or {@code Authorization: Bearer <access token>} for tokens in the
 * {@link SandboxCredentials}. Missing, unknown or expired → 401 with SR's {@code PERMISSION_DENIED} body.
 * The public Posting API and the sandbox's admin endpoints need no credential.
 */
public final class AuthenticationFilter implements SandboxFilter {

    private final SandboxCredentials credentials;
    private final Clock clock;

    public AuthenticationFilter(SandboxCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        if (request.route() == null || !request.route().area().authenticated()) {
            return next.proceed(request);
        }
        Credential credential = identify(request).orElseThrow(() -> new ApiException(401, "PERMISSION_DENIED",
                "Access denied", "missing or invalid credentials"));
        if (credential.kind() == CredentialKind.ACCESS_TOKEN) {
            credential = credentials.accessTokenUsed(credential, clock.instant());
        }
        if (credential.expired(clock.instant())) {
            throw new ApiException(401, "PERMISSION_DENIED", "Access denied", "access token expired");
        }
        request.authenticate(credential);
        return next.proceed(request);
    }

    private Optional<Credential> identify(SandboxRequest request) {
        String key = request.header("X-SmartToken");
        if (key != null) {
            return credentials.find(key.trim(), CredentialKind.API_KEY);
        }
        String auth = request.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return credentials.find(auth.substring(7).trim(), CredentialKind.ACCESS_TOKEN);
        }
        return Optional.empty();
    }
}
