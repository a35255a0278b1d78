package io.srconnector.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.ConnectorApplication;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sync.SyncRunRepository;
import io.srconnector.sync.SyncScheduler;
import io.srconnector.sync.SyncType;
import io.srconnector.sync.SyncWorker;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the integration tests: the whole connector (Camel routes from {@code routes/}, REST API on a random port)
 * against the real PostgreSQL ({@link TestDatabase}) and the embedded SmartRecruiters sandbox. Syncs are driven by the
 * tests ({@link #sync}); the background worker and the schedules are off ({@code it-application.yaml}, loaded as an
 * additional config location so it overrides the top-level application.yaml). Metrics are exported as in production
 * ({@code /actuator/prometheus}), which Spring Boot's test support would otherwise switch off.
 */
@CamelSpringBootTest
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = ConnectorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.additional-location=classpath:/it-application.yaml")
public abstract class IntegrationTestBase {
    /** The bootstrap integration (pointing at the sandbox) and our API key, from application-it.yaml. */
    protected static final String INTEGRATION = "smartrecruiters:sandbox";
    protected static final String API_KEY = "sk_test_key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        TestDatabase.ensure();
    }

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected SyncScheduler scheduler;
    @Autowired
    protected SyncWorker worker;
    @Autowired
    protected SyncRunRepository runs;
    @Autowired
    protected SandboxServer sandbox;
    @LocalServerPort
    protected int port;

    /** Removes every synced record, run and sync state of the sandbox integration (the integration stays). */
    protected void resetSyncedData() {
        for (String t : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename LIKE 'ats\\_%'", String.class)) {
            jdbc.update("DELETE FROM " + t + " WHERE integration_id = ?", INTEGRATION);
        }
        jdbc.update("DELETE FROM sync_runs WHERE integration_id = ?", INTEGRATION);
        jdbc.update("DELETE FROM sync_state WHERE integration_id = ?", INTEGRATION);
    }

    /** Queues a run of the sandbox integration, executes it on this thread, and returns its id. */
    protected String sync(SyncType type) {
        SyncRunRepository.Enqueued e = scheduler.enqueue(INTEGRATION, type, "TEST");
        worker.drain();
        return e.runId();
    }

    /** One row of sync_runs as a map. */
    protected Map<String, Object> run(String runId) {
        return jdbc.queryForMap("SELECT status, sr_calls, models::text AS models, errors::text AS errors "
                + "FROM sync_runs WHERE id = ?", runId);
    }

    /** GET on our API with the test key and the sandbox integration; returns status and parsed body. */
    protected ApiResponse get(String pathAndQuery) {
        return get(pathAndQuery, API_KEY, INTEGRATION);
    }

    /** GET on our API with the given key and integration id (null = header not sent). */
    protected ApiResponse get(String pathAndQuery, String key, String integration) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
            if (key != null) {
                b.header("Authorization", "Bearer " + key);
            }
            if (integration != null) {
                b.header("X-Integration-Id", integration);
            }
            HttpResponse<String> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(r.statusCode(), r.body().isEmpty() ? null : Json.read(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Pages through a list endpoint and returns every result. */
    protected List<JsonNode> listAll(String path, int pageSize) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            ApiResponse r = get(path + sep + "page_size=" + pageSize + (cursor == null ? "" : "&cursor=" + cursor));
            if (r.status() != 200) {
                throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
            }
            r.body().path("data").path("results").forEach(all::add);
            JsonNode next = r.body().path("data").path("next");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);
        return all;
    }

    /** An API answer. */
    public record ApiResponse(int status, JsonNode body) {
    }
}
