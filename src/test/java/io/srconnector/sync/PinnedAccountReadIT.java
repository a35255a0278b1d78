package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public failure cases that touch the read models of issue 3, against a pinned SmartRecruiters account
 * ({@code src/test/resources/fixtures/sync/account-read-coverage}, served by its own sandbox):
 * FC-02 (several postings per job, a {@code refNumber} shared by two jobs, removing one posting), FC-08 (a value
 * outside SmartRecruiters' vocabulary never fails a sync), FC-09 (unverified user e-mails in hiring teams and
 * interviews), FC-10 (an offer belongs to the application of its job, not the candidate's primary one), and nullable
 * fields.
 */
class PinnedAccountReadIT extends IntegrationTestBase {
    private static final String PINNED = "smartrecruiters:it-pinned-account";
    private static SandboxServer pinned;
    private static String firstRun;

    @Autowired
    private IntegrationRepository integrations;
    @Autowired
    private io.srconnector.integration.IntegrationConnections connections;

    private static Path accountDir() {
        try {
            return Path.of(PinnedAccountReadIT.class.getResource("/fixtures/sync/account-read-coverage").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void connectAndSyncOnce() {
        if (pinned == null) {
            pinned = new SandboxServer(SandboxSettings.builder().rateLimiting(false).dataDirectory(accountDir())
                    .build()).start();
        }
        if (firstRun == null || integrations.find(PINNED).isEmpty()) {
            integrations.save(PINNED, "default", "Pinned account", null, null, pinned.baseUrl(), "API_KEY",
                    Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", SandboxSettings.DEFAULT_API_KEY));
            connections.invalidate(PINNED);
            firstRun = syncPinned(SyncType.FULL);
            assertThat(run(firstRun).get("status")).as("%s", run(firstRun).get("errors")).isEqualTo("SUCCEEDED");
        }
    }

    @AfterAll
    static void stop() {
        if (pinned != null) {
            pinned.close();
            pinned = null;
        }
        firstRun = null;
    }

    private String syncPinned(SyncType type) {
        SyncRunRepository.Enqueued e = scheduler.enqueue(PINNED, type, "TEST");
        worker.drain();
        return e.runId();
    }

    private String id(String table, String remoteId) {
        return UnifiedIds.of(PINNED, table, remoteId);
    }

    private List<JsonNode> list(String pathAndQuery) {
        ApiResponse r = get(pathAndQuery, API_KEY, PINNED);
        assertThat(r.status()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.body().path("data").path("results").forEach(out::add);
        return out;
    }

    private JsonNode job(String remoteId) {
        List<JsonNode> jobs = list("/v1/ats/jobs?remote_ids=" + remoteId);
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    /** FC-02: one job published in two languages has two postings; a refNumber on two jobs merges nothing. */
    @Test
    void severalPostingsPerJobAndASharedRefNumberKeepJobsAndPostingsApart() {
        assertThat(list("/v1/ats/jobs")).hasSize(2);
        assertThat(list("/v1/ats/jobs?job_codes=REF100X")).hasSize(2);
        JsonNode aaa = job("job-aaa");
        assertThat(ReadCoverageIT.values(aaa.path("job_postings"), "remote_id")).containsExactly("ad-de", "ad-en");
        assertThat(ReadCoverageIT.values(aaa.path("job_postings"), "title"))
                .containsExactly("Backend-Entwickler (m/w/d)", "Backend Engineer");
        assertThat(ReadCoverageIT.values(aaa.path("job_postings"), "url")).containsExactly(
                "https://jobs.smartrecruiters.com/acme/744000000000001-backend-entwickler-m-w-d",
                "https://jobs.smartrecruiters.com/acme/744000000000002-backend-engineer");
        assertThat(ReadCoverageIT.values(aaa.path("job_postings"), "status")).containsOnly("ACTIVE");
        assertThat(aaa.path("job_postings").get(0).path("description_html").asText())
                .isEqualTo("<h3>Stellenbeschreibung</h3><p>Dinge bauen.</p>");
        JsonNode bbb = job("job-bbb");
        assertThat(ReadCoverageIT.values(bbb.path("job_postings"), "remote_id")).containsExactly("ad-x");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ats_job_postings WHERE integration_id = ?", Integer.class,
                PINNED)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT job_id FROM ats_job_postings WHERE id = ?", String.class,
                id("ats_job_postings", "ad-en"))).isEqualTo(id("ats_jobs", "job-aaa"));
        // screening questions come from the default (de) ad's posting; job-bbb's posting has no configuration
        assertThat(ReadCoverageIT.values(aaa.path("screening_questions"), "remote_id")).containsExactly("q-1");
        assertThat(aaa.path("screening_questions").get(0).path("format").path("display_type").asText()).isEqualTo("RADIO");
        assertThat(aaa.path("screening_questions").get(0).path("required").asBoolean()).isTrue();
        assertThat(bbb.path("screening_questions")).isEmpty();
    }

    /** FC-02: removing the de posting later deletes only that posting, not the job. */
    @Test
    void removingOnePostingDeletesOnlyThatPosting() {
        try {
            assertThat(pinned.mutations().deleteJobAd("job-aaa", "ad-de")).isTrue();
            String second = syncPinned(SyncType.FULL);
            assertThat(run(second).get("status")).isEqualTo("SUCCEEDED");
            Map<String, Object> de = jdbc.queryForMap("SELECT remote_deleted_at FROM ats_job_postings WHERE id = ?",
                    id("ats_job_postings", "ad-de"));
            assertThat(de.get("remote_deleted_at")).isNotNull();
            JsonNode aaa = job("job-aaa");
            assertThat(aaa.path("remote_deleted_at").isNull()).isTrue();
            assertThat(ReadCoverageIT.values(aaa.path("job_postings"), "remote_id")).containsExactly("ad-en");
            assertThat(ReadCoverageIT.values(job("job-bbb").path("job_postings"), "remote_id")).containsExactly("ad-x");
        } finally {
            pinned.close();
            pinned = null;
            integrations.delete(PINNED);
            firstRun = null;
        }
    }

    /**
     * Nested data: a tag removed from a candidate makes the candidate match {@code updated_after} (its
     * {@code nested_changed_at} moved) while its own {@code changed_at} stays; the tag no candidate carries any more is
     * marked deleted by the full run.
     */
    @Test
    void aTagChangeReturnsTheCandidateForUpdatedAfterWithoutChangingItsChangedAt() {
        try {
            JsonNode before = list("/v1/ats/candidates?remote_ids=c-1").get(0);
            String mark = Json.timestamp(java.time.Instant.now());
            pinned.account().write(() -> {
                pinned.account().candidate("c-1").tags = List.of("Java");
            });
            assertThat(run(syncPinned(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");

            List<JsonNode> changed = list("/v1/ats/candidates?updated_after=" + mark);
            assertThat(ReadCoverageIT.values(changed, "remote_id")).containsExactly("c-1");
            JsonNode after = changed.get(0);
            assertThat(after.path("changed_at").asText()).isEqualTo(before.path("changed_at").asText());
            assertThat(ReadCoverageIT.values(after.path("tags"), "name")).containsExactly("Java");
            assertThat(ReadCoverageIT.values(list("/v1/ats/tags"), "name")).containsExactly("Java");
            assertThat(ReadCoverageIT.values(list("/v1/ats/tags?include_deleted=true&updated_after=" + mark), "name"))
                    .containsExactly("Berlin");
            assertThat(list("/v1/ats/jobs?updated_after=" + mark)).as("no job's own or nested data changed").isEmpty();
        } finally {
            pinned.close();
            pinned = null;
            integrations.delete(PINNED);
            firstRun = null;
        }
    }

    /** FC-10: c-1 applied to job-bbb (primary) and job-aaa; the offer belongs to job-aaa. */
    @Test
    void theOfferBelongsToTheApplicationOfItsJob() {
        List<JsonNode> offers = list("/v1/ats/offers?remote_ids=off-1");
        assertThat(offers).hasSize(1);
        JsonNode off = offers.get(0);
        assertThat(off.path("application_id").asText()).isEqualTo(id("ats_applications", "c-1:job-aaa"));
        assertThat(off.path("application").path("job").path("remote_id").asText()).isEqualTo("job-aaa");
        assertThat(off.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(off.path("remote_created_at").asText()).isEqualTo("2024-03-01T10:00:00.000Z");
        List<JsonNode> app = list("/v1/ats/applications?remote_ids=c-1:job-aaa");
        assertThat(ReadCoverageIT.values(app.get(0).path("offers"), "remote_id")).containsExactly("off-1");
        assertThat(list("/v1/ats/applications?remote_ids=c-1:job-bbb").get(0).path("offers")).isEmpty();
    }

    /** FC-08 rule: a status outside SmartRecruiters' offer vocabulary is kept raw and never fails the sync. */
    @Test
    void anUnknownOfferStatusMapsToNullAndKeepsTheRawValue() {
        JsonNode off = list("/v1/ats/offers?remote_ids=off-3").get(0);
        assertThat(off.path("status").isNull()).isTrue();
        assertThat(off.path("remote_data").path("/offers").path("status").asText()).isEqualTo("SOMETHING_NEW");
        assertThat(off.path("application_id").asText()).isEqualTo(id("ats_applications", "c-3:job-aaa"));
        JsonNode app = list("/v1/ats/applications?remote_ids=c-3:job-aaa").get(0);
        assertThat(app.path("outcome").isNull()).as("ON_HOLD is no Candidate API status").isTrue();
        assertThat(app.path("current_stage").isNull()).isTrue();
    }

    /** FC-09: hiring-team members and interviewers expose only e-mails that pass Kombo's pattern. */
    @Test
    void unverifiedUserEmailsAreNotExposedInHiringTeamsAndInterviews() {
        Map<String, JsonNode> team = new java.util.TreeMap<>();
        job("job-aaa").path("hiring_team").forEach(m -> team.put(m.path("remote_id").asText(), m));
        assertThat(team).containsOnlyKeys("5f0000000000000000000001", "5f0000000000000000000002",
                "5f0000000000000000000003");
        assertThat(ReadCoverageIT.values(team.values(), "email")).containsExactly("pat@example.test", null, null);
        JsonNode lee = team.get("5f0000000000000000000002");
        assertThat(lee.path("last_name").asText()).as("the inactive user stays").isEqualTo("Inactive");
        assertThat(lee.path("hiring_team_roles").get(0).asText()).isEqualTo("SOURCER");
        assertThat(lee.path("job_roles").get(0).path("remote_id").asText()).isEqualTo("Talent sourcer");
        assertThat(team.get("5f0000000000000000000003").path("hiring_team_roles").get(0).asText())
                .isEqualTo("HIRING_MANAGER");
        assertThat(team.get("5f0000000000000000000001").path("hiring_team_roles").get(0).asText()).isEqualTo("RECRUITER");

        List<JsonNode> interviews = list("/v1/ats/interviews");
        assertThat(interviews).hasSize(1);
        JsonNode iv = interviews.get(0);
        Map<String, String> emails = new java.util.TreeMap<>();
        iv.path("users").forEach(u -> emails.put(u.path("remote_id").asText(), u.path("email").asText(null)));
        assertThat(emails).containsOnlyKeys("5f0000000000000000000001", "5f0000000000000000000003");
        assertThat(emails.get("5f0000000000000000000001")).isEqualTo("pat@example.test");
        assertThat(emails.get("5f0000000000000000000003")).as("malformed: not exposed").isNull();
        assertThat(iv.path("application_id").asText()).isEqualTo(id("ats_applications", "c-1:job-aaa"));
        assertThat(iv.path("title").asText()).isEqualTo("Tech talk");
        assertThat(iv.path("location").path("raw").asText()).isEqualTo("Acme Ltd, Berlin");
        assertThat(iv.path("application").path("candidate").path("remote_id").asText()).isEqualTo("c-1");
        assertThat(list("/v1/ats/applications?remote_ids=c-1:job-aaa").get(0).path("interviews")).hasSize(1);
    }

    /** Nullable fields: a bare job ad, a job without team or questions, tags on candidates, a minimal reason list. */
    @Test
    void nullableFieldsAreNullAndNothingElseBreaks() {
        JsonNode adX = job("job-bbb").path("job_postings").get(0);
        assertThat(adX.path("description_html").isNull()).isTrue();
        assertThat(adX.path("title").asText()).isEqualTo("Data Analyst");
        assertThat(job("job-bbb").path("hiring_team")).isEmpty();
        assertThat(ReadCoverageIT.values(list("/v1/ats/tags"), "name")).containsExactlyInAnyOrder("Berlin", "Java");
        JsonNode c1 = list("/v1/ats/candidates?remote_ids=c-1").get(0);
        assertThat(ReadCoverageIT.values(c1.path("tags"), "name")).containsExactly("Berlin", "Java");
        JsonNode c3app = list("/v1/ats/applications?remote_ids=c-3:job-aaa").get(0);
        assertThat(ReadCoverageIT.values(c3app.path("candidate").path("tags"), "name")).containsExactly("Java");
        List<JsonNode> reasons = list("/v1/ats/rejection-reasons");
        assertThat(ReadCoverageIT.values(reasons, "name")).containsExactly("Position filled");
        assertThat(reasons.get(0).path("remote_id").asText()).isEqualTo("rr-1");
        assertThat(reasons.get(0).path("remote_data").path("/configuration/rejection-reasons").path("label").asText())
                .isEqualTo("Position filled");
    }
}
