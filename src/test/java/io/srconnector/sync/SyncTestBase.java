package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.IntegrationConnections;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.fault.FaultFilter;
import io.srconnector.sandbox.fault.FaultSettings;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.limit.RateLimitSettings;
import io.srconnector.support.IntegrationTestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Base of the sync integration tests: each test that changes SmartRecruiters data gets its own sandbox (a fresh,
 * deterministic account on its own port, with a fault filter) and its own integration pointing at it, so tests do not
 * disturb each other nor the shared sandbox the other test classes read.
 */
abstract class SyncTestBase extends IntegrationTestBase {
    static final Logger LOG = LoggerFactory.getLogger("sync-it");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected IntegrationRepository integrations;
    @Autowired
    protected IntegrationConnections connections;
    @Autowired
    protected SyncSettings syncSettings;
    @Autowired
    protected SyncStateRepository state;
    @Autowired
    protected SyncShutdown shutdown;

    /** A sandbox of its own, its fault filter and the integration pointing at it (deleted on close). */
    final class Private implements AutoCloseable {
        final SandboxServer server;
        final FaultFilter faults = new FaultFilter(FaultSettings.none());
        final String integration;

        Private(String integration, UnaryOperator<SandboxSettings.Builder> custom) {
            this.integration = integration;
            // limits on but high: with limits off the sandbox still sends X-RateLimit-Remaining as if at 10/s, and the
            // requester pauses when it reads 0
            SandboxSettings settings = custom.apply(SandboxSettings.builder().threads(24)
                    .rateLimits(RateLimitSettings.smartRecruitersDefaults().withLimits(5000, 64))).build();
            this.server = new SandboxServer(settings, SandboxServer.createAccount(settings), List.of(faults)).start();
            integrations.delete(integration);
            integrations.save(integration, "default", "Private sandbox " + integration, "origin-" + integration,
                    "owner@example.test", server.baseUrl(), "API_KEY", Json.mapper().createObjectNode()
                            .put("type", "API_KEY").put("api_key", SandboxSettings.DEFAULT_API_KEY));
            connections.invalidate(integration);
        }

        /** Queues a run of this integration, executes it on this thread, and returns its id. */
        String sync(SyncType type) {
            SyncRunRepository.Enqueued e = scheduler.enqueue(integration, type, "TEST");
            worker.drain();
            return e.runId();
        }

        Map<String, Object> run(String runId) {
            return jdbc.queryForMap("SELECT status, sr_calls, attempts, models::text AS models, errors::text AS errors "
                    + "FROM sync_runs WHERE id = ?", runId);
        }

        long calls(String runId) {
            return ((Number) run(runId).get("sr_calls")).longValue();
        }

        JsonNode models(String runId) {
            return Json.read((String) run(runId).get("models"));
        }

        TableSnapshot snapshot() {
            return TableSnapshot.of(jdbc, integration);
        }

        /** Removes every synced record, run and state of this integration. */
        void resetData() {
            for (String t : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename LIKE 'ats\\_%'", String.class)) {
                jdbc.update("DELETE FROM " + t + " WHERE integration_id = ?", integration);
            }
            jdbc.update("DELETE FROM sync_runs WHERE integration_id = ?", integration);
            jdbc.update("DELETE FROM sync_state WHERE integration_id = ?", integration);
        }

        Set<String> deletedRemoteIds(String table) {
            return new HashSet<>(jdbc.queryForList("SELECT remote_id FROM " + table
                    + " WHERE integration_id = ? AND remote_deleted_at IS NOT NULL", String.class, integration));
        }

        Instant watermark(String model) {
            return state.watermark(integration, model);
        }

        /** GET on our API for this integration. */
        ApiResponse api(String pathAndQuery) {
            return get(pathAndQuery, API_KEY, integration);
        }

        /** POST on our API for this integration. */
        ApiResponse post(String path, String body) {
            return SyncTestBase.this.post(path, body, integration);
        }

        @Override
        public void close() {
            server.stop();
            integrations.delete(integration);
            connections.invalidate(integration);
        }
    }

    Private privateSandbox(String integration) {
        return new Private(integration, b -> b);
    }

    Private privateSandbox(String integration, UnaryOperator<SandboxSettings.Builder> custom) {
        return new Private(integration, custom);
    }

    /** A small account (fast to sync) for tests where size does not matter. */
    static UnaryOperator<SandboxSettings.Builder> small() {
        return b -> b.sizes(new GeneratorSizes(6, 6, 40));
    }

    /** POST on our API with the test key. */
    ApiResponse post(String path, String body, String integration) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (integration != null) {
                b.header("X-Integration-Id", integration);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(r.statusCode(), r.body().isEmpty() ? null : Json.read(r.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
