package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.http.RequestHolds;
import io.srconnector.sandbox.log.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create candidate / create application against the sandbox: one test per SmartRecruiters quirk of the coverage sheet,
 * each asserting the exact SmartRecruiters requests the sandbox received, plus the write-side failure cases FC-06
 * (three-letter country codes) and FC-07 (duplicates, timed-out creates).
 */
class CreateApplicationQuirksIT extends WriteITBase {

    private String sourceId(String type, String label) {
        return account().read(() -> account().configuration().sourceType(type).values().stream()
                .filter(v -> v.label().equals(label)).map(SourceType.Value::id).findFirst().orElseThrow());
    }

    private JsonNode sourceDetails(String label) {
        return Json.read("{\"sourceTypeId\":\"OTHER\",\"sourceSubTypeId\":\"OTHER\",\"sourceId\":\"" + sourceId("OTHER", label) + "\"}");
    }

    /** Quirk: the job posting is looked up (jobs_read) to apply with screening answers and consent. */
    @Test
    void jobPostingIsLookedUpToApplyWithScreeningAnswersAndConsent() {
        Job job = jobWithPosting();
        Posting posting = postingOf(job);
        ApplyConfiguration cfg = configurationOf(posting);
        ApplyConfiguration.ScreeningQuestion q = cfg.questions().stream()
                .filter(x -> x.fields().size() == 1 && !Boolean.TRUE.equals(x.repeatable()) && x.fields().get(0).values() != null
                        && !x.fields().get(0).values().isEmpty() && !"MULTI_SELECT".equals(x.fields().get(0).type()))
                .findFirst().orElseThrow();
        IdLabel option = q.fields().get(0).values().get(0);
        String email = uniqueEmail("apply");
        JsonNode data = ok(send("POST", "/v1/ats/jobs/" + kombo("ats_jobs", job.id) + "/applications", candidateBody(email,
                "\"screening_question_answers\":[{\"question_id\":\"" + kombo("ats_screening_questions", q.id())
                        + "\",\"answer\":\"" + option.label() + "\"}],\"gdpr_consent\":{\"given\":true},"
                        + "\"attachments\":[{\"name\":\"Lebenslauf Ünïcødé.pdf\",\"content_type\":\"application/pdf\","
                        + "\"data\":\"JVBERi0xLjQK\",\"type\":\"CV\"}]"))).path("data");

        List<String> calls = srCalls();
        int create = calls.indexOf("POST /postings/" + posting.uuid() + "/candidates");
        assertThat(calls.subList(0, create + 1)).containsExactly(
                "GET /jobs/" + job.id,
                "GET /jobs/" + job.id + "/jobads",
                "GET /postings/" + posting.uuid() + "/configuration",
                "GET /configuration/sources",
                "GET /configuration/sources/OTHER/values",
                "GET /candidates",
                "POST /postings/" + posting.uuid() + "/candidates");
        assertThat(body(onlyRequest("POST", "/postings/" + posting.uuid() + "/candidates"))).isEqualTo(Json.read("""
                {"firstName":"Ana","lastName":"Tester","email":"%s","sourceDetails":%s,
                 "resume":{"fileName":"Lebenslauf Ünïcødé.pdf","mimeType":"application/pdf","fileContent":"JVBERi0xLjQK"},
                 "answers":[{"id":"%s","records":[{"fields":{"%s":["%s"]}}]}],"consent":true}"""
                .formatted(email, sourceDetails("API"), q.id(), q.fields().get(0).id(), option.id())));
        assertThat(srWrites()).hasSize(1);

        Candidate c = sandboxCandidate(data.path("candidate").path("remote_id").asText());
        assertThat(c.consentStatus).isEqualTo("ACQUIRED");
        Application a = c.application(job.id);
        assertThat(a.screeningAnswers).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(q.id()));
        assertThat(a.attachments).singleElement().satisfies(att -> assertThat(att.name()).isEqualTo("Lebenslauf Ünïcødé.pdf"));
        assertThat(data.path("job_id").asText()).isEqualTo(kombo("ats_jobs", job.id));
        assertThat(data.path("candidate").path("email_addresses").get(0).path("email_address").asText()).isEqualTo(email);
    }

    /** Quirk: no stage at creation — the application is moved right after it (candidates_manage). */
    @Test
    void stageIsSetRightAfterTheCreate() {
        Job job = jobWithoutPosting();
        String sub = subStatus(job, "IN_REVIEW");
        String email = uniqueEmail("stage");
        JsonNode data = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                candidateBody(email, "\"stage_id\":\"" + stage("IN_REVIEW|" + sub) + "\""))).path("data");

        String cid = data.path("candidate").path("remote_id").asText();
        List<String> writes = srWrites().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(writes).containsExactly("POST /jobs/" + job.id + "/candidates",
                "PUT /candidates/" + cid + "/jobs/" + job.id + "/status");
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates"))).isEqualTo(Json.read(
                "{\"firstName\":\"Ana\",\"lastName\":\"Tester\",\"email\":\"" + email + "\",\"sourceDetails\":"
                        + sourceDetails("API") + "}"));
        assertThat(body(onlyRequest("PUT", "/candidates/" + cid + "/jobs/" + job.id + "/status")))
                .isEqualTo(Json.read("{\"status\":\"IN_REVIEW\",\"subStatus\":\"" + sub + "\"}"));
        assertThat(data.path("current_stage_id").asText()).isEqualTo(stage("IN_REVIEW|" + sub));
        assertThat(data.path("current_stage").path("name").asText()).isEqualTo(sub);
        JsonNode read = get("/v1/ats/applications?ids=" + data.path("id").asText()).body().path("data").path("results");
        assertThat(read.get(0).path("current_stage").path("remote_id").asText()).isEqualTo("IN_REVIEW|" + sub);
        assertThat(sandboxCandidate(cid).application(job.id).subStatus).isEqualTo(sub);
    }

    /** A stage move that fails after the create is a warning with the created ids, never hidden or rolled back. */
    @Test
    void aFailedStageMoveAfterTheCreateIsReportedWithTheCreatedIds() {
        Job job = jobWithoutPosting();
        String foreign = foreignSubStatus(job, "INTERVIEW");
        JsonNode answer = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                candidateBody(uniqueEmail("stagefail"), "\"stage_id\":\"" + stage("INTERVIEW|" + foreign) + "\"")));
        JsonNode data = answer.path("data");
        assertThat(answer.path("warnings")).hasSize(1);
        String warning = answer.path("warnings").get(0).path("message").asText();
        assertThat(warning).contains(data.path("id").asText()).contains(data.path("candidate_id").asText())
                .contains("INVALID_SUB_STATUS").contains("stays in NEW");
        assertThat(data.path("current_stage").path("remote_id").asText()).isEqualTo("NEW");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tracked_applications WHERE integration_id = ? "
                + "AND candidate_remote_id = ? AND job_remote_id = ?", Integer.class, INTEGRATION,
                data.path("candidate").path("remote_id").asText(), job.id)).isEqualTo(1);
    }

    /** Quirk: experience needs a title and a start date — '-' and 2100-01-01 unless given through remote_fields. */
    @Test
    void experienceGetsThePlaceholderTitleAndStartDateUnlessRemoteFieldsGiveOne() {
        Job job = jobWithoutPosting();
        String first = uniqueEmail("exp1");
        JsonNode data = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_address\":\"" + first
                        + "\",\"company\":\"Acme GmbH\"}}")).path("data");
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("experience")).isEqualTo(Json.read(
                "[{\"title\":\"-\",\"company\":\"Acme GmbH\",\"current\":true,\"startDate\":\"2100-01-01\"}]"));
        assertThat(data.path("candidate").path("company").asText()).isEqualTo("Acme GmbH");

        sandbox.requestLog().clear();
        String second = uniqueEmail("exp2");
        ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_address\":\"" + second
                        + "\",\"company\":\"Acme\",\"title\":\"CTO\"},\"remote_fields\":{\"smartrecruiters\":{\"candidate\":"
                        + "{\"experience\":[{\"startDate\":\"2019-04-01\"}]}}}}"));
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("experience")).isEqualTo(Json.read(
                "[{\"title\":\"CTO\",\"company\":\"Acme\",\"current\":true,\"startDate\":\"2019-04-01\"}]"));
    }

    /** Quirk: source.name is used only when it is a source of type OTHER; otherwise the default, with a warning. */
    @Test
    void sourceNameIsUsedOnlyWhenItIsAnOtherSourceElseTheDefaultWithAWarning() {
        Job job = jobWithoutPosting();
        JsonNode fair = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                candidateBody(uniqueEmail("src1"), "\"source\":{\"name\":\"Job fair\"}")));
        assertThat(fair.path("warnings")).isEmpty();
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("sourceDetails"))
                .isEqualTo(sourceDetails("Job fair"));
        assertThat(fair.path("data").path("candidate").path("source").asText()).isEqualTo("Job fair");
        RecordedRequest values = sandbox.requestLog().find("GET", "/configuration/sources/OTHER/values").get(0);
        assertThat(query(values)).containsEntry("limit", "100").containsEntry("offset", "0");

        sandbox.requestLog().clear();
        JsonNode indeed = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                candidateBody(uniqueEmail("src2"), "\"source\":{\"name\":\"Indeed\"}")));
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("sourceDetails"))
                .isEqualTo(sourceDetails("API"));
        assertThat(indeed.path("warnings").get(0).path("message").asText())
                .isEqualTo("source.name 'Indeed' is not a SmartRecruiters source of type OTHER; the integration's "
                        + "default source 'API' was used.");

        JsonNode settings = jdbc.queryForObject("SELECT settings::text FROM integrations WHERE id = ?",
                (rs, i) -> Json.read(rs.getString(1)), INTEGRATION);
        jdbc.update("UPDATE integrations SET settings = ?::jsonb WHERE id = ?",
                "{\"default_source\":\"Café Müller meetup\"}", INTEGRATION);
        try {
            sandbox.requestLog().clear();
            JsonNode configured = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                    candidateBody(uniqueEmail("src3"), "\"source\":{\"name\":\"Nowhere\"}")));
            assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("sourceDetails"))
                    .isEqualTo(sourceDetails("Café Müller meetup"));
            assertThat(configured.path("warnings").get(0).path("message").asText()).contains("'Café Müller meetup' was used");
        } finally {
            jdbc.update("UPDATE integrations SET settings = ?::jsonb WHERE id = ?", Json.write(settings), INTEGRATION);
        }
    }

    /** FC-06: a three-letter country code is converted before the call; an unknown one is a 400 with no call. */
    @Test
    void threeLetterCountryCodesAreConvertedAndUnknownOnesRefusedBeforeAnyCall() {
        Job job = jobWithoutPosting();
        JsonNode data = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_addresses\":[],"
                        + "\"email_address\":\"" + uniqueEmail("fc06") + "\",\"location\":{\"country\":\"DEU\",\"city\":\"Berlin\"}}}"))
                .path("data");
        assertThat(body(onlyRequest("POST", "/jobs/" + job.id + "/candidates")).path("location"))
                .isEqualTo(Json.read("{\"country\":\"Germany\",\"countryCode\":\"de\",\"city\":\"Berlin\"}"));
        assertThat(data.path("candidate").path("location").path("country").asText()).isEqualTo("DE");

        sandbox.requestLog().clear();
        ApiResponse bad = send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_address\":\"ana@example.test\","
                        + "\"location\":{\"country\":\"XYZ\",\"city\":\"Berlin\"}}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("error").path("code").asText()).isEqualTo("PLATFORM.INPUT_INVALID");
        assertThat(bad.body().path("error").path("message").asText()).startsWith("candidate.location.country: 'XYZ'");
        assertThat(srCalls()).isEmpty();
    }

    /** FC-07: the same e-mail and last name on the job answers 409 before anything is written; never a second candidate. */
    @Test
    void aDuplicateIsRefusedBeforeAnyWriteAndAnotherJobJoinsTheSameCandidate() {
        Job job = jobWithoutPosting();
        String email = uniqueEmail("lee");
        JsonNode first = createApplication(job, email);

        sandbox.requestLog().clear();
        ApiResponse again = send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Lee\",\"last_name\":\"TESTER\",\"email_address\":\"" + email.toUpperCase() + "\"}}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("error").path("code").asText()).isEqualTo("ATS.APPLICATION_ALREADY_EXISTS");
        assertThat(again.body().path("error").path("message").asText()).contains(first.path("id").asText());
        assertThat(srWrites()).isEmpty();
        assertThat(query(onlyRequest("GET", "/candidates"))).containsEntry("q", email.toUpperCase());
        assertThat(sandboxCandidatesByEmail(email)).hasSize(1);

        Job other = account().read(() -> account().jobs().values().stream()
                .filter(j -> !j.id.equals(job.id) && !Boolean.TRUE.equals(j.template) && "SOURCING".equals(j.status))
                .findFirst().orElseThrow());
        JsonNode joined = ok(send("POST", "/v1/ats/jobs/remote:" + other.id + "/applications", candidateBody(email, null)));
        assertThat(joined.path("data").path("candidate_id").asText()).isEqualTo(first.path("candidate_id").asText());
        assertThat(joined.path("warnings").get(0).path("message").asText()).contains("already has a candidate");
        assertThat(sandboxCandidatesByEmail(email)).singleElement().satisfies(c -> assertThat(c.applications).hasSize(2));
    }

    /** FC-07: when SmartRecruiters itself reports the duplicate (a concurrent create won), the answer is 409. */
    @Test
    void aDuplicateReportedBySmartRecruitersIsAConflictNotASecondCandidate() throws Exception {
        Job job = jobWithoutPosting();
        String email = uniqueEmail("race");
        RequestHolds.Hold hold = sandbox.holds().holdNext("POST /jobs/{jobId}/candidates");
        CompletableFuture<ApiResponse> parked = CompletableFuture.supplyAsync(() -> send("POST",
                "/v1/ats/jobs/remote:" + job.id + "/applications", candidateBody(email, null)));
        assertThat(hold.awaitArrival(Duration.ofSeconds(20))).isTrue();
        JsonNode winner = createApplication(job, email);
        hold.release();
        ApiResponse loser = parked.get(30, TimeUnit.SECONDS);

        assertThat(loser.status()).isEqualTo(409);
        assertThat(loser.body().path("error").path("code").asText()).isEqualTo("ATS.APPLICATION_ALREADY_EXISTS");
        assertThat(loser.body().path("error").path("message").asText()).contains("CANDIDATE_DATA_CONFLICT");
        assertThat(sandbox.requestLog().find("POST", "/jobs/" + job.id + "/candidates")).hasSize(2);
        assertThat(sandboxCandidatesByEmail(email)).singleElement()
                .satisfies(c -> assertThat(c.id).isEqualTo(winner.path("candidate").path("remote_id").asText()));
    }

    /** FC-07: a create whose answer is lost is not re-sent; the created candidate is found and returned. */
    @Test
    void aTimedOutCreateIsNotResentAndTheCreatedApplicationIsReturned() {
        Job job = jobWithoutPosting();
        String email = uniqueEmail("timeout");
        sandbox.handle("POST", "/_sandbox/write-faults?route=" + URLEncoder.encode("POST /jobs/{jobId}/candidates",
                StandardCharsets.UTF_8) + "&status=504", Map.of(), null);
        JsonNode answer = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications", candidateBody(email, null)));

        assertThat(sandbox.requestLog().find("POST", "/jobs/" + job.id + "/candidates")).hasSize(1)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(504));
        assertThat(sandbox.requestLog().find("GET", "/candidates")).hasSize(2);
        assertThat(answer.path("warnings").get(0).path("message").asText())
                .startsWith("SmartRecruiters did not confirm the create (504 GATEWAY_TIMEOUT")
                .contains("not re-sent");
        Candidate created = sandboxCandidatesByEmail(email).get(0);
        assertThat(sandboxCandidatesByEmail(email)).hasSize(1);
        assertThat(answer.path("data").path("candidate").path("remote_id").asText()).isEqualTo(created.id);
        assertThat(answer.path("data").path("remote_id").asText()).isEqualTo(created.id + ":" + job.id);
    }

    /** Create candidate answers the candidate with its application; it is tracked and the next read shows it. */
    @Test
    void createCandidateAnswersTheCandidateWithItsApplicationAndIsTracked() {
        Job job = jobWithoutPosting();
        String email = uniqueEmail("cand");
        JsonNode data = ok(send("POST", "/v1/ats/candidates", "{\"candidate\":{\"first_name\":\"李\",\"last_name\":\"雷\","
                + "\"email_address\":\"" + email + "\",\"phone_number\":\"+49 30 1234567\",\"title\":\"Engineer\","
                + "\"social_links\":[{\"url\":\"https://www.linkedin.com/in/lei\"}]},\"application\":{\"job_id\":\""
                + kombo("ats_jobs", job.id) + "\"}}")).path("data");

        String cid = data.path("remote_id").asText();
        assertThat(data.path("id").asText()).isEqualTo(kombo("ats_candidates", cid));
        assertThat(data.path("first_name").asText()).isEqualTo("李");
        assertThat(data.path("tags")).isEmpty();
        assertThat(data.path("applications")).singleElement().satisfies(a -> {
            assertThat(a.path("job").path("remote_id").asText()).isEqualTo(job.id);
            assertThat(a.path("current_stage").path("remote_id").asText()).isEqualTo("NEW");
            assertThat(a.path("outcome").asText()).isEqualTo("PENDING");
        });
        assertThat(data.path("social_media").get(0).path("type").asText()).isEqualTo("LINKEDIN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tracked_applications WHERE integration_id = ? "
                + "AND candidate_remote_id = ? AND job_remote_id = ?", Integer.class, INTEGRATION, cid, job.id)).isEqualTo(1);
        JsonNode read = get("/v1/ats/candidates?email=" + email).body().path("data").path("results");
        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.path("phone_numbers").get(0).path("phone_number").asText()).isEqualTo("+49 30 1234567");
            assertThat(c.path("title").asText()).isEqualTo("Engineer");
            assertThat(c.path("applications")).hasSize(1);
        });
    }
}
