package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.CandidateStatuses;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.log.RecordedRequest;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full sync of the default sandbox account (50 jobs, 500 candidates, ~750 applications) into the real PostgreSQL,
 * checked through the REST API: every endpoint pages through exactly as many records as the sandbox holds, with no
 * duplicate id; sampled field values match the sandbox; a second sync changes no {@code changed_at}.
 */
class FullSyncIT extends IntegrationTestBase {

    @BeforeEach
    void clean() {
        resetSyncedData();
        sandbox.stats().reset();
        sandbox.requestLog().clear();
    }

    @Test
    void fullSyncServesEveryRecordOnceAndASecondSyncChangesNothing() {
        String runId = sync(SyncType.FULL);

        Map<String, Object> run = run(runId);
        assertThat(run.get("status")).as("run %s: %s", runId, run.get("errors")).isEqualTo("SUCCEEDED");
        assertThat(sandbox.stats().tooManyRequests()).as("429s answered by the sandbox").isZero();
        assertOnlyOwnHeadersReachedSmartRecruiters();

        Expected exp = expected(sandbox.account());
        assertCount("/v1/ats/users", exp.users);
        assertCount("/v1/ats/jobs", exp.jobs);
        assertCount("/v1/ats/candidates", exp.candidates);
        assertCount("/v1/ats/applications", exp.applications);
        assertCount("/v1/ats/application-stages", exp.stages);

        Map<String, String> changedAt = changedAtOfAll();
        long calls = ((Number) run.get("sr_calls")).longValue();
        assertThat(calls).isPositive();

        String second = sync(SyncType.FULL);
        assertThat(run(second).get("status")).isEqualTo("SUCCEEDED");
        assertThat(changedAtOfAll()).as("changed_at after an unchanged re-sync").isEqualTo(changedAt);
        JsonNode models = Json.read((String) run(second).get("models"));
        for (String m : List.of("users", "jobs", "candidates", "applications", "application-stages")) {
            assertThat(models.path(m).path("inserted").asLong()).as(m + " inserted").isZero();
            assertThat(models.path(m).path("updated").asLong()).as(m + " updated").isZero();
            assertThat(models.path(m).path("deleted").asLong()).as(m + " deleted").isZero();
        }
    }

    @Test
    void sampledFieldsMatchTheSandbox() {
        sync(SyncType.FULL);
        SandboxAccount account = sandbox.account();
        Candidate c = account.read(() -> account.candidates().values().stream()
                .filter(x -> x.hasApplications() && x.phoneNumber != null && x.location != null && x.email != null)
                .findFirst().orElseThrow());

        JsonNode cand = only(get("/v1/ats/candidates?remote_ids=" + c.id).body());
        assertThat(cand.path("first_name").asText()).isEqualTo(c.firstName);
        assertThat(cand.path("last_name").asText()).isEqualTo(c.lastName);
        assertThat(cand.path("email_addresses").get(0).path("email_address").asText()).isEqualTo(c.email);
        assertThat(cand.path("phone_numbers").get(0).path("phone_number").asText()).isEqualTo(c.phoneNumber);
        assertThat(cand.path("location").path("city").asText()).isEqualTo(c.location.city());
        assertThat(cand.path("applications")).hasSize(c.applications.size());

        for (Application a : c.applications) {
            JsonNode app = only(get("/v1/ats/applications?remote_ids=" + c.id + ":" + a.jobId).body());
            String status = CandidateStatuses.normalize(a.status);
            assertThat(app.path("outcome").isNull() ? null : app.path("outcome").asText())
                    .isEqualTo(CandidateStatuses.outcome(status));
            assertThat(app.path("current_stage").path("remote_id").asText())
                    .isEqualTo(CandidateStatuses.stageRemoteId(status, a.subStatus));
            assertThat(app.path("job").path("remote_id").asText()).isEqualTo(a.jobId);
            assertThat(app.path("candidate").path("remote_id").asText()).isEqualTo(c.id);
            if ("REJECTED".equals(status)) {
                assertThat(app.path("rejection_reason_name").asText()).isEqualTo(a.reasonOfRejection.label());
                assertThat(app.path("rejected_at").isNull()).isFalse();
            }
        }
    }

    /** FC-14: a sync sends SmartRecruiters its auth header, Accept and HTTP plumbing — nothing of Camel's or ours. */
    private void assertOnlyOwnHeadersReachedSmartRecruiters() {
        Set<String> allowed = Set.of("x-smarttoken", "accept", "host", "user-agent", "connection", "accept-encoding");
        List<RecordedRequest> sent = sandbox.requestLog().all();
        assertThat(sent).isNotEmpty();
        for (RecordedRequest r : sent) {
            assertThat(r.headers().keySet()).as(r.method() + " " + r.pathAndQuery())
                    .allSatisfy(h -> assertThat(allowed).contains(h.toLowerCase(java.util.Locale.ROOT)));
            assertThat(r.header("X-SmartToken")).isEqualTo(io.srconnector.sandbox.SandboxSettings.DEFAULT_API_KEY);
        }
    }

    private void assertCount(String path, int expected) {
        List<JsonNode> all = listAll(path, 37);
        Set<String> ids = new HashSet<>();
        all.forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).as(path + " distinct ids").hasSize(all.size());
        assertThat(all).as(path + " records").hasSize(expected);
    }

    private Map<String, String> changedAtOfAll() {
        Map<String, String> m = new HashMap<>();
        for (String t : List.of("ats_users", "ats_jobs", "ats_candidates", "ats_applications", "ats_application_stages")) {
            jdbc.query("SELECT id, changed_at::text FROM " + t + " WHERE integration_id = ?",
                    rs -> {
                        m.put(rs.getString(1), rs.getString(2));
                    }, INTEGRATION);
        }
        return m;
    }

    private static JsonNode only(JsonNode body) {
        JsonNode results = body.path("data").path("results");
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** What the unified model should hold for a sandbox account. */
    record Expected(int users, int jobs, int candidates, int applications, int stages) {
    }

    static Expected expected(SandboxAccount a) {
        return a.read(() -> {
            int jobs = (int) a.jobs().values().stream().filter(j -> !Boolean.TRUE.equals(j.template)).count();
            List<Candidate> listed = a.candidates().values().stream().filter(Candidate::hasApplications).toList();
            int apps = listed.stream().mapToInt(c -> c.applications.size()).sum();
            Map<String, Set<String>> subs = new HashMap<>();
            for (HiringProcess p : a.configuration().hiringProcesses()) {
                for (String s : List.of("IN_REVIEW", "INTERVIEW", "OFFERED")) {
                    subs.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(p.subStatuses().of(s));
                }
            }
            int stages = CandidateStatuses.ORDER.size() + subs.values().stream().mapToInt(Set::size).sum();
            return new Expected(a.users().size(), jobs, listed.size(), apps, stages);
        });
    }
}
