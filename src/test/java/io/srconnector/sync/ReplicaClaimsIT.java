package io.srconnector.sync;

import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.mapping.MappingContext;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue as the replicas' guard (docs/syncs.md "Schedules and replicas"): claims by concurrent workers are atomic
 * (each queued run goes to exactly one worker, one run at a time per worker, so runs of many integrations spread over
 * the workers), and a worker whose run was taken over after it went silent for stale-after can no longer write it.
 */
class ReplicaClaimsIT extends IntegrationTestBase {
    @Autowired
    private IntegrationRepository integrations;

    @Test
    void concurrentWorkersClaimEachQueuedRunExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add("smartrecruiters:it-claims-" + i);
        }
        worker.drain(); // runs other tests left queued would otherwise be claimed here
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            ids.forEach(this::saveIntegration);
            ids.forEach(id -> scheduler.enqueue(id, SyncType.DELTA, "TEST"));
            Map<String, String> claimedBy = new ConcurrentHashMap<>();
            Map<String, Integer> perWorker = new ConcurrentHashMap<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String worker = "replica-" + w;
                workers.add(pool.submit(() -> {
                    start.await();
                    SyncRunRepository.Claimed c;
                    // one run at a time, as SyncWorker.drain does; the run "takes" a few ms
                    while ((c = runs.claim(worker, Duration.ofMinutes(5))) != null) {
                        if (!c.integrationId().startsWith("smartrecruiters:it-claims-")) {
                            throw new IllegalStateException("claimed a foreign run " + c.runId());
                        }
                        String before = claimedBy.putIfAbsent(c.runId(), worker);
                        assertThat(before).as("run %s claimed twice", c.runId()).isNull();
                        perWorker.merge(worker, 1, Integer::sum);
                        Thread.sleep(20);
                        jdbc.update("UPDATE sync_runs SET status = 'SUCCEEDED', ended_at = now() WHERE id = ?",
                                c.runId());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : workers) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(claimedBy).hasSize(ids.size());
            assertThat(perWorker.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ids.size());
            assertThat(perWorker.size()).as("runs spread over the workers: %s", perWorker).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE integration_id LIKE "
                    + "'smartrecruiters:it-claims-%' AND attempts = 1 AND status = 'SUCCEEDED'", Integer.class))
                    .isEqualTo(ids.size());
        } finally {
            pool.shutdownNow();
            ids.forEach(integrations::delete);
        }
    }

    @Test
    void aWorkerWhoseRunWasTakenOverStopsWritingIt() {
        String id = "smartrecruiters:it-fence";
        saveIntegration(id);
        worker.drain(); // runs other tests left queued would otherwise be claimed here
        try {
            String runId = scheduler.enqueue(id, SyncType.FULL, "TEST").runId();
            SyncRunRepository.Claimed first = runs.claim("replica-a", Duration.ofMinutes(5));
            assertThat(first.runId()).isEqualTo(runId);
            SyncRun onA = new SyncRun(runId, id, SyncType.FULL, first.startedAt(), new MappingContext(id, Map.of()));
            onA.claimed(first.attempts());
            runs.heartbeat(onA);
            assertThat(onA.lost()).isFalse();

            // replica-a stalls past stale-after: replica-b takes the run over
            jdbc.update("UPDATE sync_runs SET heartbeat_at = now() - interval '1 hour' WHERE id = ?", runId);
            SyncRunRepository.Claimed second = runs.claim("replica-b", Duration.ofSeconds(5));
            assertThat(second.runId()).isEqualTo(runId);
            assertThat(second.attempts()).isEqualTo(2);

            onA.srCalls().set(999);
            runs.heartbeat(onA);
            assertThat(onA.lost()).isTrue();
            assertThat(runs.finish(onA, "SUCCEEDED", List.of())).isNull();
            Map<String, Object> row = jdbc.queryForMap("SELECT status, worker, sr_calls FROM sync_runs WHERE id = ?",
                    runId);
            assertThat(row).containsEntry("status", "RUNNING").containsEntry("worker", "replica-b");
            assertThat(((Number) row.get("sr_calls")).longValue()).isZero();

            SyncRun onB = new SyncRun(runId, id, SyncType.FULL, second.startedAt(), new MappingContext(id, Map.of()));
            onB.claimed(second.attempts());
            onB.srCalls().set(7);
            runs.finish(onB, "SUCCEEDED", List.of());
            assertThat(onB.lost()).isFalse();
            assertThat(jdbc.queryForMap("SELECT status, sr_calls FROM sync_runs WHERE id = ?", runId))
                    .containsEntry("status", "SUCCEEDED").containsEntry("sr_calls", 7L);
        } finally {
            integrations.delete(id);
        }
    }

    private void saveIntegration(String id) {
        integrations.delete(id);
        integrations.save(id, "default", "Claims " + id, null, null, "http://127.0.0.1:9", "API_KEY",
                Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", "unused"));
    }
}
