package io.srconnector.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.Candidate;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.persistence.UnifiedUpsertWriter;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failure case FC-16 (REST DSL JSON binding marshal failure returns 200 with an empty body): every read answer is a
 * non-empty JSON body with a JSON content type, and {@code java.time} values are ISO-8601 strings (not arrays, not
 * epoch numbers). The read routes write their JSON with the application's own ObjectMapper ({@code Json}); the REST
 * DSL binding is off.
 */
class ReadSerializationIT extends IntegrationTestBase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private UnifiedUpsertWriter writer;

    @Test
    void aCandidatesTimestampsAreIsoStringsInANonEmptyJsonBody() throws Exception {
        String remoteId = "fc16-" + System.nanoTime();
        Candidate c = new Candidate(UnifiedIds.of(INTEGRATION, "candidates", remoteId), remoteId, "Ana", "Łukasiewicz",
                null, null, false, null, List.of(), List.of(), List.of(), null, Map.of(), List.of(), null,
                Instant.parse("2024-03-01T10:00:00Z"), Instant.parse("2024-03-02T11:30:15.250Z"));
        writer.upsert(UnifiedTables.CANDIDATES, INTEGRATION, List.of(new Mapped<>(c, null)), null, Instant.now());

        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v1/ats/candidates?remote_ids=" + remoteId))
                .header("Authorization", "Bearer " + API_KEY).header("X-Integration-Id", INTEGRATION).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        assertThat(r.body()).isNotBlank();
        JsonNode results = Json.read(r.body()).path("data").path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("remote_created_at").isTextual()).isTrue();
        assertThat(results.get(0).path("remote_created_at").asText()).isEqualTo("2024-03-01T10:00:00.000Z");
        assertThat(results.get(0).path("remote_updated_at").asText()).isEqualTo("2024-03-02T11:30:15.250Z");
        assertThat(results.get(0).path("changed_at").isTextual()).isTrue();
        jdbc.update("DELETE FROM ats_candidates WHERE id = ?", c.id());
    }

    @Test
    void everyReadEndpointAnswersANonEmptyJsonBody() throws Exception {
        for (String path : List.of("/v1/ats/jobs", "/v1/ats/candidates", "/v1/ats/applications", "/v1/ats/users",
                "/v1/ats/application-stages", "/v1/ats/tags", "/v1/ats/offers", "/v1/ats/rejection-reasons",
                "/v1/ats/interviews")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + API_KEY).header("X-Integration-Id", INTEGRATION).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
            JsonNode body = Json.read(r.body());
            assertThat(body.path("status").asText()).as(path).isEqualTo("success");
            assertThat(body.path("data").path("results").isArray()).as(path).isTrue();
        }
    }
}
