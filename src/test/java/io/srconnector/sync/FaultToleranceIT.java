package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.auth.SystemRole;
import io.srconnector.sandbox.data.AccountMutations.Model;
import io.srconnector.sandbox.fault.FaultSettings;
import io.srconnector.sandbox.limit.RateLimitSettings;
import io.srconnector.support.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tolerance: a full sync under SmartRecruiters faults (429s, 500s, slow answers, dropped connections, a token
 * expiring mid-run) ends with tables identical, row by row, to a fault-free run; so does a sync interrupted by a
 * graceful shutdown, and one whose connector process is killed and restarted. A sync that only ever gets 429s fails
 * as rate limited and keeps its watermarks (FC-03).
 */
class FaultToleranceIT extends SyncTestBase {

    @Test
    void aFullSyncUnderFaultsEndsIdenticalToAFaultFreeRun() {
        try (Private p = privateSandbox("smartrecruiters:it-faults")) {
            useAccessToken(p, "fault-token-1");
            String clean = p.sync(SyncType.FULL);
            assertThat(p.run(clean).get("status")).isEqualTo("SUCCEEDED");
            long cleanCalls = p.calls(clean);
            TableSnapshot reference = p.snapshot();

            p.resetData();
            p.faults.configure(new FaultSettings(0.08, 0.05, 0.03, 0.03, Duration.ofMillis(150), 1200, 42));
            p.faults.onTokenExpired(expired -> useAccessToken(p, "fault-token-2")); // as an OAuth refresh would
            String faulty = p.sync(SyncType.FULL);
            p.faults.clear();
            Map<String, Object> run = p.run(faulty);
            Map<String, Long> injected = p.faults.injected();
            JsonNode models = p.models(faulty);
            LOG.info("Fault run {}: {} after {} SmartRecruiters calls (fault-free: {}); faults injected {}; "
                            + "model attempts {}", faulty, run.get("status"), run.get("sr_calls"), cleanCalls,
                    injected, attempts(models));
            assertThat(run.get("status")).as("%s", run.get("errors")).isEqualTo("SUCCEEDED");
            assertThat(injected).containsKeys("429", "500", "dropped", "slow", "expired");
            assertThat(injected.values()).allMatch(n -> n > 0);

            TableSnapshot.Comparison cmp = reference.compare(p.snapshot());
            LOG.info(cmp.report("fault-free run", "run under faults"));
            assertThat(cmp.rows()).isGreaterThan(1000);
            assertThat(cmp.identical()).isTrue();
        }
    }

    /** Switches the integration to an OAuth access token the sandbox knows (the token the fault mode expires). */
    private void useAccessToken(Private p, String token) {
        p.server.credentials().register(Credential.accessToken("it-oauth", token, SystemRole.ADMINISTRATOR, null));
        ObjectNode creds = Json.mapper().createObjectNode().put("type", "OAUTH_CLIENT_CREDENTIALS")
                .put("client_id", "it-client").put("access_token", token);
        if (token.endsWith("-1")) {
            integrations.save(p.integration, "default", "Fault sandbox", null, null, p.server.baseUrl(),
                    "OAUTH_CLIENT_CREDENTIALS", creds);
        } else {
            integrations.updateCredentials(p.integration, creds);
        }
        connections.invalidate(p.integration);
    }

    private static String attempts(JsonNode models) {
        StringBuilder sb = new StringBuilder();
        models.fields().forEachRemaining(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
                .append(e.getValue().path("attempts").asLong()));
        return sb.toString();
    }

