package io.srconnector.api;

import io.srconnector.integration.ConnectionsItSupport;
import io.srconnector.integration.FieldExplorerRepository;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sync.SyncSettings;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation matrix: every {@code /v1} endpoint declared in the REST DSL (read from Camel's model, so endpoints
 * added by other route files are covered automatically) is called as account B against account A's integration and
 * records: without a key and with an unknown key (401), with B's key and A's {@code X-Integration-Id} (401/403/404),
 * and with B's key and A's ids in the path (403/404 where the path names A's integration). No answer holds A's data,
 * and A's integration, credentials, mappings and synced records are unchanged afterwards. As a control, A's own key
 * reads every GET endpoint with 200.
 */
class TenantIsolationIT extends ConnectionsItSupport {
    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");
    @Autowired
    RestEndpoints rest;
    @Autowired
    FieldExplorerRepository fields;
    @Autowired
    SyncSettings syncSettings;

    @AfterEach
    void cleanUp() {
        deleteTestIntegrations();
    }

    @Test
    void anotherAccountsKeyGetsNothingFromAnyEndpoint() {
        String keyA = newAccount("tenant-a");
        String keyB = newAccount("tenant-b");
        String a = "smartrecruiters:TenantAIntegration0000001";
        String b = "smartrecruiters:TenantBIntegration0000001";
        integrations.save(a, "tenant-a", "Tenant A Secret Org", "origin-a", "owner@tenant-a.example",
                sandbox.baseUrl(), "API_KEY", Json.mapper().createObjectNode().put("type", "API_KEY")
                        .put("api_key", SandboxSettings.DEFAULT_API_KEY));
        integrations.save(b, "tenant-b", "Tenant B Org", null, null, sandbox.baseUrl(), "API_KEY",
                Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", SandboxSettings.DEFAULT_API_KEY));
        // A's data: synced users, a scope test, discovered fields, a custom field mapped for A
        List<String> saved = syncSettings.getModels();
        try {
            syncSettings.setModels(List.of("users"));
            scheduler.enqueue(a, SyncType.FULL, "TEST");
            worker.drain();
        } finally {
            syncSettings.setModels(saved);
        }
        long usersOfA = jdbc.queryForObject("SELECT count(*) FROM ats_users WHERE integration_id = ?", Long.class, a);
        assertThat(usersOfA).isPositive();
        String userName = jdbc.queryForObject("SELECT last_name FROM ats_users WHERE integration_id = ? ORDER BY id "
                + "LIMIT 1", String.class, a);
        String userId = jdbc.queryForObject("SELECT id FROM ats_users WHERE integration_id = ? ORDER BY id LIMIT 1",
                String.class, a);
        assertThat(call("POST", "/v1/integrations/" + a + "/scope-test", null, "Authorization", "Bearer " + keyA)
                .status()).isEqualTo(200);
        assertThat(call("GET", "/v1/integrations/" + a + "/integration-fields", null, "Authorization", "Bearer " + keyA)
                .status()).isEqualTo(200);
        String fieldId = jdbc.queryForObject("SELECT id FROM integration_fields WHERE integration_id = ? "
                + "AND model = 'ats_candidates' ORDER BY id LIMIT 1", String.class, a);
        String cfId = fields.createCustomField("tenant-a", "ats_candidates", "tenant_a_private_key", "Private", null);
        fields.setMapping(a, cfId, fieldId);
        Map<String, Object> stateBefore = stateOf(a);

        List<RestEndpoints.Endpoint> endpoints = rest.all();
        assertThat(endpoints).extracting(RestEndpoints.Endpoint::toString).contains("GET /ats/jobs",
                "GET /integrations/{integration_id}", "DELETE /integrations/{integration_id}",
                "POST /passthrough/{tool}/{api}", "GET /check-api-key");
        List<String> secrets = List.of("Tenant A Secret Org", "tenant-a", "owner@tenant-a.example", "origin-a",
                "tenant_a_private_key", userName, userId, SandboxSettings.DEFAULT_API_KEY);
        String anyBody = "{\"value\":false,\"integration_field_id\":null,\"enable_passthrough\":false,"
                + "\"type\":\"FULL\",\"end_user_email\":\"x@b.example\",\"end_user_organization_name\":\"B\"}";
        StringBuilder matrix = new StringBuilder("\nendpoint | no key | unknown key | B key + A header | B key, A path\n");
        int rows = 0;
        for (RestEndpoints.Endpoint e : endpoints) {
            String path = "/v1" + fill(e.path(), Map.of("integration_id", a, "custom_field_id", cfId,
                    "integration_field_id", fieldId, "tool", "smartrecruiters", "api", "default"), userId);
            String body = "GET".equals(e.method()) || "DELETE".equals(e.method()) ? null : anyBody;
            Answer none = call(e.method(), path, body);
            Answer unknown = call(e.method(), path, body, "Authorization", "Bearer sk_unknown_key");
            Answer header = call(e.method(), path, body, "Authorization", "Bearer " + keyB, "X-Integration-Id", a);
            Answer pathOnly = call(e.method(), path, body, "Authorization", "Bearer " + keyB);
            assertThat(none.status()).as(e + " without key").isEqualTo(401);
            assertThat(unknown.status()).as(e + " unknown key").isEqualTo(401);
            assertThat(header.status()).as(e + " B key + A header").isIn(401, 403, 404);
            if (e.path().contains("{integration_id}")) {
                assertThat(pathOnly.status()).as(e + " B key, A in path").isIn(403, 404);
            }
            for (Answer ans : List.of(none, unknown, header, pathOnly)) {
                for (String s : secrets) {
                    assertThat(ans.text()).as(e + " leaks " + s).doesNotContain(s);
                }
                assertThat(ans.text()).as(e + " stack trace").doesNotContain("\tat ");
            }
            matrix.append(e).append(" | ").append(none.status()).append(" | ").append(unknown.status()).append(" | ")
                    .append(header.status()).append(" | ").append(pathOnly.status()).append('\n');
            rows++;
        }
        System.out.println("Tenant isolation matrix (" + rows + " endpoints):" + matrix);
        assertThat(stateOf(a)).as("A's state after B's calls").isEqualTo(stateBefore);

        // control: A's own key reads each GET endpoint that needs no record id
        for (RestEndpoints.Endpoint e : endpoints) {
            if (!"GET".equals(e.method()) || e.path().replace("{integration_id}", "").contains("{")) {
                continue;
            }
            String path = "/v1" + e.path().replace("{integration_id}", a);
            Answer own = call("GET", path, null, "Authorization", "Bearer " + keyA, "X-Integration-Id", a);
            assertThat(own.status()).as("A reads " + e + ": " + own.text()).isEqualTo(200);
        }
        assertThat(call("GET", "/v1/ats/users", null, "Authorization", "Bearer " + keyA, "X-Integration-Id", a)
                .text()).contains(userName);
        assertThat(call("GET", "/v1/integrations", null, "Authorization", "Bearer " + keyB).json().path("data")
                .path("results")).extracting(n -> n.path("id").asText()).containsExactly(b);
    }

    private Map<String, Object> stateOf(String id) {
        return jdbc.queryForMap("""
                SELECT i.enabled, i.status, i.credentials_ciphertext, i.organization_name,
                  (SELECT count(*) FROM ats_users u WHERE u.integration_id = i.id) AS users,
                  (SELECT count(*) FROM custom_field_mappings m WHERE m.integration_id = i.id) AS mappings,
                  (SELECT count(*) FROM integration_fields f WHERE f.integration_id = i.id AND f.is_passthrough_enabled)
                    AS passthrough_fields,
                  (SELECT tested_at::text FROM scope_tests s WHERE s.integration_id = i.id) AS tested_at,
                  (SELECT count(*) FROM sync_runs r WHERE r.integration_id = i.id) AS runs,
                  (SELECT count(*) FROM connect_links l WHERE l.integration_id = i.id) AS links
                FROM integrations i WHERE i.id = ?""", id);
    }

    private static String fill(String template, Map<String, String> values, String fallback) {
        Matcher m = PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), fallback)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
