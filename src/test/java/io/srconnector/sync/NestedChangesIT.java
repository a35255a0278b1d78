package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.SandboxAccount;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code changed_at} and {@code updated_after} as Kombo documents them (unified-api.md §1.5): {@code changed_at} moves
 * only when the record's own fields change; {@code updated_after} also returns records whose nested data changed, per
 * Kombo's table — an application when its candidate changes, a candidate when one of its applications changes or is
 * removed — and not for paths Kombo excludes (an application when its job changes).
 */
class NestedChangesIT extends SyncTestBase {

    @Test
    void updatedAfterFollowsKombosNestedChangeTable() {
        try (Private p = privateSandbox("smartrecruiters:it-nested", small())) {
            p.sync(SyncType.FULL);
            SandboxAccount a = p.server.account();

            // the candidate changes → its applications match (applications → candidate: linked)
            Candidate c = a.read(() -> a.candidates().values().stream().filter(x -> x.applications.size() >= 2)
                    .findFirst().orElseThrow());
            Instant t1 = Instant.now();
            p.server.mutations().touchCandidate(c.id);
            p.sync(SyncType.DELTA);
            Set<String> apps = remoteIds(p.api("/v1/ats/applications?page_size=250&updated_after=" + ts(t1)).body());
            Set<String> expected = new HashSet<>();
            c.applications.forEach(x -> expected.add(c.id + ":" + x.jobId));
            assertThat(apps).isEqualTo(expected);
            for (String id : expected) {
                assertThat(changedAt(p, "ats_applications", id)).as("own changed_at of " + id).isBefore(t1);
            }
            assertThat(remoteIds(p.api("/v1/ats/candidates?page_size=250&updated_after=" + ts(t1)).body()))
                    .containsExactly(c.id);

            // an application changes → its candidate matches (candidates → applications: linked), own changed_at stays
            // (the candidate's updatedOn does not move here; the activity probe finds the application)
            Candidate d = a.read(() -> a.candidates().values().stream().filter(x -> !x.id.equals(c.id)
                    && x.applications.stream().anyMatch(y -> "NEW".equals(y.status))).findFirst().orElseThrow());
            Application moved = d.applications.stream().filter(y -> "NEW".equals(y.status)).findFirst().orElseThrow();
            Instant t2 = Instant.now();
            a.write(() -> {
                moved.status = "IN_REVIEW";
                moved.subStatus = null;
                moved.history = new java.util.ArrayList<>(moved.history);
                moved.history.add(new io.srconnector.sandbox.data.StatusChange(a.clock().millis(), "IN_REVIEW", null));
                a.job(moved.jobId).lastActivityOn = a.clock().millis();
            });
            boolean probe = syncSettings.isApplicationActivityProbe();
            syncSettings.setApplicationActivityProbe(true);
            try {
                p.sync(SyncType.DELTA);
            } finally {
                syncSettings.setApplicationActivityProbe(probe);
            }
            assertThat(remoteIds(p.api("/v1/ats/candidates?page_size=250&updated_after=" + ts(t2)).body()))
                    .containsExactly(d.id);
            assertThat(changedAt(p, "ats_candidates", d.id)).isBefore(t2);
            assertThat(remoteIds(p.api("/v1/ats/applications?page_size=250&updated_after=" + ts(t2)).body()))
                    .containsExactly(d.id + ":" + moved.jobId);

            // a job changes → its applications do not match (applications → job: not counted)
            String jobId = moved.jobId;
            Instant t3 = Instant.now();
            a.write(() -> {
                a.job(jobId).title = a.job(jobId).title + " (renamed)";
                a.job(jobId).updatedOn = a.clock().millis();
                a.job(jobId).lastActivityOn = a.clock().millis();
            });
            p.sync(SyncType.DELTA);
            assertThat(remoteIds(p.api("/v1/ats/jobs?page_size=250&updated_after=" + ts(t3)).body()))
                    .containsExactly(jobId);
            assertThat(remoteIds(p.api("/v1/ats/applications?page_size=250&updated_after=" + ts(t3)).body()))
                    .isEmpty();

            // an application is removed → its candidate matches (candidates → applications: added/removed); the
            // candidate's updatedOn stays, so the removal is found by the next full sync
            Application gone = c.applications.get(1);
            a.applicationChangesTouchCandidate(false);
            Instant t4 = Instant.now();
            p.server.mutations().deleteApplication(c.id, gone.jobId);
            p.sync(SyncType.FULL);
            assertThat(remoteIds(p.api("/v1/ats/candidates?page_size=250&updated_after=" + ts(t4)).body()))
                    .contains(c.id);
            assertThat(changedAt(p, "ats_candidates", c.id)).isBefore(t4);
            assertThat(jdbc.queryForObject("SELECT remote_deleted_at IS NOT NULL FROM ats_applications "
                    + "WHERE integration_id = ? AND remote_id = ?", Boolean.class, p.integration,
                    c.id + ":" + gone.jobId)).isTrue();
        }
    }

    private Instant changedAt(Private p, String table, String remoteId) {
        return jdbc.queryForObject("SELECT changed_at FROM " + table + " WHERE integration_id = ? AND remote_id = ?",
                Timestamp.class, p.integration, remoteId).toInstant();
    }

    private static String ts(Instant t) {
        return Json.timestamp(t);
    }

    private static Set<String> remoteIds(JsonNode body) {
        assertThat(body.path("status").asText()).as("%s", body).isEqualTo("success");
        Set<String> out = new HashSet<>();
        body.path("data").path("results").forEach(r -> out.add(r.path("remote_id").asText()));
        return out;
    }
}