    /** FC-03: every call answers 429 — the run fails as rate limited, and no watermark moves. */
    @Test
    void aSyncThatOnlyGets429sFailsAsRateLimitedAndKeepsItsWatermarks() {
        int attemptsBefore = syncSettings.getModelAttempts();
        try (Private p = privateSandbox("smartrecruiters:it-fc03", small())) {
            p.sync(SyncType.FULL);
            Map<String, Instant> watermarks = Map.of("users", p.watermark("users"), "jobs", p.watermark("jobs"),
                    "candidates", p.watermark("candidates"), "applications", p.watermark("applications"));
            String touched = p.server.mutations().touch(Model.CANDIDATES, 0.1).get(0);
            syncSettings.setModelAttempts(2);
            p.faults.configure(new FaultSettings(1.0, 0, 0, 0, Duration.ZERO, 0, 1));
            String limited = p.sync(SyncType.DELTA);
            p.faults.clear();
            Map<String, Object> run = p.run(limited);
            JsonNode models = p.models(limited);
            LOG.info("FC-03 run {}: {} — {}", limited, run.get("status"), run.get("errors"));
            assertThat(run.get("status")).isEqualTo("FAILED");
            for (String m : List.of("application-stages", "users", "jobs", "candidates")) {
                assertThat(models.path(m).path("status").asText()).as(m).isEqualTo("FAILED");
                assertThat(models.path(m).path("error_code").asText()).as(m).isEqualTo("RATE_LIMITED");
            }
            assertThat(models.path("applications").path("status").asText()).isEqualTo("SKIPPED");
            assertThat((String) run.get("errors")).contains("RATE_LIMITED").doesNotContain("INPUT_INVALID");
            watermarks.forEach((m, w) -> assertThat(p.watermark(m)).as(m).isEqualTo(w));
            JsonNode history = p.api("/v1/syncs/" + limited).body().path("data");
            assertThat(history.path("status").asText()).isEqualTo("FAILED");
            assertThat(history.path("errors").toString()).contains("RATE_LIMITED");

            // the next delta starts from the old watermark: the change made before the failed run is picked up
            assertThat(p.run(p.sync(SyncType.DELTA)).get("status")).isEqualTo("SUCCEEDED");
            assertThat(jdbc.queryForObject("SELECT phone_numbers->0->>'phone_number' FROM ats_candidates "
                            + "WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, touched))
                    .isEqualTo(p.server.account().read(() -> p.server.account().candidate(touched).phoneNumber));
        } finally {
            syncSettings.setModelAttempts(attemptsBefore);
        }
    }

    /**
     * A graceful shutdown in the middle of the candidates stops the run after its current page and puts it back in the
     * queue; the next worker resumes it (same run id, start time and counters) from the checkpoint, and the tables end
     * identical to an uninterrupted run.
     */
    @Test
    void aRunStoppedByAShutdownGoesBackToTheQueueAndResumesFromItsCheckpoint() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-requeue")) {
            p.sync(SyncType.FULL);
            TableSnapshot reference = p.snapshot();
            p.resetData();
            p.server.requestLog().clear();

            SyncRunRepository.Enqueued e = scheduler.enqueue(p.integration, SyncType.FULL, "TEST");
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> worker.drain());
            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(10))
                    .until(() -> pagesDone(jdbc, p.integration, "candidates") >= 2);
            shutdown.requestForTest();
            try {
                first.get(60, TimeUnit.SECONDS);
            } finally {
                shutdown.reset();
            }
            Map<String, Object> parked = jdbc.queryForMap("SELECT status, attempts, started_at FROM sync_runs "
                    + "WHERE id = ?", e.runId());
            int pagesAtStop = pagesDone(jdbc, p.integration, "candidates");
            assertThat(parked.get("status")).isEqualTo("QUEUED");
            assertThat(parked.get("attempts")).isEqualTo(1);
            assertThat(pagesAtStop).isBetween(2, 4);

            worker.drain();
            Map<String, Object> done = jdbc.queryForMap("SELECT status, attempts, started_at FROM sync_runs "
                    + "WHERE id = ?", e.runId());
            LOG.info("Run {} stopped by a shutdown after candidates page {}, back in the queue, resumed: {}",
                    e.runId(), pagesAtStop, done);
            assertThat(done.get("status")).isEqualTo("SUCCEEDED");
            assertThat(done.get("attempts")).isEqualTo(2);
            assertThat(done.get("started_at")).isEqualTo(parked.get("started_at"));
            long firstPages = p.server.requestLog().all().stream().filter(r -> "/candidates".equals(r.path())
                    && (r.rawQuery() == null || !r.rawQuery().contains("pageId="))).count();
            assertThat(firstPages).as("candidate lists started from the beginning").isEqualTo(1);
            assertThat(p.models(e.runId()).path("candidates").path("fetched").asLong())
                    .isGreaterThanOrEqualTo(p.server.account().read(() -> p.server.account().candidates().values()
                            .stream().filter(c -> c.hasApplications()).count()));

