package io.srconnector.http;

import java.util.Map;

/**
 * What the requester needs to call SmartRecruiters for one integration.
 *
 * @param integrationId the integration
 * @param baseUrl       {@code https://api.smartrecruiters.com} (or the sandbox), no trailing slash
 * @param limiterKey    key of the shared per-credential rate limiter (a fingerprint of the credential, so two
 *                      integrations using one SmartRecruiters credential share one budget)
 * @param authHeaders   the authentication header(s) to send: {@code X-SmartToken} or {@code Authorization: Bearer}
 */
public record SrConnection(String integrationId, String baseUrl, String limiterKey, Map<String, String> authHeaders) {
    @Override
    public String toString() {
        return "SrConnection[" + integrationId + " " + baseUrl + "]";
    }
}
