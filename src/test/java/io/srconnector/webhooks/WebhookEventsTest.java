package io.srconnector.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.Integration;
import io.srconnector.json.Json;
import io.srconnector.mapping.MappingContext;
import io.srconnector.sync.ModelStats;
import io.srconnector.sync.SyncRun;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes of the {@code sync-finished} and {@code data-changed} payloads (Kombo's webhook schemas). */
class WebhookEventsTest {

    @Test
    void syncFinishedCarriesKombosFields() {
        Instant start = Instant.parse("2026-01-02T03:04:05.000Z");
        SyncRun run = new SyncRun("4CB4QHrKQKay1HoPjrXUghH8", "smartrecruiters:acme", SyncType.DELTA, start,
                new MappingContext("smartrecruiters:acme"));
        Integration i = new Integration("smartrecruiters:acme", "default", "Acme", null, "ops@acme.test",
                "https://api.smartrecruiters.com", "API_KEY", "fp", "ACTIVE", true, Json.mapper().createObjectNode(),
                start);
        JsonNode e = WebhookEvents.syncFinished(run, "PARTIAL", start.plusSeconds(95), i, "https://connector.test");
        assertThat(e.path("id").asText()).matches("[1-9A-HJ-NP-Za-km-z]{20,24}");
        assertThat(e.path("type").asText()).isEqualTo("sync-finished");
        JsonNode d = e.path("data");
        assertThat(d.path("sync_id").asText()).isEqualTo("4CB4QHrKQKay1HoPjrXUghH8");
        assertThat(d.path("sync_state").asText()).isEqualTo("PARTIAL");
        assertThat(d.path("sync_started_at").asText()).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(d.path("sync_ended_at").asText()).isEqualTo("2026-01-02T03:05:40.000Z");
        assertThat(d.path("sync_duration_seconds").asLong()).isEqualTo(95);
        assertThat(d.path("integration_tool").asText()).isEqualTo("smartrecruiters");
        assertThat(d.path("integration_category").asText()).isEqualTo("ATS");
        assertThat(d.path("end_user").path("organization_name").asText()).isEqualTo("Acme");
        assertThat(d.path("end_user").path("creator_email").asText()).isEqualTo("ops@acme.test");
        assertThat(d.path("end_user").path("origin_id").isNull()).isTrue();
        assertThat(d.path("log_url").asText()).isEqualTo("https://connector.test/v1/syncs/4CB4QHrKQKay1HoPjrXUghH8");
    }

    @Test
    void dataChangedListsTheTablesWithInsertedUpdatedOrDeletedRecords() {
        SyncRun run = new SyncRun("r", "smartrecruiters:acme", SyncType.FULL, Instant.now(),
                new MappingContext("smartrecruiters:acme"));
        Map<String, ModelStats> models = new LinkedHashMap<>();
        models.put("users", run.stats("users"));
        models.put("candidates", run.stats("candidates"));
        models.put("not-a-model", run.stats("not-a-model"));
        Json.mapper().valueToTree(models); // serialisable as stored in sync_runs.models
        // no counts yet: nothing changed
        assertThat(WebhookEvents.changedTables(models)).isEmpty();
        JsonNode e = WebhookEvents.dataChanged("smartrecruiters:acme", Set.of("ats_candidates"));
        assertThat(e.path("type").asText()).isEqualTo("data-changed");
        assertThat(e.path("data").path("changed_models").get(0).path("name").asText()).isEqualTo("ats_candidates");
        assertThat(e.path("data").path("integration_id").asText()).isEqualTo("smartrecruiters:acme");
    }
}