            TableSnapshot.Comparison cmp = reference.compare(p.snapshot());
            LOG.info(cmp.report("uninterrupted run", "run stopped and resumed"));
            assertThat(cmp.identical()).isTrue();
        }
    }

    /**
     * The connector runs as its own process on its own database: stopped (SIGTERM) during the candidates, restarted,
     * killed (SIGKILL) during the applications, restarted — the run resumes each time and its tables end identical,
     * row by row, to an uninterrupted run of the same account in this JVM.
     */
    @Test
    void killingTheConnectorMidSyncAndRestartingItEndsIdentical() throws Exception {
        String integration = "smartrecruiters:it-kill";
        String database = TestDatabase.NAME + "_child";
        SandboxSettings settings = SandboxSettings.builder().threads(24)
                .rateLimits(RateLimitSettings.smartRecruitersDefaults().withLimits(400, 64)).build();
        try (SandboxServer sandbox = new SandboxServer(settings).start()) {
            integrations.delete(integration);
            integrations.save(integration, "default", "Kill test", null, null, sandbox.baseUrl(), "API_KEY",
                    Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key",
                            SandboxSettings.DEFAULT_API_KEY));
            connections.invalidate(integration);
            scheduler.enqueue(integration, SyncType.FULL, "TEST");
            worker.drain();
            TableSnapshot reference = TableSnapshot.of(jdbc, integration);

            JdbcTemplate child = ChildConnector.freshDatabase(database);
            ChildConnector connector = new ChildConnector(List.of(
                    "--spring.datasource.url=" + ChildConnector.url(database),
                    "--spring.datasource.username=" + TestDatabase.USER,
                    "--spring.datasource.password=" + TestDatabase.PASSWORD,
                    "--server.port=0", "--sandbox.enabled=false",
                    "--connector.bootstrap.integration-id=" + integration,
                    "--connector.bootstrap.smartrecruiters-base-url=" + sandbox.baseUrl(),
                    "--connector.bootstrap.smartrecruiters-api-key=" + SandboxSettings.DEFAULT_API_KEY,
                    "--connector.bootstrap.api-key=sk_child_key",
                    "--connector.secrets.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                    "--connector.smartrecruiters.requests-per-second=300",
                    "--connector.sync.poll-interval=200", "--connector.sync.stale-after=3s",
                    "--connector.sync.shutdown-grace=30s",
                    "--connector.sync.delta-cron=0 0 0 1 1 ? 2099", "--connector.sync.full-cron=0 0 0 1 1 ? 2099",
                    "--logging.level.org.apache.camel=WARN"), Path.of("target", "kill-test"));
            try {
                connector.start();
                Awaitility.await().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
                        .until(() -> pagesDone(child, integration, "candidates") >= 2);
                int exit1 = connector.stopGracefully(Duration.ofSeconds(60));
                Map<String, Object> afterStop = runRow(child);
                LOG.info("Connector stopped (SIGTERM, exit {}) after candidates page {}: run {}", exit1,
                        pagesDone(child, integration, "candidates"), afterStop);
                assertThat(afterStop.get("status")).isEqualTo("QUEUED");

                connector.start();
                Awaitility.await().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
                        .until(() -> pagesDone(child, integration, "applications") >= 3);
                connector.kill(Duration.ofSeconds(30));
                Map<String, Object> afterKill = runRow(child);
                LOG.info("Connector killed (SIGKILL) after applications page {}: run {}",
                        pagesDone(child, integration, "applications"), afterKill);
                assertThat(afterKill.get("status")).isEqualTo("RUNNING");
                assertThat(afterKill.get("attempts")).isEqualTo(2);

                connector.start();
                Awaitility.await().atMost(180, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200))
                        .until(() -> !"RUNNING".equals(runRow(child).get("status"))
                                && !"QUEUED".equals(runRow(child).get("status")));
                Map<String, Object> finished = runRow(child);
                LOG.info("Connector restarted: run {}", finished);
                assertThat(finished.get("status")).as("see %s", connector.log()).isEqualTo("SUCCEEDED");
                assertThat(finished.get("attempts")).isEqualTo(3);

                TableSnapshot.Comparison cmp = reference.compare(TableSnapshot.of(child, integration));
                LOG.info(cmp.report("uninterrupted run", "run stopped, killed and restarted"));
                assertThat(cmp.rows()).isGreaterThan(1000);
                assertThat(cmp.identical()).isTrue();
            } finally {
                if (connector.alive()) {
                    connector.kill(Duration.ofSeconds(30));
                }
                ChildConnector.dropDatabase(database);
                integrations.delete(integration);
            }
        }
    }

    private static Map<String, Object> runRow(JdbcTemplate db) {
        return db.queryForMap("SELECT id, type, status, attempts, sr_calls FROM sync_runs ORDER BY queued_at LIMIT 1");
    }

    /** Pages the current run has checkpointed for a model (0 when none). */
    static int pagesDone(JdbcTemplate db, String integration, String model) {
        try {
            List<Integer> r = db.queryForList("SELECT (checkpoint->>'pages')::int FROM sync_state "
                    + "WHERE integration_id = ? AND model = ? AND checkpoint IS NOT NULL", Integer.class,
                    integration, model);
            return r.isEmpty() || r.get(0) == null ? 0 : r.get(0);
        } catch (RuntimeException schemaNotThereYet) {
            return 0;
        }
    }
}
