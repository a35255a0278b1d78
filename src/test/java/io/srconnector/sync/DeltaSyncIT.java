package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.mapping.CandidateStatuses;
import io.srconnector.sandbox.data.AccountMutations.Model;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.log.RecordedRequest;
import io.srconnector.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delta syncs against a sandbox of their own: a 1 % change is picked up completely at a small share of a full
 * sync's SmartRecruiters calls; the delta lower bound is inclusive whether SmartRecruiters' filter is strict or not;
 * application changes that do not move the candidate are found by the activity probe; a first sync never sends a
 * change filter (FC-13); cursor paging over a changing result set misses nothing (FC-12).
 */
class DeltaSyncIT extends SyncTestBase {

    @Test
    void onePercentChangedIsPickedUpByADeltaWithAtMostThreePercentOfAFullSyncsCalls() {
        try (Private p = privateSandbox("smartrecruiters:it-delta-1pct")) {
            String full = p.sync(SyncType.FULL);
            assertThat(p.run(full).get("status")).isEqualTo("SUCCEEDED");
            long fullCalls = p.calls(full);

            SandboxAccount account = p.server.account();
            int records = account.read(() -> account.candidates().size() + account.jobs().size()
                    + account.users().size() + account.candidates().values().stream()
                    .mapToInt(c -> c.applications.size()).sum());
            Map<Model, List<String>> touched = new LinkedHashMap<>();
            for (Model m : List.of(Model.CANDIDATES, Model.JOBS, Model.USERS, Model.APPLICATIONS, Model.JOB_ADS)) {
                touched.put(m, p.server.mutations().touch(m, 0.01));
            }
            int changes = touched.values().stream().mapToInt(List::size).sum();

            p.server.stats().reset();
            String delta = p.sync(SyncType.DELTA);
            assertThat(p.run(delta).get("status")).as("%s", p.run(delta)).isEqualTo("SUCCEEDED");
            long deltaCalls = p.calls(delta);
            LOG.info("1 % test: delta calls per SmartRecruiters endpoint: {}", p.server.stats().perRoute());
            LOG.info("1 % test: {} of {} records changed ({}); full sync {} SmartRecruiters calls, delta {} calls = "
                            + "{} % of the full sync", changes, records, counts(touched), fullCalls, deltaCalls,
                    String.format("%.2f", 100.0 * deltaCalls / fullCalls));
            assertThat(deltaCalls).as("delta calls vs 3 %% of %d", fullCalls).isLessThanOrEqualTo(fullCalls * 3 / 100);

            // every change is in the unified tables
            for (String id : touched.get(Model.CANDIDATES)) {
                Candidate c = account.read(() -> account.candidate(id));
                assertThat(jdbc.queryForObject("SELECT phone_numbers->0->>'phone_number' FROM ats_candidates "
                        + "WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, id))
                        .isEqualTo(c.phoneNumber);
            }
            for (String id : touched.get(Model.JOBS)) {
                assertThat(jdbc.queryForObject("SELECT name FROM ats_jobs WHERE integration_id = ? AND remote_id = ?",
                        String.class, p.integration, id)).isEqualTo(account.read(() -> account.job(id).title));
            }
            for (String id : touched.get(Model.USERS)) {
                assertThat(jdbc.queryForObject("SELECT remote_data->'/user-api/v201804/users'->>'externalData' "
                        + "FROM ats_users WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, id))
                        .isEqualTo(account.read(() -> account.user(id).externalData));
            }
            for (String applicationId : touched.get(Model.APPLICATIONS)) {
                Application a = account.read(() -> account.applicationById(applicationId));
                Map<String, Object> row = jdbc.queryForMap("SELECT s.remote_id AS stage, a.remote_updated_at "
                        + "FROM ats_applications a JOIN ats_application_stages s ON s.id = a.current_stage_id "
                        + "WHERE a.integration_id = ? AND a.remote_id = ?", p.integration, a.candidateId + ":" + a.jobId);
                assertThat(row.get("stage")).isEqualTo(CandidateStatuses.stageRemoteId(a.status, a.subStatus));
                long last = a.history.get(a.history.size() - 1).changedOn();
                assertThat(((Timestamp) row.get("remote_updated_at")).toInstant().toEpochMilli()).isEqualTo(last);
            }

            // nothing left for a full sync to find: the delta saw every change
            Set<String> unifiedOnly = new HashSet<>(TableSnapshot.VOLATILE);
            unifiedOnly.add("remote_data");
            TableSnapshot deltaUnified = TableSnapshot.of(jdbc, p.integration, unifiedOnly);
            TableSnapshot deltaAll = p.snapshot();
            String check = p.sync(SyncType.FULL);
            JsonNode models = p.models(check);
            models.fields().forEachRemaining(e -> {
                assertThat(e.getValue().path("inserted").asLong()).as(e.getKey() + " inserted").isZero();
                assertThat(e.getValue().path("updated").asLong()).as(e.getKey() + " updated").isZero();
                assertThat(e.getValue().path("deleted").asLong()).as(e.getKey() + " deleted").isZero();
            });
            TableSnapshot.Comparison unified = deltaUnified.compare(TableSnapshot.of(jdbc, p.integration, unifiedOnly));
            LOG.info(unified.report("after delta", "after a full re-sync"));
            assertThat(unified.identical()).isTrue();
            // remote_data too, except the copies of a renamed job's title inside its candidates' bodies (SmartRecruiters
            // does not move a candidate's updatedOn when a job it applied to is renamed; the next full sync refreshes them)
            TableSnapshot.Comparison all = deltaAll.compare(p.snapshot());
            Set<String> renamedJobCandidates = new HashSet<>(jdbc.queryForList("SELECT DISTINCT candidate_id "
                    + "FROM ats_applications WHERE integration_id = ? AND job_id IN (SELECT id FROM ats_jobs "
                    + "WHERE integration_id = ? AND remote_id = ANY (?))", String.class, p.integration, p.integration,
                    touched.get(Model.JOBS).toArray(new String[0])));
            for (TableSnapshot.TableComparison t : all.tables) {
                assertThat(t.onlyLeft).isEmpty();
                assertThat(t.onlyRight).isEmpty();
                t.differing.forEach((id, cols) -> {
                    assertThat(cols).as(t.table + " " + id).containsExactly("remote_data");
                    assertThat(t.table).isEqualTo("ats_candidates");
                    assertThat(renamedJobCandidates).contains(id);
                });
            }
            LOG.info("remote_data differences after the delta: {} candidate(s), all holding the renamed job's old "
                    + "title", all.tables.stream().mapToInt(t -> t.differing.size()).sum());
        }
    }

    @Test
    void applicationChangesThatDoNotMoveTheCandidateAreFoundByTheActivityProbe() {
        try (Private p = privateSandbox("smartrecruiters:it-delta-probe",
                b -> b.applicationChangesTouchCandidate(false))) {
            String full = p.sync(SyncType.FULL);
            long fullCalls = p.calls(full);
            List<String> touched = p.server.mutations().touch(Model.APPLICATIONS, 0.01);
            SandboxAccount account = p.server.account();

            String plain = p.sync(SyncType.DELTA);
            long missed = touched.stream().filter(id -> !stageMatches(p, account, id)).count();
            long plainCalls = p.calls(plain);

            boolean before = syncSettings.isApplicationActivityProbe();
            syncSettings.setApplicationActivityProbe(true);
            try {
                String probed = p.sync(SyncType.DELTA);
                assertThat(p.run(probed).get("status")).isEqualTo("SUCCEEDED");
                long probedCalls = p.calls(probed);
                LOG.info("Application changes without candidate updatedOn: {} applications changed; a delta without "
                                + "the probe missed {} of them ({} calls); with the probe all found, {} calls "
                                + "({} % of the full sync's {})", touched.size(), missed, plainCalls, probedCalls,
                        String.format("%.2f", 100.0 * probedCalls / fullCalls), fullCalls);
                assertThat(missed).as("changes invisible to updatedAfter on candidates").isEqualTo(touched.size());
                assertThat(touched).allMatch(id -> stageMatches(p, account, id));
                assertThat(probedCalls).isLessThan(fullCalls / 10);
            } finally {
                syncSettings.setApplicationActivityProbe(before);
            }
        }
    }

    private boolean stageMatches(Private p, SandboxAccount account, String applicationId) {
        Application a = account.read(() -> account.applicationById(applicationId));
        String stage = jdbc.queryForObject("SELECT s.remote_id FROM ats_applications a "
                + "JOIN ats_application_stages s ON s.id = a.current_stage_id "
                + "WHERE a.integration_id = ? AND a.remote_id = ?", String.class, p.integration,
                a.candidateId + ":" + a.jobId);
        return CandidateStatuses.stageRemoteId(a.status, a.subStatus).equals(stage);
    }

    /**
     * A record changed exactly at the watermark is read by the next delta (inclusive lower bound), whether the
     * filter is strict (SmartRecruiters' behaviour is undocumented; the sandbox's default) or inclusive.
     */
    @ParameterizedTest(name = "sandbox updatedAfter inclusive = {0}")
    @ValueSource(booleans = {false, true})
    void aChangeExactlyAtTheWatermarkIsRead(boolean inclusive) {
        Duration lookback = syncSettings.getLookback();
        try (Private p = privateSandbox("smartrecruiters:it-delta-bound-" + inclusive,
                b -> small().apply(b).updatedAfterInclusive(inclusive))) {
            p.sync(SyncType.FULL);
            Instant watermark = p.watermark("candidates");
            String id = account(p).read(() -> account(p).candidates().values().stream()
                    .filter(Candidate::hasApplications).findFirst().orElseThrow().id);
            p.server.clock().set(watermark);
            p.server.mutations().touchCandidate(id);
            p.server.clock().release();
            syncSettings.setLookback(Duration.ZERO);
            p.server.requestLog().clear();
            p.sync(SyncType.DELTA);
            RecordedRequest list = p.server.requestLog().all().stream()
                    .filter(r -> "/candidates".equals(r.path())).findFirst().orElseThrow();
            assertThat(list.rawQuery()).contains("updatedAfter=" + Json.timestamp(watermark.minusMillis(1))
                    .replace(":", "%3A"));
            String phone = account(p).read(() -> account(p).candidate(id).phoneNumber);
            assertThat(jdbc.queryForObject("SELECT phone_numbers->0->>'phone_number' FROM ats_candidates "
                    + "WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, id)).isEqualTo(phone);
        } finally {
            syncSettings.setLookback(lookback);
        }
    }

    private static SandboxAccount account(Private p) {
        return p.server.account();
    }

    /**
     * FC-13: a first sync — even one requested as DELTA — and a forced FULL never send a change filter, so candidates
     * without {@code updatedOn} (13, 63, …) are stored; their remote_updated_at falls back to createdOn. Once a model
     * has a watermark, DELTA runs send it.
     */
    @Test
    void firstAndFullSyncsSendNoChangeFilterAndKeepRecordsWithoutTimestamps() {
        try (Private p = privateSandbox("smartrecruiters:it-fc13", b -> b.sizes(
                new io.srconnector.sandbox.generate.GeneratorSizes(6, 6, 120)))) {
            String first = p.sync(SyncType.DELTA);
            assertThat(p.run(first).get("status")).isEqualTo("SUCCEEDED");
            assertThat(listQueries(p)).isNotEmpty().noneMatch(q -> q.contains("updatedAfter")
                    || q.contains("lastActivityAfter"));
            SandboxAccount a = account(p);
            List<Candidate> noTimestamp = a.read(() -> a.candidates().values().stream()
                    .filter(c -> c.hasApplications() && c.updatedOn == null).toList());
            assertThat(noTimestamp).hasSizeGreaterThanOrEqualTo(2);
            for (Candidate c : noTimestamp) {
                Timestamp updated = jdbc.queryForObject("SELECT remote_updated_at FROM ats_candidates "
                        + "WHERE integration_id = ? AND remote_id = ?", Timestamp.class, p.integration, c.id);
                assertThat(updated.toInstant().toEpochMilli()).isEqualTo(c.createdOn);
            }
            p.server.requestLog().clear();
            p.sync(SyncType.FULL);
            assertThat(listQueries(p)).isNotEmpty().noneMatch(q -> q.contains("updatedAfter")
                    || q.contains("lastActivityAfter"));
            p.server.requestLog().clear();
            p.sync(SyncType.DELTA);
            assertThat(listQueries(p)).anyMatch(q -> q.contains("updatedAfter"));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM ats_candidates WHERE integration_id = ? "
                    + "AND remote_deleted_at IS NULL", Integer.class, p.integration))
                    .isEqualTo(a.read(() -> (int) a.candidates().values().stream().filter(Candidate::hasApplications)
                            .count()));
        }
    }

    private static List<String> listQueries(Private p) {
        List<String> out = new ArrayList<>();
        for (RecordedRequest r : p.server.requestLog().all()) {
            if (List.of("/candidates", "/jobs", "/user-api/v201804/users").contains(r.path())) {
                out.add(r.rawQuery() == null ? "" : r.rawQuery());
            }
        }
        return out;
    }

    /**
     * FC-12: records change while a delta pages through {@code GET /candidates?updatedAfter}: cursor paging misses
     * none of the records that matched when the run started, and a record changed after it was read is picked up by
     * the next delta, whose window starts at this run's start minus the look-back (not at the newest updatedOn seen).
     */
    @Test
    void changesWhileADeltaPagesAreNotLost() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-fc12")) {
            p.sync(SyncType.FULL);
            SandboxAccount a = account(p);
            List<String> touched = p.server.mutations().touch(Model.CANDIDATES, 0.4).stream() // ~200: 2+ pages
                    .filter(id -> a.read(() -> a.candidate(id).hasApplications())).toList(); // the listed ones
            var page1 = p.server.holds().holdNext("GET /candidates");
            CompletableFuture<String> delta = CompletableFuture.supplyAsync(() -> p.sync(SyncType.DELTA));
            assertThat(page1.awaitArrival(Duration.ofSeconds(30))).isTrue();
            var page2 = p.server.holds().holdNext("GET /candidates");
            page1.release();
            assertThat(page2.awaitArrival(Duration.ofSeconds(30))).isTrue();
            // between page 1 and page 2: a candidate already read changes again, and one not yet read too
            String early = touched.stream().sorted().findFirst().orElseThrow();
            p.server.mutations().touchCandidate(early);
            page2.release();
            String deltaId = delta.get(60, TimeUnit.SECONDS);
            assertThat(p.run(deltaId).get("status")).isEqualTo("SUCCEEDED");
            for (String id : touched) {
                if (!id.equals(early)) {
                    assertThat(phone(p, id)).as(id).isEqualTo(a.read(() -> a.candidate(id).phoneNumber));
                }
            }
            p.sync(SyncType.DELTA);
            assertThat(phone(p, early)).isEqualTo(a.read(() -> a.candidate(early).phoneNumber));
        }
    }

    private String phone(Private p, String id) {
        return jdbc.queryForObject("SELECT phone_numbers->0->>'phone_number' FROM ats_candidates "
                + "WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, id);
    }

    /**
     * Applications' history (coverage sheet): remote_created_at is the first status change that is not LEAD,
     * remote_updated_at the latest status change, rejected_at when the current REJECTED/WITHDRAWN status was entered —
     * for every application of the account.
     */
    @Test
    void applicationTimestampsComeFromTheStatusHistory() {
        try (Private p = privateSandbox("smartrecruiters:it-app-history", small())) {
            p.sync(SyncType.FULL);
            SandboxAccount a = account(p);
            List<Application> apps = a.read(() -> a.candidates().values().stream()
                    .flatMap(c -> c.applications.stream()).toList());
            int rejected = 0;
            for (Application app : apps) {
                Map<String, Object> row = jdbc.queryForMap("SELECT remote_created_at, remote_updated_at, rejected_at "
                        + "FROM ats_applications WHERE integration_id = ? AND remote_id = ?", p.integration,
                        app.candidateId + ":" + app.jobId);
                List<StatusChange> h = app.history;
                long created = h.stream().filter(s -> !"LEAD".equals(s.status())).mapToLong(StatusChange::changedOn)
                        .min().orElse(h.stream().mapToLong(StatusChange::changedOn).min().orElseThrow());
                long updated = h.stream().mapToLong(StatusChange::changedOn).max().orElseThrow();
                assertThat(millis(row.get("remote_created_at"))).as("created " + app.applicationId).isEqualTo(created);
                assertThat(millis(row.get("remote_updated_at"))).as("updated " + app.applicationId).isEqualTo(updated);
                String status = CandidateStatuses.normalize(app.status);
                if (CandidateStatuses.isRejection(status)) {
                    rejected++;
                    long entered = h.stream().filter(s -> status.equals(CandidateStatuses.normalize(s.status())))
                            .mapToLong(StatusChange::changedOn).max().orElseThrow();
                    assertThat(millis(row.get("rejected_at"))).isEqualTo(entered);
                } else {
                    assertThat(row.get("rejected_at")).isNull();
                }
            }
            assertThat(rejected).isPositive();
        }
    }

    private static Long millis(Object ts) {
        return ts == null ? null : ((Timestamp) ts).toInstant().toEpochMilli();
    }

    private static String counts(Map<Model, List<String>> touched) {
        StringBuilder sb = new StringBuilder();
        touched.forEach((m, ids) -> sb.append(sb.length() == 0 ? "" : ", ").append(ids.size()).append(' ')
                .append(m.name().toLowerCase(java.util.Locale.ROOT)));
        return sb.toString();
    }
}
