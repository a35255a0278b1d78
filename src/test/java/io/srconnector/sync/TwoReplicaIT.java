package io.srconnector.sync;

import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.support.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 items 1 and 5: two connector processes from the built jar (replicas) on one PostgreSQL database, against
 * one standalone sandbox process, with the delta schedule firing every 2 seconds on the clustered Quartz job store.
 * <ol>
 *   <li>20 consecutive scheduled fires: each fire time fires on exactly one replica (their logs), and queues exactly
 *       one run per integration — unless that integration's previous run was still going (FC-17), which the test
 *       checks from the run intervals; no two runs of one integration overlap; the runs spread over both replicas.</li>
 *   <li>SIGKILL of the replica running a FULL sync mid-candidates: the other one takes the run over after
 *       {@code stale-after} and finishes it, recovers the dead one's Quartz state and keeps firing.</li>
 *   <li>The unified tables of both integrations end identical, row by row (all columns but {@code changed_at},
 *       {@code nested_changed_at}, {@code last_seen_run_id}), to a single-instance run of the same account.</li>
 * </ol>
 * The two integrations are the replicas' bootstrap integrations (each replica bootstraps its own; the integrations
 * live in the shared database, so both replicas sync both).
 */
class TwoReplicaIT extends SyncTestBase {
    private static final Pattern FIRED = Pattern.compile("DELTA schedule fired for (\\S+): (\\d+) sync run\\(s\\) "
            + "queued, (\\d+) already queued or running");
    private static final Pattern SANDBOX_URL = Pattern.compile("sandbox listening on (http://\\S+)");
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final int FIRES = 20;
    private static final Duration EVERY = Duration.ofSeconds(2);

    @Test
    void twoReplicasRunEachScheduledSyncOnceAndTakeOverADeadOnesRun() throws Exception {
        String database = TestDatabase.NAME + "_replicas";
        String[] ids = {"smartrecruiters:it-replica-a", "smartrecruiters:it-replica-b"};
        Path logs = Path.of("target", "two-replicas");
        long t0 = System.nanoTime();
        ChildConnector sandboxProcess = ChildConnector.sandboxFromJar(List.of("--port", "0", "--candidates", "40",
                "--jobs", "5", "--users", "5", "--rps", "5000", "--concurrency", "64"), logs);
        List<ChildConnector> replicas = new ArrayList<>();
        try {
            sandboxProcess.start();
            String sandboxUrl = await(sandboxProcess, SANDBOX_URL, Duration.ofSeconds(60));
            JdbcTemplate db = ChildConnector.freshDatabase(database);
            for (String id : ids) {
                replicas.add(ChildConnector.fromJar(replicaArgs(database, id, sandboxUrl), logs,
                        "replica-" + id.substring(id.length() - 1)).start());
            }
            for (ChildConnector r : replicas) {
                await(r, Pattern.compile("(Started ConnectorApplication)"), Duration.ofSeconds(120));
            }
            // both first FULL syncs (queued at start-up) done
            Awaitility.await().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).until(() ->
                    db.queryForObject("SELECT count(DISTINCT integration_id) FROM sync_runs WHERE trigger = 'STARTUP' "
                            + "AND status = 'SUCCEEDED'", Integer.class) == 2);
            assertThat(db.queryForObject("SELECT count(*) FROM qrtz_scheduler_state", Integer.class)).isEqualTo(2);
            Instant ready = Instant.now();
            LOG.info("Two replicas (pids {}, {}) up and first syncs done after {} s", replicas.get(0).pid(),
                    replicas.get(1).pid(), (System.nanoTime() - t0) / 1_000_000_000);

            // 1. twenty consecutive fires
            Awaitility.await().atMost(FIRES * EVERY.toSeconds() + 60, TimeUnit.SECONDS)
                    .pollInterval(Duration.ofMillis(500)).until(() -> firesAfter(replicas, ready).size() > FIRES);
            TreeMap<Instant, List<Fire>> fires = firesAfter(replicas, ready);
            List<Instant> window = new ArrayList<>(fires.keySet()).subList(0, FIRES);
            Instant last = window.get(FIRES - 1);
            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).until(() ->
                    db.queryForObject("SELECT count(*) FROM sync_runs WHERE scheduled_for <= ? AND status IN "
                            + "('QUEUED', 'RUNNING')", Integer.class, Timestamp.from(last)) == 0);
            checkScheduledWindow(db, ids, fires, window);

