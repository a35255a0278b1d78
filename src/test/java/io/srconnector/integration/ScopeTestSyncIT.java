package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.auth.SystemRole;
import io.srconnector.sandbox.log.RecordedRequest;
import io.srconnector.sync.SyncSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope testing with a sandbox credential that lacks the offers permission (the STANDARD API key, FC-10): the test
 * reports offers MISSING (scope candidates_offers_read, role ADMINISTRATOR) and everything else OK; a sync with offers
 * enabled skips offers only and says why, without sending SmartRecruiters a single offers request; after the
 * permission is granted, the on-demand scope test lifts the skip.
 */
class ScopeTestSyncIT extends ConnectionsItSupport {
    @Autowired
    SyncSettings syncSettings;
    @Autowired
    CamelContext camel;

    @AfterEach
    void cleanUp() {
        sandbox.credentials().register(Credential.apiKey(SandboxSettings.STANDARD_CREDENTIAL_ID,
                SandboxSettings.DEFAULT_STANDARD_API_KEY, SystemRole.STANDARD));
        deleteTestIntegrations();
    }

    @Test
    void missingOffersPermissionIsReportedAndTheSyncSkipsOffersOnly() throws Exception {
        Answer created = api("POST", "/v1/integrations", "{\"auth_type\":\"API_KEY\",\"api_key\":\""
                + SandboxSettings.DEFAULT_STANDARD_API_KEY + "\",\"organization_name\":\"Standard Ltd\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String id = created.json().path("data").path("id").asText();
        JsonNode results = created.json().path("data").path("scope_test").path("results");
        List<String> missing = new ArrayList<>();
        for (JsonNode e : results) {
            if (!"OK".equals(e.path("status").asText())) {
                missing.add(e.path("kind").asText() + ":" + e.path("id").asText() + "=" + e.path("status").asText());
            }
        }
        assertThat(missing).containsExactly("model:offers=MISSING");
        JsonNode offers = entry(results, "offers");
        assertThat(offers.path("scope").asText()).isEqualTo("candidates_offers_read");
        assertThat(offers.path("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(offers.path("http_status").asInt()).isEqualTo(403);
        assertThat(offers.path("message").asText()).contains("candidates_offers_read").contains("ADMINISTRATOR");
        JsonNode readModels = created.json().path("data").path("read_models");
        for (JsonNode m : readModels) {
            if ("ats_offers".equals(m.path("id").asText())) {
                assertThat(m.path("is_available").asBoolean()).isFalse();
            }
        }

        AtomicInteger offersRouteCalls = new AtomicInteger();
        if (camel.getRoute("sync-offers") == null && camel.getRoute("test-sync-offers") == null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sync-offers").routeId("test-sync-offers").process(e -> offersRouteCalls.incrementAndGet());
                }
            });
        }
        List<String> saved = syncSettings.getModels();
        String runId = jdbc.queryForObject("SELECT id FROM sync_runs WHERE integration_id = ? AND status = 'QUEUED'",
                String.class, id);
        sandbox.requestLog().clear();
        try {
            syncSettings.setModels(List.of("application-stages", "users", "jobs", "offers"));
            worker.drain();
        } finally {
            syncSettings.setModels(saved);
        }
        Map<String, Object> run = run(runId);
        JsonNode models = Json.read((String) run.get("models"));
        assertThat(models.path("offers").path("status").asText()).isEqualTo("PERMISSION_MISSING");
        assertThat(models.path("offers").path("error").asText()).contains("scope test").contains("candidates_offers_read");
        for (String m : List.of("application-stages", "users", "jobs")) {
            assertThat(models.path(m).path("status").asText()).as(m).isEqualTo("SUCCEEDED");
        }
        assertThat(run.get("status")).isEqualTo("PARTIAL");
        assertThat((String) run.get("errors")).contains("offers: skipped");
        assertThat(offersRouteCalls.get()).isZero();
        for (RecordedRequest r : sandbox.requestLog().all()) {
            assertThat(r.path()).as("no offers request during the sync").doesNotContain("offers");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ats_jobs WHERE integration_id = ?", Long.class, id))
                .isPositive();

        // the customer grants the role: the on-demand scope test reports offers OK and the skip is lifted
        sandbox.credentials().register(Credential.apiKey(SandboxSettings.STANDARD_CREDENTIAL_ID,
                SandboxSettings.DEFAULT_STANDARD_API_KEY, SystemRole.ADMINISTRATOR));
        Answer again = api("POST", "/v1/integrations/" + id + "/scope-test", null);
        assertThat(entry(again.json().path("data").path("results"), "offers").path("status").asText()).isEqualTo("OK");
        assertThat(api("GET", "/v1/integrations/" + id + "/scope-test", null).json().path("data").path("tested_at")
                .asText()).isEqualTo(again.json().path("data").path("tested_at").asText());
    }

    private static JsonNode entry(JsonNode results, String model) {
        for (JsonNode e : results) {
            if ("model".equals(e.path("kind").asText()) && model.equals(e.path("id").asText())) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + model);
    }
}
