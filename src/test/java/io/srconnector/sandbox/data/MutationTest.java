package io.srconnector.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.AccountMutations.Model;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The mutation API (Java and {@code /_sandbox/} endpoints) as used by delta-sync tests. */
class MutationTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(120)
                .clock(SandboxClock.fixed(NOW)).build()).start();
        client = new SandboxClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Set<String> listed(String query) {
        Set<String> ids = new HashSet<>();
        client.cursorPages("/candidates?limit=100" + query, "pageId", 50).forEach(p -> p.get("content").forEach(c -> ids.add(c.get("id").asText())));
        return ids;
    }

    @Test
    void touchedCandidatesAreExactlyTheDelta() {
        List<String> touched = server.mutations().touch(Model.CANDIDATES, 0.1);
        assertThat(touched).hasSize(12).doesNotHaveDuplicates();
        Set<String> listable = new HashSet<>(touched);
        server.account().read(() -> listable.removeIf(id -> !server.account().candidate(id).hasApplications()));
        assertThat(listed("&updatedAfter=" + Dates.format(NOW.minusMillis(1)))).isEqualTo(listable);
        JsonNode one = client.getJson("/candidates/" + touched.get(0));
        assertThat(one.get("updatedOn").asText()).isEqualTo("2025-06-01T10:00:00.000Z");
        assertThat(one.get("phoneNumber").asText()).startsWith("+1 206 555 ");
    }

    @Test
    void touchIsDeterministicForTheSameSequenceOfMutations() {
        SandboxServer other = new SandboxServer(SandboxSettings.builder().candidates(120).clock(SandboxClock.fixed(NOW)).build());
        assertThat(other.mutations().touch(Model.JOBS, 0.2)).isEqualTo(server.mutations().touch(Model.JOBS, 0.2));
        assertThat(other.mutations().touch(Model.USERS, 0.5)).isEqualTo(server.mutations().touch(Model.USERS, 0.5));
    }

    @Test
    void touchedApplicationsMoveAlongWithHistoryAndCandidate() {
        List<String> apps = server.mutations().touch(Model.APPLICATIONS, 0.05);
        assertThat(apps).isNotEmpty();
        for (String appId : apps) {
            Application a = server.account().read(() -> server.account().applicationById(appId));
            JsonNode history = client.getJson("/candidates/" + a.candidateId + "/jobs/" + a.jobId + "/status/history");
            JsonNode last = history.get("content").get(history.get("totalFound").asInt() - 1);
            assertThat(last.get("changedOn").asText()).isEqualTo("2025-06-01T10:00:00.000Z");
            assertThat(last.get("status").asText()).isEqualTo(a.status);
            assertThat(client.getJson("/candidates/" + a.candidateId).get("updatedOn").asText()).isEqualTo("2025-06-01T10:00:00.000Z");
            assertThat(client.getJson("/jobs/" + a.jobId).get("lastActivityOn").asText()).isEqualTo("2025-06-01T10:00:00.000Z");
        }
    }

    @Test
    void applicationChangesCanLeaveTheCandidateUntouched() {
        server.account().applicationChangesTouchCandidate(false);
        String appId = server.mutations().touch(Model.APPLICATIONS, 0.01).get(0);
        Application a = server.account().read(() -> server.account().applicationById(appId));
        assertThat(client.getJson("/candidates/" + a.candidateId).path("updatedOn").asText()).isNotEqualTo("2025-06-01T10:00:00.000Z");
    }

    @Test
    void deletesCascadeLikeSr() {
        Candidate c = server.account().read(() -> server.account().candidates().values().stream()
                .filter(x -> x.applications.size() > 1).findFirst().orElseThrow());
        String primaryJob = c.applications.get(0).jobId;
        String secondaryJob = c.applications.get(1).jobId;
        String appId = c.applications.get(0).applicationId;

        assertThat(server.mutations().deleteApplication(c.id, primaryJob)).isTrue();
        assertThat(client.get("/candidates/" + c.id + "/jobs/" + primaryJob).status()).isEqualTo(404);
        assertThat(client.getJson("/candidates/" + c.id).at("/primaryAssignment/job/id").asText()).isEqualTo(secondaryJob);
        assertThat(client.get("/job-applications-api/v202112/job-applications/" + appId).status()).isEqualTo(404);

        assertThat(server.mutations().deleteJob(secondaryJob)).isTrue();
        assertThat(client.get("/jobs/" + secondaryJob).status()).isEqualTo(404);
        assertThat(listed("")).as("now a talent-pool candidate").doesNotContain(c.id);
        JsonNode postings = client.getJson("/v1/companies/AcmeSandbox/postings?destination=INTERNAL_OR_PUBLIC");
        postings.get("content").forEach(p -> assertThat(client.getJson("/v1/companies/AcmeSandbox/postings/" + p.get("id").asText())
                .get("jobId").asText()).isNotEqualTo(secondaryJob));

        assertThat(server.mutations().deleteCandidate(c.id)).isTrue();
        assertThat(client.get("/candidates/" + c.id).status()).isEqualTo(404);
        assertThat(server.mutations().deleteCandidate(c.id)).isFalse();
    }

    @Test
    void deletingAJobAdRemovesOnlyItsPosting() {
        Posting p = server.account().read(() -> server.account().postings().values().stream()
                .filter(x -> server.account().postings().values().stream().filter(y -> y.jobId().equals(x.jobId())).count() > 1)
                .findFirst().orElseThrow());
        int before = client.getJson("/jobs/" + p.jobId() + "/jobads").size();
        assertThat(server.mutations().deleteJobAd(p.jobId(), p.jobAdId())).isTrue();
        assertThat(client.get("/v1/companies/AcmeSandbox/postings/" + p.id()).status()).isEqualTo(404);
        assertThat(client.getJson("/jobs/" + p.jobId() + "/jobads")).hasSize(before - 1);
        assertThat(client.get("/jobs/" + p.jobId()).status()).as("the job stays (FC-02)").isEqualTo(200);
        JsonNode ads = client.getJson("/jobs/" + p.jobId() + "/jobads");
        int defaults = 0;
        for (JsonNode ad : ads) {
            defaults += ad.get("default").asBoolean() ? 1 : 0;
        }
        assertThat(defaults).isEqualTo(1);
    }

    @Test
    void addedRecordsAreNewAndListed() {
        List<String> ids = server.mutations().addGenerated(Model.CANDIDATES, 3);
        assertThat(listed("&updatedAfter=" + Dates.format(NOW.minusSeconds(1)))).containsExactlyInAnyOrderElementsOf(ids);
        JsonNode c = client.getJson("/candidates/" + ids.get(0));
        assertThat(Instant.parse(c.get("createdOn").asText())).isBetween(NOW.minus(Duration.ofDays(3)), NOW);
        List<String> jobs = server.mutations().addGenerated(Model.JOBS, 1);
        assertThat(client.getJson("/jobs?updatedAfter=" + Dates.format(NOW.minusSeconds(1))).at("/content/0/id").asText()).isEqualTo(jobs.get(0));
        List<String> users = server.mutations().addGenerated(Model.USERS, 2);
        assertThat(client.getJson("/user-api/v201804/users?limit=100&updatedAfter=" + Dates.format(NOW.minusSeconds(1))).get("content"))
                .hasSize(2).allSatisfy(u -> assertThat(users).contains(u.get("id").asText()));
    }

    @Test
    void adminEndpointsExposeTheMutations() {
        SandboxClient admin = client.withKey(null);
        JsonNode touched = admin.send("POST", "/_sandbox/touch?model=jobs&fraction=0.1", null).json();
        assertThat(touched.get("touched")).hasSize(5);
        assertThat(touched.get("now").asText()).isEqualTo("2025-06-01T10:00:00.000Z");
        String jobId = touched.at("/touched/0").asText();
        assertThat(client.getJson("/jobs/" + jobId).get("title").asText()).contains("(rev ");

        SandboxClient.Response added = admin.send("POST", "/_sandbox/add?model=candidates&count=2", null);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("added")).hasSize(2);

        String body = "{\"id\":\"c-posted\",\"firstName\":\"Zoë\",\"lastName\":\"Test\",\"email\":\"z@example.test\","
                + "\"createdOn\":\"2025-01-01T00:00:00.000Z\",\"updatedOn\":\"2025-01-02T00:00:00.000Z\","
                + "\"primaryAssignment\":{\"job\":{\"id\":\"" + jobId + "\"},\"status\":\"NEW\"}}";
        assertThat(admin.send("POST", "/_sandbox/add?model=candidates", body.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(client.getJson("/candidates/c-posted/jobs/" + jobId).get("status").asText()).isEqualTo("NEW");

        assertThat(admin.send("POST", "/_sandbox/delete?model=candidates&id=c-posted", null).status()).isEqualTo(200);
        assertThat(admin.send("POST", "/_sandbox/delete?model=candidates&id=c-posted", null).status()).isEqualTo(404);
        assertThat(admin.send("POST", "/_sandbox/touch?model=nope", null).status()).isEqualTo(400);

        assertThat(admin.send("POST", "/_sandbox/clock?advance=PT1H", null).json().get("now").asText()).isEqualTo("2025-06-01T11:00:00.000Z");
        assertThat(server.clock().instant()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(admin.send("POST", "/_sandbox/clock?set=2026-01-01T00:00:00Z", null).json().get("now").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
    }
}
