package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.fault.FaultRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deletion detection: records deleted in SmartRecruiters are marked {@code remote_deleted_at} by the next complete,
 * successful full sync — exactly those, per model and integration — and come back when they reappear; a full sync that
 * fails midway marks none (FC-11); a delta marks nothing it did not read completely. {@code include_deleted} shows
 * them as Kombo documents.
 */
class DeletionIT extends SyncTestBase {
    private static final List<String> TABLES = List.of("ats_users", "ats_jobs", "ats_candidates", "ats_applications",
            "ats_application_stages");

    @Test
    void theNextFullSyncMarksExactlyTheDeletedRecordsAndAReappearingOneComesBack() {
        try (Private p = privateSandbox("smartrecruiters:it-deletions", small())) {
            assertThat(p.run(p.sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            Map<String, Set<String>> before = live(p);
            SandboxAccount a = p.server.account();
            // two candidates, a job (its applications go with it), a user, one application of a third candidate
            List<Candidate> listed = a.read(() -> a.candidates().values().stream().filter(Candidate::hasApplications)
                    .toList());
            Job job = a.read(() -> a.jobs().values().stream().filter(j -> !Boolean.TRUE.equals(j.template))
                    .reduce((x, y) -> y).orElseThrow());
            Candidate c1 = listed.get(0);
            Candidate c2 = listed.get(1);
            Candidate c3 = listed.stream().filter(c -> c.applications.size() >= 2
                    && c.applications.stream().noneMatch(x -> x.jobId.equals(job.id))).findFirst().orElseThrow();
            Application gone = c3.applications.get(1);
            User user = a.read(() -> a.users().values().stream().reduce((x, y) -> y).orElseThrow());
            p.server.mutations().deleteCandidate(c1.id);
            p.server.mutations().deleteCandidate(c2.id);
            p.server.mutations().deleteJob(job.id);
            p.server.mutations().deleteUser(user.id);
            p.server.mutations().deleteApplication(c3.id, gone.jobId);
            Map<String, Set<String>> expected = minus(before, exposed(a));
            LOG.info("Deleted in the sandbox: {}", sizes(expected));
            assertThat(expected.get("ats_users")).containsExactly(user.id);
            assertThat(expected.get("ats_jobs")).containsExactly(job.id);
            assertThat(expected.get("ats_candidates")).contains(c1.id, c2.id);
            assertThat(expected.get("ats_applications")).contains(c3.id + ":" + gone.jobId);

            String full = p.sync(SyncType.FULL);
            assertThat(p.run(full).get("status")).isEqualTo("SUCCEEDED");
            for (String t : TABLES) {
                assertThat(p.deletedRemoteIds(t)).as(t).isEqualTo(expected.get(t));
            }
            JsonNode models = p.models(full);
            assertThat(models.path("users").path("deleted").asLong()).isEqualTo(1);
            assertThat(models.path("jobs").path("deleted").asLong()).isEqualTo(1);

            // include_deleted (Kombo: the string "true"); hidden by default
            assertThat(ids(p.api("/v1/ats/users?page_size=250").body())).doesNotContain(user.id);
            JsonNode all = p.api("/v1/ats/users?page_size=250&include_deleted=true").body();
            JsonNode deleted = rowOf(all, user.id);
            assertThat(deleted.path("remote_deleted_at").isNull()).isFalse();
            assertThat(ids(p.api("/v1/ats/jobs?page_size=250&include_deleted=true").body())).contains(job.id);
            assertThat(p.api("/v1/ats/users?include_deleted=yes").status()).isEqualTo(400);

            // the user comes back: undeleted by the next sync
            p.server.mutations().addUser(user);
            p.sync(SyncType.FULL);
            assertThat(p.deletedRemoteIds("ats_users")).isEmpty();
            assertThat(ids(p.api("/v1/ats/users?page_size=250").body())).contains(user.id);
        }
    }

    @Test
    void aDeltaMarksOnlyWhatItReadCompletely() {
        try (Private p = privateSandbox("smartrecruiters:it-deletions-delta", small())) {
            p.sync(SyncType.FULL);
            SandboxAccount a = p.server.account();
            Candidate c3 = a.read(() -> a.candidates().values().stream().filter(c -> c.applications.size() >= 2)
                    .findFirst().orElseThrow());
            Application gone = c3.applications.get(1);
            User user = a.read(() -> a.users().values().stream().reduce((x, y) -> y).orElseThrow());
            Candidate other = a.read(() -> a.candidates().values().stream()
                    .filter(c -> c.hasApplications() && !c.id.equals(c3.id)).findFirst().orElseThrow());
            p.server.mutations().deleteUser(user.id);
            p.server.mutations().deleteCandidate(other.id);
            p.server.mutations().deleteApplication(c3.id, gone.jobId); // moves c3's updatedOn: c3 is re-read whole

            assertThat(p.run(p.sync(SyncType.DELTA)).get("status")).isEqualTo("SUCCEEDED");
            assertThat(p.deletedRemoteIds("ats_users")).isEmpty();
            assertThat(p.deletedRemoteIds("ats_candidates")).isEmpty();
            assertThat(p.deletedRemoteIds("ats_applications")).containsExactly(c3.id + ":" + gone.jobId);
        }
    }

    /** FC-11: the candidates list fails from its third page on; nothing is marked deleted, in any table. */
    @Test
    void aFullSyncFailingMidwayMarksNothingDeleted() {
        try (Private p = privateSandbox("smartrecruiters:it-fc11")) {
            assertThat(p.run(p.sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            Instant candidatesWatermark = p.watermark("candidates");
            SandboxAccount a = p.server.account();
            List<String> deletedIds = a.read(() -> a.candidates().values().stream().filter(Candidate::hasApplications)
                    .map(c -> c.id).toList());
            List<String> three = List.of(deletedIds.get(10), deletedIds.get(250), deletedIds.get(450));
            three.forEach(id -> p.server.mutations().deleteCandidate(id));
            Map<String, Set<String>> expected = minus(live(p), exposed(a));

            p.faults.addRule(new FaultRule("GET /candidates", 2, 500, -1));
            String failed = p.sync(SyncType.FULL);
            Map<String, Object> run = p.run(failed);
            JsonNode models = p.models(failed);
            LOG.info("FC-11 run {}: {} — candidates {} ({}), applications {}", failed, run.get("status"),
                    models.path("candidates").path("status").asText(), models.path("candidates").path("error_code")
                            .asText(), models.path("applications").path("status").asText());
            assertThat(run.get("status")).isEqualTo("PARTIAL");
            assertThat(models.path("candidates").path("status").asText()).isEqualTo("FAILED");
            assertThat(models.path("candidates").path("error_code").asText()).isEqualTo("REMOTE_UNAVAILABLE");
            assertThat(models.path("candidates").path("pages").asLong()).isEqualTo(2);
            assertThat(models.path("applications").path("status").asText()).isEqualTo("SKIPPED");
            for (String t : TABLES) {
                assertThat(p.deletedRemoteIds(t)).as(t).isEmpty();
            }
            assertThat(p.watermark("candidates")).isEqualTo(candidatesWatermark);
            assertThat(p.watermark("users")).isAfter(candidatesWatermark);

            p.faults.clear();
            assertThat(p.run(p.sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            for (String t : TABLES) {
                assertThat(p.deletedRemoteIds(t)).as(t).isEqualTo(expected.get(t));
            }
            assertThat(p.deletedRemoteIds("ats_candidates")).containsExactlyInAnyOrderElementsOf(three);
        }
    }

    /** Remote ids of the live rows per table. */
    private Map<String, Set<String>> live(Private p) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String t : TABLES) {
            out.put(t, new HashSet<>(jdbc.queryForList("SELECT remote_id FROM " + t
                    + " WHERE integration_id = ? AND remote_deleted_at IS NULL", String.class, p.integration)));
        }
        return out;
    }

    /** Remote ids SmartRecruiters (the sandbox) exposes now, per table (stages are left as they are). */
    private static Map<String, Set<String>> exposed(SandboxAccount a) {
        return a.read(() -> {
            Map<String, Set<String>> out = new HashMap<>();
            out.put("ats_users", new HashSet<>(a.users().keySet()));
            Set<String> jobs = new HashSet<>();
            a.jobs().values().stream().filter(j -> !Boolean.TRUE.equals(j.template)).forEach(j -> jobs.add(j.id));
            out.put("ats_jobs", jobs);
            Set<String> candidates = new HashSet<>();
            Set<String> apps = new HashSet<>();
            a.candidates().values().stream().filter(Candidate::hasApplications).forEach(c -> {
                candidates.add(c.id);
                c.applications.forEach(x -> apps.add(c.id + ":" + x.jobId));
            });
            out.put("ats_candidates", candidates);
            out.put("ats_applications", apps);
            return out;
        });
    }

    private static Map<String, Set<String>> minus(Map<String, Set<String>> before, Map<String, Set<String>> now) {
        Map<String, Set<String>> out = new TreeMap<>();
        before.forEach((t, ids) -> {
            Set<String> s = new HashSet<>(ids);
            if (now.containsKey(t)) {
                s.removeAll(now.get(t));
            } else {
                s.clear();
            }
            out.put(t, s);
        });
        return out;
    }

    private static Map<String, Integer> sizes(Map<String, Set<String>> m) {
        Map<String, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private static Set<String> ids(JsonNode body) {
        Set<String> out = new HashSet<>();
        body.path("data").path("results").forEach(r -> out.add(r.path("remote_id").asText()));
        return out;
    }

    private static JsonNode rowOf(JsonNode body, String remoteId) {
        for (JsonNode r : body.path("data").path("results")) {
            if (remoteId.equals(r.path("remote_id").asText())) {
                return r;
            }
        }
        throw new AssertionError(remoteId + " not listed");
    }
}
