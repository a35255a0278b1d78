package io.srconnector.sync;

import io.srconnector.integration.TrackedApplications;
import io.srconnector.json.Json;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.log.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sync only created applications" (coverage sheet, Features): with the integration setting
 * {@code sync_only_created_applications} on, syncs read only the applications created through this connector
 * ({@code tracked_applications}), their candidates and their jobs — by id, without listing candidates or jobs — while
 * users and stages are read as usual. Turning it off brings everything back.
 */
class TrackedOnlyIT extends SyncTestBase {
    @Autowired
    TrackedApplications tracked;

    @Test
    void onlyTrackedApplicationsTheirCandidatesAndJobsAreSynced() {
        try (Private p = privateSandbox("smartrecruiters:it-tracked", small())) {
            SandboxAccount a = p.server.account();
            Candidate c1 = a.read(() -> a.candidates().values().stream().filter(c -> c.applications.size() >= 2)
                    .findFirst().orElseThrow());
            Candidate c2 = a.read(() -> a.candidates().values().stream()
                    .filter(c -> c.hasApplications() && !c.id.equals(c1.id)).findFirst().orElseThrow());
            Application a1 = c1.applications.get(0);
            Application a2 = c2.applications.get(0);
            tracked.track(p.integration, c1.id, a1.jobId);
            tracked.track(p.integration, c2.id, a2.jobId);
            integrations.saveSettings(p.integration, Json.mapper().createObjectNode()
                    .put("sync_only_created_applications", true));

            p.server.requestLog().clear();
            assertThat(p.run(p.sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            assertTrackedOnly(p, c1, c2, a1, a2);
            List<String> lists = p.server.requestLog().all().stream()
                    .filter(r -> r.path().equals("/candidates") || r.path().equals("/jobs"))
                    .map(RecordedRequest::pathAndQuery).toList();
            assertThat(lists).as("no candidate or job list is read").isEmpty();

            p.server.mutations().touchCandidate(c1.id);
            assertThat(p.run(p.sync(SyncType.DELTA)).get("status")).isEqualTo("SUCCEEDED");
            assertTrackedOnly(p, c1, c2, a1, a2);
            assertThat(jdbc.queryForObject("SELECT phone_numbers->0->>'phone_number' FROM ats_candidates "
                    + "WHERE integration_id = ? AND remote_id = ?", String.class, p.integration, c1.id))
                    .isEqualTo(a.read(() -> a.candidate(c1.id).phoneNumber));

            integrations.saveSettings(p.integration, Json.mapper().createObjectNode());
            assertThat(p.run(p.sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            int listed = a.read(() -> (int) a.candidates().values().stream().filter(Candidate::hasApplications)
                    .count());
            assertThat(live(p, "ats_candidates")).hasSize(listed);
        }
    }

    private void assertTrackedOnly(Private p, Candidate c1, Candidate c2, Application a1, Application a2) {
        assertThat(live(p, "ats_applications")).containsExactlyInAnyOrder(c1.id + ":" + a1.jobId,
                c2.id + ":" + a2.jobId);
        assertThat(live(p, "ats_candidates")).containsExactlyInAnyOrder(c1.id, c2.id);
        assertThat(live(p, "ats_jobs")).isEqualTo(new HashSet<>(List.of(a1.jobId, a2.jobId)));
        assertThat(live(p, "ats_users")).hasSize(p.server.account().read(() -> p.server.account().users().size()));
        assertThat(live(p, "ats_application_stages")).isNotEmpty();
    }

    private Set<String> live(Private p, String table) {
        return new HashSet<>(jdbc.queryForList("SELECT remote_id FROM " + table
                + " WHERE integration_id = ? AND remote_deleted_at IS NULL", String.class, p.integration));
    }
}
