package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.http.RequestHolds;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.awaitility.Awaitility;
import org.quartz.JobKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync control over the API — {@code POST /v1/force-sync} as Kombo answers it, the sync history, progress while a
 * sync runs — and the schedules across replicas (FC-17: one run per integration and fire time, no overlapping runs).
 */
class SyncControlIT extends SyncTestBase {
    @Autowired
    CamelContext camel;

    @Test
    void forceSyncAnswersAsKomboAndTheHistoryShowsTheRun() {
        try (Private p = privateSandbox("smartrecruiters:it-force", small())) {
            JsonNode first = p.post("/v1/force-sync", "{\"type\":\"DELTA\"}").body();
            assertThat(first.path("status").asText()).isEqualTo("success");
            String id = first.path("data").path("sync_id").asText();
            assertThat(id).hasSize(24);
            assertThat(first.path("data").path("already_queued").asBoolean()).isFalse();
            assertThat(first.path("data").path("type").asText()).isEqualTo("DELTA");

            JsonNode again = p.post("/v1/force-sync", "{\"type\":\"DELTA\"}").body().path("data");
            assertThat(again.path("already_queued").asBoolean()).isTrue();
            assertThat(again.path("sync_id").asText()).isEqualTo(id);
            JsonNode full = p.post("/v1/force-sync", "{\"type\":\"FULL\"}").body().path("data");
            assertThat(full.path("already_queued").asBoolean()).isTrue();
            assertThat(full.path("sync_id").asText()).isEqualTo(id);
            assertThat(full.path("type").asText()).as("queued DELTA upgraded").isEqualTo("FULL");
            JsonNode noBody = p.post("/v1/force-sync", null).body().path("data");
            assertThat(noBody.path("type").asText()).isEqualTo("FULL");
            assertThat(noBody.path("sync_id").asText()).isEqualTo(id);

            ApiResponse badType = p.post("/v1/force-sync", "{\"type\":\"WEEKLY\"}");
            assertThat(badType.status()).isEqualTo(400);
            assertThat(badType.body().path("error").path("code").asText()).isEqualTo("PLATFORM.INPUT_INVALID");
            assertThat(badType.body().path("error").path("message").asText()).startsWith("type:");
            assertThat(p.post("/v1/force-sync", "not json").status()).isEqualTo(400);
            assertThat(post("/v1/force-sync", "{}", null).body().path("error").path("message").asText())
                    .contains("X-Integration-Id");
            assertThat(post("/v1/force-sync", "{}", "smartrecruiters:nope").status()).isEqualTo(404);

            worker.drain();
            JsonNode history = p.api("/v1/syncs").body().path("data");
            JsonNode run = history.path("results").get(0);
            assertThat(run.path("id").asText()).isEqualTo(id);
            assertThat(run.path("type").asText()).isEqualTo("FULL");
            assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(run.path("trigger").asText()).isEqualTo("API");
            assertThat(run.path("started_at").isNull()).isFalse();
            assertThat(run.path("ended_at").isNull()).isFalse();
            assertThat(run.path("smartrecruiters_calls").asLong()).isEqualTo(p.calls(id)).isPositive();
            List<String> names = new ArrayList<>();
            run.path("models").forEach(m -> names.add(m.path("name").asText()));
            assertThat(names).containsExactlyElementsOf(syncSettings.getModels());
            JsonNode candidates = run.path("models").get(names.indexOf("candidates"));
            assertThat(candidates.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(candidates.path("fetched").asLong()).isPositive();
            assertThat(candidates.path("inserted").asLong()).isEqualTo(candidates.path("fetched").asLong());
            assertThat(run.path("totals").path("inserted").asLong()).isPositive();
            assertThat(run.path("errors")).isEmpty();
            assertThat(p.api("/v1/syncs/" + id).body().path("data")).isEqualTo(run);
            assertThat(p.api("/v1/syncs/nope").status()).isEqualTo(404);
            assertThat(p.api("/v1/syncs?page_size=0").status()).isEqualTo(400);

            // history pages newest first
            p.post("/v1/force-sync", "{\"type\":\"DELTA\"}");
            worker.drain();
            p.post("/v1/force-sync", "{\"type\":\"DELTA\"}");
            worker.drain();
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode d = p.api("/v1/syncs?page_size=1" + (cursor == null ? "" : "&cursor=" + cursor)).body()
                        .path("data");
                d.path("results").forEach(r -> paged.add(r.path("id").asText()));
                cursor = d.path("next").isNull() ? null : d.path("next").asText();
            } while (cursor != null);
            assertThat(paged).hasSize(3).doesNotHaveDuplicates().endsWith(id);
        }
    }

