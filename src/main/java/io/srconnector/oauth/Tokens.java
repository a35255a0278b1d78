package io.srconnector.oauth;

import java.time.Instant;

/**
 * Tokens answered by SmartRecruiters' token endpoint.
 *
 * @param accessToken  sent as {@code Authorization: Bearer}
 * @param refreshToken single-use refresh token (authorization-code grants only; null for client credentials)
 * @param expiresAt    when the access token expires ({@code expires_in} after the answer; 30 minutes at SR)
 */
public record Tokens(String accessToken, String refreshToken, Instant expiresAt) {
    @Override
    public String toString() {
        return "Tokens[expiresAt=" + expiresAt + "]";
    }
}