            // 2. kill -9 the replica running a FULL sync mid-candidates; the other one finishes it
            // (as POST /v1/force-sync does; while a delta runs, the FULL is queued when it ends)
            new SyncRunRepository(db).enqueue(ids[0], SyncType.FULL, "API");
            String fullQuery = "SELECT id FROM sync_runs WHERE integration_id = ? AND type = 'FULL' "
                    + "AND trigger <> 'STARTUP' AND status = 'RUNNING'";
            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20)).until(() ->
                    db.queryForList(fullQuery, String.class, ids[0]).size() == 1
                            && FaultToleranceIT.pagesDone(db, ids[0], "candidates") >= 1);
            String fullRun = db.queryForObject(fullQuery, String.class, ids[0]);
            Map<String, Object> before = row(db, fullRun);
            String workerPid = ((String) before.get("worker")).split("@")[0];
            ChildConnector victim = replicas.stream().filter(r -> Long.toString(r.pid()).equals(workerPid))
                    .findFirst().orElseThrow();
            ChildConnector survivor = replicas.get(replicas.get(0) == victim ? 1 : 0);
            victim.kill(Duration.ofSeconds(30));
            Instant killedAt = Instant.now();
            LOG.info("Replica {} killed (SIGKILL) during run {} after candidates page {}: {}", victim.pid(), fullRun,
                    FaultToleranceIT.pagesDone(db, ids[0], "candidates"), before);
            Awaitility.await().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).until(() ->
                    !List.of("QUEUED", "RUNNING").contains(row(db, fullRun).get("status")));
            Map<String, Object> after = row(db, fullRun);
            LOG.info("Run {} finished by replica {}: {}", fullRun, survivor.pid(), after);
            assertThat(after.get("status")).as("see %s", survivor.log()).isEqualTo("SUCCEEDED");
            assertThat(after.get("attempts")).isEqualTo(2);
            assertThat((String) after.get("worker")).startsWith(survivor.pid() + "@");
            // the survivor recovers the dead scheduler's Quartz state and goes on firing
            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500)).until(() ->
                    db.queryForObject("SELECT count(*) FROM qrtz_scheduler_state", Integer.class) == 1
                            && firesAfter(List.of(survivor), killedAt.plusSeconds(12)).size() >= 2);
            assertNoOverlap(db, ids);
            survivor.stopGracefully(Duration.ofSeconds(60));

            // 3. the same tables as a single-instance run
            for (String id : ids) {
                integrations.delete(id);
                integrations.save(id, "default", "Single instance " + id, null, null, sandboxUrl, "API_KEY",
                        Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key",
                                SandboxSettings.DEFAULT_API_KEY));
                connections.invalidate(id);
                scheduler.enqueue(id, SyncType.FULL, "TEST");
                worker.drain();
                TableSnapshot.Comparison cmp = TableSnapshot.of(jdbc, id).compare(TableSnapshot.of(db, id));
                LOG.info(cmp.report("single instance", "two replicas, one killed"));
                assertThat(cmp.rows()).isGreaterThan(100);
                assertThat(cmp.identical()).isTrue();
            }
            LOG.info("Two-replica test: {} s wall time", (System.nanoTime() - t0) / 1_000_000_000);
        } finally {
            for (ChildConnector r : replicas) {
                if (r.alive()) {
                    r.kill(Duration.ofSeconds(30));
                }
            }
            sandboxProcess.kill(Duration.ofSeconds(30));
            ChildConnector.dropDatabase(database);
            for (String id : ids) {
                integrations.delete(id);
            }
        }
    }

    /** Fires in the window: consecutive, each on one replica, one run per integration unless one was going. */
    private static void checkScheduledWindow(JdbcTemplate db, String[] ids, TreeMap<Instant, List<Fire>> fires,
                                             List<Instant> window) {
        int onA = 0;
        for (int i = 0; i < window.size(); i++) {
            Instant t = window.get(i);
            List<Fire> f = fires.get(t);
            assertThat(f).as("replicas that fired %s", t).hasSize(1);
            assertThat(f.get(0).queued() + f.get(0).skipped()).isEqualTo(ids.length);
            onA += f.get(0).replica() == 0 ? 1 : 0;
            if (i > 0) {
                assertThat(Duration.between(window.get(i - 1), t)).as("fire after %s", window.get(i - 1))
                        .isEqualTo(EVERY);
            }
        }
        int queuedByFires = window.stream().mapToInt(t -> fires.get(t).get(0).queued()).sum();
        Timestamp from = Timestamp.from(window.get(0));
        Timestamp to = Timestamp.from(window.get(window.size() - 1));
        int runs = 0;
        int skipped = 0;
        for (String id : ids) {
            for (Instant t : window) {
                List<String> atT = db.queryForList("SELECT id FROM sync_runs WHERE integration_id = ? "
                        + "AND trigger = 'SCHEDULE' AND scheduled_for = ?", String.class, id, Timestamp.from(t));
                if (atT.isEmpty()) {
                    // FC-17: the fire found this integration's previous run still queued or running
                    // (the fire queues at t or a little later)
                    int going = db.queryForObject("SELECT count(*) FROM sync_runs WHERE integration_id = ? "
                            + "AND queued_at <= ? AND (ended_at IS NULL OR ended_at >= ?)", Integer.class, id,
                            Timestamp.from(t.plusMillis(1500)), Timestamp.from(t));
                    assertThat(going).as("%s: no run for fire %s and none going", id, t).isGreaterThanOrEqualTo(1);
                    skipped++;
                } else {
                    assertThat(atT).as("%s: runs for fire %s", id, t).hasSize(1);
                    runs++;
                }
            }
        }
        assertThat(runs).isEqualTo(queuedByFires);
        assertThat(db.queryForObject("SELECT count(*) FROM sync_runs WHERE trigger = 'SCHEDULE' "
                + "AND scheduled_for BETWEEN ? AND ? AND status = 'SUCCEEDED' AND attempts = 1", Integer.class, from, to))
                .isEqualTo(runs);
        List<String> workers = db.queryForList("SELECT DISTINCT worker FROM sync_runs WHERE trigger = 'SCHEDULE' "
                + "AND scheduled_for BETWEEN ? AND ?", String.class, from, to);
        LOG.info("{} consecutive fires every {} s: {} on replica a, {} on replica b; {} runs ({} per integration "
                        + "expected at most), {} fires found the integration's previous run still going; "
                        + "runs executed by {}", window.size(), EVERY.toSeconds(), onA, window.size() - onA, runs,
                window.size(), skipped, workers);
        assertThat(skipped).as("fires that found a run still going").isLessThanOrEqualTo(window.size() / 4);
        assertThat(workers).as("runs spread over both replicas").hasSize(2);
        assertNoOverlap(db, ids);
    }

    /** No two runs of one integration were ever RUNNING at the same time. */
    private static void assertNoOverlap(JdbcTemplate db, String[] ids) {
        for (String id : ids) {
            List<Map<String, Object>> rs = db.queryForList("SELECT id, started_at, ended_at FROM sync_runs "
                    + "WHERE integration_id = ? AND started_at IS NOT NULL ORDER BY started_at", id);
            for (int i = 1; i < rs.size(); i++) {
                Timestamp prevEnd = (Timestamp) rs.get(i - 1).get("ended_at");
                assertThat(prevEnd).as("%s: run %s still going", id, rs.get(i - 1).get("id")).isNotNull();
                assertThat((Timestamp) rs.get(i).get("started_at")).as("%s: run %s overlaps %s", id,
                        rs.get(i).get("id"), rs.get(i - 1).get("id")).isAfterOrEqualTo(prevEnd);
            }
        }
    }

    private static List<String> replicaArgs(String database, String integrationId, String sandboxUrl) {
        return List.of(
                "--spring.datasource.url=" + ChildConnector.url(database),
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--server.port=0", "--sandbox.enabled=false",
                "--connector.bootstrap.integration-id=" + integrationId,
                "--connector.bootstrap.smartrecruiters-base-url=" + sandboxUrl,
                "--connector.bootstrap.smartrecruiters-api-key=" + SandboxSettings.DEFAULT_API_KEY,
                "--connector.bootstrap.api-key=sk_replica_key",
                "--connector.secrets.encryption-key=" + KEY,
                // slow enough that a FULL sync lasts seconds (to be killed in), fast enough for 2-second deltas
                "--connector.smartrecruiters.requests-per-second=25",
                "--sync.candidates.page-size=5",
                "--connector.sync.poll-interval=200", "--connector.sync.stale-after=3s",
                "--connector.sync.quartz-checkin-interval=1s",
                "--connector.sync.delta-cron=0/" + EVERY.toSeconds() + " * * * * ?",
                "--connector.sync.full-cron=0 0 0 1 1 ? 2099",
                "--logging.level.org.apache.camel=WARN");
    }

    private record Fire(int replica, int queued, int skipped) {
    }

    /** Fire times after {@code after} logged by the replicas (a fire logs one line on the replica that fired). */
    private static TreeMap<Instant, List<Fire>> firesAfter(List<ChildConnector> replicas, Instant after)
            throws IOException {
        TreeMap<Instant, List<Fire>> out = new TreeMap<>();
        for (int i = 0; i < replicas.size(); i++) {
            Matcher m = FIRED.matcher(Files.readString(replicas.get(i).log()));
            while (m.find()) {
                Instant t = Instant.parse(m.group(1));
                if (t.isAfter(after)) {
                    out.computeIfAbsent(t, k -> new ArrayList<>()).add(new Fire(i,
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> row(JdbcTemplate db, String runId) {
        return db.queryForMap("SELECT type, status, attempts, worker, sr_calls FROM sync_runs WHERE id = ?", runId);
    }

    /** Waits for a line of the process's log and returns the pattern's first group. */
    private static String await(ChildConnector p, Pattern line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.alive()) {
                throw new IllegalStateException("process exited; see " + p.log());
            }
            if (Files.exists(p.log())) {
                Matcher m = line.matcher(Files.readString(p.log()));
                if (m.find()) {
                    return m.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' within " + timeout + "; see " + p.log());
    }
}