    @Test
    void progressIsVisibleWhileASyncRunsAndAFullRequestedMeanwhileFollows() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-progress", small())) {
            p.sync(SyncType.FULL);
            p.server.mutations().touch(io.srconnector.sandbox.data.AccountMutations.Model.CANDIDATES, 0.2);
            RequestHolds.Hold hold = p.server.holds().holdNext("GET /candidates/{id}");
            String id = p.post("/v1/force-sync", "{\"type\":\"DELTA\"}").body().path("data").path("sync_id").asText();
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> worker.drain());
            assertThat(hold.awaitArrival(Duration.ofSeconds(30))).isTrue();
            JsonNode live = p.api("/v1/syncs/" + id).body().path("data");
            JsonNode requested = p.post("/v1/force-sync", "{\"type\":\"FULL\"}").body().path("data");
            hold.release();
            running.get(60, TimeUnit.SECONDS);

            LOG.info("Progress of run {} while it ran: {}", id, live);
            assertThat(live.path("status").asText()).isEqualTo("RUNNING");
            assertThat(live.path("current_model").asText()).isEqualTo("candidates");
            assertThat(live.path("models").get(1).path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(live.path("smartrecruiters_calls").asLong()).isPositive();
            assertThat(live.path("ended_at").isNull()).isTrue();
            assertThat(requested.path("already_queued").asBoolean()).isTrue();
            assertThat(requested.path("sync_id").asText()).isEqualTo(id);
            assertThat(requested.path("type").asText()).isEqualTo("DELTA");

            JsonNode history = p.api("/v1/syncs").body().path("data").path("results");
            assertThat(history).hasSize(3);
            assertThat(history.get(0).path("type").asText()).isEqualTo("FULL");
            assertThat(history.get(0).path("trigger").asText()).isEqualTo("FOLLOW_UP");
            assertThat(history.get(0).path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(history.get(1).path("id").asText()).isEqualTo(id);
            assertThat(history.get(1).path("follow_up").asText()).isEqualTo("FULL");
        }
    }

    /**
     * FC-17: the same cron trigger fires on two replicas at once — and again late on a third with a skewed clock —
     * and two workers poll together: one run per integration and fire time, executed once. A trigger firing while the
     * previous run still goes queues nothing.
     */
    @Test
    void triggersFiringOnSeveralReplicasYieldOneRunPerFireTime() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-fc17", small())) {
            p.sync(SyncType.FULL);
            Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(3650))
                    .plusSeconds((long) (Math.random() * 1_000_000) * 60);
            Date fire = Date.from(base);
            try {
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Integer>> replicas = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    replicas.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return scheduler.enqueueAll("DELTA", fire);
                    }));
                }
                for (CompletableFuture<Integer> r : replicas) {
                    r.get(30, TimeUnit.SECONDS);
                }
                assertThat(runsFor(p, base)).hasSize(1);
                jdbc.update("DELETE FROM sync_runs WHERE scheduled_for = ? AND integration_id <> ?",
                        Timestamp.from(base), p.integration);

                CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> worker.drain("replica-a"));
                CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> worker.drain("replica-b"));
                assertThat(nodeA.get(60, TimeUnit.SECONDS) + nodeB.get(60, TimeUnit.SECONDS)).isEqualTo(1);
                String runId = runsFor(p, base).get(0);
                assertThat(p.run(runId).get("status")).isEqualTo("SUCCEEDED");
                assertThat(p.run(runId).get("attempts")).isEqualTo(1);

                // a late replica (skewed clock) fires the same trigger after the run ended: nothing new
                scheduler.enqueueAll("DELTA", fire);
                assertThat(runsFor(p, base)).containsExactly(runId);
                jdbc.update("DELETE FROM sync_runs WHERE scheduled_for = ? AND integration_id <> ?",
                        Timestamp.from(base), p.integration);

                // the next fire time comes while a run is still going: skipped, not run in parallel
                Instant next = base.plusSeconds(300);
                RequestHolds.Hold hold = p.server.holds().holdNext("GET /jobs");
                String longRun = scheduler.enqueue(p.integration, SyncType.DELTA, "TEST").runId();
                CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> worker.drain("replica-a"));
                assertThat(hold.awaitArrival(Duration.ofSeconds(30))).isTrue();
                scheduler.enqueueAll("DELTA", Date.from(next));
                jdbc.update("DELETE FROM sync_runs WHERE scheduled_for = ? AND integration_id <> ?",
                        Timestamp.from(next), p.integration);
                hold.release();
                running.get(60, TimeUnit.SECONDS);
                assertThat(runsFor(p, next)).isEmpty();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE integration_id = ? "
                        + "AND status IN ('QUEUED', 'RUNNING')", Integer.class, p.integration)).isZero();
                assertThat(p.run(longRun).get("status")).isEqualTo("SUCCEEDED");
                LOG.info("FC-17: two replicas firing {} queued 1 run ({}), two workers executed it once; a late "
                        + "fire and a fire during a running sync queued nothing", base, runId);
            } finally {
                jdbc.update("DELETE FROM sync_runs WHERE scheduled_for >= ? AND integration_id <> ? "
                        + "AND status = 'QUEUED'", Timestamp.from(base), p.integration);
            }
        }
    }

    /**
     * The schedule routes themselves: firing the Quartz job of {@code schedule-delta-sync} queues a SCHEDULE run with
     * the trigger's fire time ({@code scheduledFireTime} bound by the route); firing it again while that run waits
     * queues nothing more.
     */
    @Test
    void theQuartzScheduleQueuesOneRunWithItsFireTime() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-quartz", small())) {
            Instant before = Instant.now().minusSeconds(1);
            org.quartz.Scheduler quartz = camel.getComponent("quartz", QuartzComponent.class).getScheduler();
            NotifyBuilder twice = new NotifyBuilder(camel).fromRoute("schedule-delta-sync").whenDone(2).create();
            try {
                quartz.triggerJob(JobKey.jobKey("delta", "sync"));
                Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> scheduled(p).size() == 1);
                quartz.triggerJob(JobKey.jobKey("delta", "sync"));
                assertThat(twice.matches(30, TimeUnit.SECONDS)).isTrue();
                List<Map<String, Object>> runs = scheduled(p);
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).get("type")).isEqualTo("DELTA");
                assertThat(((Timestamp) runs.get(0).get("scheduled_for")).toInstant()).isAfter(before);
            } finally {
                jdbc.update("DELETE FROM sync_runs WHERE trigger = 'SCHEDULE' AND status = 'QUEUED' "
                        + "AND scheduled_for >= ?", Timestamp.from(before));
            }
        }
    }

    private List<Map<String, Object>> scheduled(Private p) {
        return jdbc.queryForList("SELECT type, scheduled_for FROM sync_runs WHERE integration_id = ? "
                + "AND trigger = 'SCHEDULE'", p.integration);
    }

    private List<String> runsFor(Private p, Instant fire) {
        return jdbc.queryForList("SELECT id FROM sync_runs WHERE integration_id = ? AND scheduled_for = ?",
                String.class, p.integration, Timestamp.from(fire));
    }
}
