package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A connected SmartRecruiters account (table {@code integrations}). Credentials are not part of this record: they are
 * stored encrypted and only {@link IntegrationRepository#credentials} decrypts them.
 *
 * @param id               Kombo-style id {@code smartrecruiters:<base58>}
 * @param accountId        the owning account (tenant)
 * @param organizationName the customer's organisation
 * @param baseUrl          SmartRecruiters API base URL
 * @param authType         API_KEY, OAUTH_CLIENT_CREDENTIALS or OAUTH_AUTHORIZATION_CODE
 * @param status           ACTIVE, INVALID or INACTIVE
 * @param enabled          disabled integrations are not synced and refuse API calls
 * @param settings         per-integration settings (custom field mapping, default source, …)
 */
public record Integration(String id, String accountId, String organizationName, String originId, String creatorEmail,
                          String baseUrl, String authType, String credentialFingerprint, String status,
                          boolean enabled, JsonNode settings, Instant createdAt) {
}
