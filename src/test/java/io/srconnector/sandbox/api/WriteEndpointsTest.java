package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's SmartRecruiters write endpoints (smartrecruiters-api.md §5): validation rules and error codes, the
 * changes they make to the account, and that a refused request changes nothing.
 */
class WriteEndpointsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final String JSON = "application/json";
    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(60)
                .clock(SandboxClock.fixed(NOW)).build()).start();
        client = new SandboxClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SandboxClient.Response send(String method, String path, String json) {
        return client.send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "Content-Type", JSON);
    }

    private Job anyJob() {
        return server.account().read(() -> server.account().jobs().values().stream()
                .filter(j -> !Boolean.TRUE.equals(j.template)).findFirst().orElseThrow());
    }

    private Posting postingWithQuestions() {
        return server.account().read(() -> server.account().postings().values().stream()
                .filter(p -> server.account().applyConfiguration(p.uuid()) != null).findFirst().orElseThrow());
    }

    private Candidate candidateWithApplication() {
        return server.account().read(() -> server.account().candidates().values().stream()
                .filter(Candidate::hasApplications).findFirst().orElseThrow());
    }

    @Test
    void createOnJobAddsACandidateWithANewApplicationAndSource() {
        Job job = anyJob();
        SourceType.Value jobFair = server.account().read(() -> server.account().configuration().sourceType("OTHER")
                .values().stream().filter(v -> v.label().equals("Job fair")).findFirst().orElseThrow());
        SandboxClient.Response r = send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"Zoë","lastName":"Tester","email":"zoe.tester@example.test","phoneNumber":"+49 30 1234",
                 "location":{"country":"Germany","countryCode":"de","city":"Berlin"},
                 "experience":[{"title":"-","company":"Acme","current":true,"startDate":"2100-01-01"}],
                 "sourceDetails":{"sourceTypeId":"OTHER","sourceSubTypeId":"OTHER","sourceId":"%s"}}"""
                .formatted(jobFair.id()));

        assertThat(r.status()).isEqualTo(201);
        JsonNode details = r.json();
        assertThat(details.get("firstName").asText()).isEqualTo("Zoë");
        assertThat(details.get("primaryAssignment").get("status").asText()).isEqualTo("NEW");
        assertThat(details.get("primaryAssignment").get("source").asText()).isEqualTo("Job fair");
        assertThat(details.get("experience").get(0).get("startDate").asText()).isEqualTo("2100-01-01");
        Candidate c = server.account().read(() -> server.account().candidate(details.get("id").asText()));
        assertThat(c.location.countryCode()).isEqualTo("de");
        assertThat(c.applications.get(0).history).hasSize(1);
        assertThat(c.applications.get(0).createDate).isEqualTo(NOW.toEpochMilli());
        assertThat(client.getJson("/candidates?q=zoe.tester@example.test").get("totalFound").asInt()).isEqualTo(1);
    }

    @Test
    void createOnJobRefusesAThreeLetterCountryCodeAndBadFieldsWithDataPaths() {
        Job job = anyJob();
        int before = server.account().read(() -> server.account().candidates().size());
        SandboxClient.Response r = send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"Ana","lastName":"Tester","email":"not-an-email",
                 "location":{"countryCode":"DEU","city":"Berlin"},"experience":[{"startDate":"01.02.2020"}]}""");

        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(r.json().get("message").asText()).isEqualTo("Request body is invalid");
        assertThat(errors.findValuesAsText("dataPath")).containsExactly(".email", ".location.countryCode",
                ".experience[0].startDate");
        assertThat(server.account().read(() -> server.account().candidates().size())).isEqualTo(before);
    }

    @Test
    void sameEmailAndLastNameOnTheSameJobIsAConflictAndOnAnotherJobJoinsTheCandidate() {
        Candidate existing = candidateWithApplication();
        Application app = existing.applications.get(0);
        String body = """
                {"firstName":"Other","lastName":"%s","email":"%s"}""".formatted(existing.lastName.toUpperCase(),
                existing.email.toUpperCase());
        SandboxClient.Response conflict = send("POST", "/jobs/" + app.jobId + "/candidates", body);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("errors").get(0).get("code").asText()).isEqualTo("CANDIDATE_DATA_CONFLICT");

        Job other = server.account().read(() -> server.account().jobs().values().stream()
                .filter(j -> existing.application(j.id) == null && !Boolean.TRUE.equals(j.template))
                .findFirst().orElseThrow());
        SandboxClient.Response merged = send("POST", "/jobs/" + other.id + "/candidates", body);
        assertThat(merged.status()).isEqualTo(201);
        assertThat(merged.json().get("id").asText()).isEqualTo(existing.id);
        assertThat(merged.json().get("primaryAssignment").get("job").get("id").asText()).isEqualTo(other.id);
    }

    @Test
    void unknownSourcesAreRefusedWithTheirCodes() {
        Job job = anyJob();
        assertThat(send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"A","lastName":"B","email":"a@b.test","sourceDetails":{"sourceTypeId":"NOPE","sourceId":"x"}}""")
                .json().get("errors").get(0).get("code").asText()).isEqualTo("SOURCE_TYPE_NOT_FOUND");
        assertThat(send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"A","lastName":"B","email":"a@b.test","sourceDetails":{"sourceTypeId":"OTHER","sourceId":"x"}}""")
                .json().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_SOURCE_ID");
        assertThat(send("POST", "/jobs/nope/candidates", """
                {"firstName":"A","lastName":"B","email":"a@b.test"}""").status()).isEqualTo(404);
    }

    @Test
    void applyApiStoresAnswersFilesAndConsentAndNeedsTitleAndStartDate() {
        Posting posting = postingWithQuestions();
        ApplyConfiguration cfg = server.account().read(() -> server.account().applyConfiguration(posting.uuid()));
        ApplyConfiguration.ScreeningQuestion radio = cfg.questions().stream()
                .filter(q -> q.fields().size() == 1 && q.fields().get(0).values() != null
                        && !q.fields().get(0).values().isEmpty()).findFirst().orElseThrow();
        String valueId = radio.fields().get(0).values().get(0).id();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        SandboxClient.Response missing = send("POST", "/postings/" + posting.uuid() + "/candidates", """
                {"firstName":"A","lastName":"B","email":"a@b.test","experience":[{"company":"Acme"}]}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(missing.json().get("message").asText()).startsWith("experience[0].title");

        SandboxClient.Response ok = send("POST", "/postings/" + posting.uuid() + "/candidates", """
                {"firstName":"Ana","lastName":"Apply","email":"ana.apply@example.test","consent":true,
                 "location":{"city":"Berlin","countryCode":"de"},
                 "experience":[{"title":"-","company":"Acme","startDate":"2100-01-01","current":true}],
                 "resume":{"fileName":"Lebenslauf Ünïcødé.pdf","mimeType":"application/pdf","fileContent":"%s"},
                 "answers":[{"id":"%s","records":[{"fields":{"%s":["%s"]}}]}]}"""
                .formatted(pdf, radio.id(), radio.fields().get(0).id(), valueId));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        String id = ok.json().get("id").asText();
        Candidate c = server.account().read(() -> server.account().candidate(id));
        assertThat(c.consentStatus).isEqualTo("ACQUIRED");
        Application a = c.application(posting.jobId());
        assertThat(a.attachments).singleElement().satisfies(att -> {
            assertThat(att.name()).isEqualTo("Lebenslauf Ünïcødé.pdf");
            assertThat(att.type()).isEqualTo("RESUME");
        });
        assertThat(a.screeningAnswers).singleElement().satisfies(s -> assertThat(s.records().get(0).fields().get(0)
                .values().get(0).id()).isEqualTo(valueId));

        SandboxClient.Response again = send("POST", "/postings/" + posting.uuid() + "/candidates", """
                {"firstName":"Ana","lastName":"apply","email":"ANA.APPLY@example.test"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("DATA_VALIDATION_ERROR");

        SandboxClient.Response badAnswer = send("POST", "/postings/" + posting.uuid() + "/candidates", """
                {"firstName":"X","lastName":"Y","email":"x.y@example.test",
                 "answers":[{"id":"%s","records":[{"fields":{"%s":["no-such-value"]}}]}]}"""
                .formatted(radio.id(), radio.fields().get(0).id()));
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.json().get("message").asText()).contains("is not an option");
        assertThat(send("POST", "/postings/00000000-0000-4000-8000-000000000000/candidates", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void statusChangesFollowTheHiringProcessAndReasons() {
        Candidate c = candidateWithApplication();
        Application a = c.applications.get(0);
        Job job = server.account().read(() -> server.account().job(a.jobId));
        HiringProcess p = server.account().read(() -> server.account().configuration().hiringProcess(job.hiringProcessId));
        String sub = p.subStatuses().of("INTERVIEW").get(0);
        String path = "/candidates/" + c.id + "/jobs/" + a.jobId + "/status";

        assertThat(send("PUT", path, "{\"status\":\"INTERVIEW\"}").json().get("errors").get(0).get("code").asText())
                .isEqualTo("REQUIRED_SUB_STATUS_OMITTED");
        assertThat(send("PUT", path, "{\"status\":\"INTERVIEW\",\"subStatus\":\"Nope\"}").json().get("errors").get(0)
                .get("code").asText()).isEqualTo("INVALID_SUB_STATUS");
        assertThat(send("PUT", path, "{\"status\":\"NEW\",\"reason\":\"x\"}").json().get("errors").get(0)
                .get("code").asText()).isEqualTo("NO_REASON_SUPPORT_FOR_STATUS");
        assertThat(send("PUT", path, "{\"status\":\"REJECTED\",\"reason\":\"x\"}").json().get("errors").get(0)
                .get("code").asText()).isEqualTo("REASON_NOT_FOUND");
        assertThat(send("PUT", path, "{\"status\":\"BOGUS\"}").status()).isEqualTo(422);
        int historyBefore = a.history.size();

        assertThat(send("PUT", path, "{\"status\":\"INTERVIEW\",\"subStatus\":\"" + sub + "\"}").status()).isEqualTo(204);
        assertThat(a.status).isEqualTo("INTERVIEW");
        assertThat(a.subStatus).isEqualTo(sub);
        String reason = server.account().read(() -> server.account().configuration().rejectionReasons().get(0).id());
        assertThat(send("PUT", path, "{\"status\":\"REJECTED\",\"reason\":\"" + reason + "\"}").status()).isEqualTo(204);
        assertThat(a.reasonOfRejection.id()).isEqualTo(reason);
        assertThat(a.history).hasSize(historyBefore + 2);
        assertThat(client.getJson(path.replace("/status", "")).get("status").asText()).isEqualTo("REJECTED");
        assertThat(send("PUT", "/candidates/" + c.id + "/jobs/nope/status", "{\"status\":\"NEW\"}").status())
                .isEqualTo(404);
    }

    @Test
    void tagsAppendAndReplaceWithinTheLimits() {
        Candidate c = candidateWithApplication();
        String path = "/candidates/" + c.id + "/tags";
        send("PUT", path, "{\"tags\":[\"a\",\"b\"]}");
        SandboxClient.Response added = send("POST", path, "{\"tags\":[\"b\",\"Ünïcødé tag\"]}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(Json.convertList(added.json().get("tags"), String.class)).containsExactly("a", "b", "Ünïcødé tag");
        assertThat(send("PUT", path, "{\"tags\":[\"b\"]}").status()).isEqualTo(200);
        assertThat(client.getJson(path).get("tags")).hasSize(1);
        assertThat(send("POST", path, "{\"tags\":[\"" + "x".repeat(51) + "\"]}").status()).isEqualTo(422);
        StringBuilder many = new StringBuilder("{\"tags\":[");
        for (int i = 0; i < 100; i++) {
            many.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        assertThat(send("POST", path, many.append("]}").toString()).json().get("errors").get(0).get("code").asText())
                .isEqualTo("TOO_MANY_TAGS");
        assertThat(client.getJson(path).get("tags")).hasSize(1);
    }

    @Test
    void multipartAttachmentKeepsTheNonAsciiNameAndTypeAndRefusesDuplicates() {
        Candidate c = candidateWithApplication();
        Application a = c.applications.get(0);
        String boundary = "b0undary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachmentType\"\r\n\r\nCOVER_LETTER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Anschreiben Müller %22final%22.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String path = "/candidates/" + c.id + "/jobs/" + a.jobId + "/attachments";
        SandboxClient.Response r = client.send("POST", path, body, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("name").asText()).isEqualTo("Anschreiben Müller \"final\".pdf");
        assertThat(r.json().get("type").asText()).isEqualTo("COVER_LETTER");
        byte[] download = client.get("/candidates/attachments/" + r.json().get("id").asText()).bytes();
        assertThat(new String(download, StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 test");

        SandboxClient.Response dup = client.send("POST", path, body, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(dup.json().get("errors").get(0).get("code").asText()).isEqualTo("FILE_ALREADY_EXIST");
        assertThat(client.send("POST", path, "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", JSON)
                .json().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_FILE");
    }

    @Test
    void messagesLinkTheCandidateAndCheckVisibility() {
        Candidate c = candidateWithApplication();
        String jobId = c.applications.get(0).jobId;
        SandboxClient.Response ok = send("POST", "/messages/shares", """
                {"content":"#[CANDIDATE:%s] Great interview","shareWith":{"hiringTeamOf":["%s"]}}""".formatted(c.id, jobId));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("shareRequired").asBoolean()).isFalse();
        JsonNode listed = client.getJson("/messages?candidateId=" + c.id).get("content");
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.get("content").asText()).endsWith("Great interview");
            assertThat(m.get("visibility").asText()).isEqualTo("HIRING_TEAM");
        });
        assertThat(send("POST", "/messages/shares", "{\"content\":\"x\",\"shareWith\":{\"everyone\":true,\"openNote\":true}}")
                .json().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_VISIBILITY_OPTIONS");
        assertThat(send("POST", "/messages/shares", "{\"content\":\"" + "y".repeat(10_001) + "\"}").status()).isEqualTo(422);
        assertThat(client.withKey(SandboxSettings.DEFAULT_STANDARD_API_KEY).get("/messages?candidateId=" + c.id).status())
                .isEqualTo(403);
    }

    @Test
    void afterCommitFaultAnswersAGatewayErrorButKeepsTheChange() {
        Job job = anyJob();
        assertThat(client.send("POST", "/_sandbox/write-faults?route=" + java.net.URLEncoder.encode(
                "POST /jobs/{jobId}/candidates", StandardCharsets.UTF_8) + "&status=504", null).status()).isEqualTo(204);
        SandboxClient.Response r = send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"Lee","lastName":"Example","email":"lee@example.test"}""");
        assertThat(r.status()).isEqualTo(504);
        assertThat(client.getJson("/candidates?q=lee@example.test").get("totalFound").asInt()).isEqualTo(1);
        assertThat(send("POST", "/jobs/" + job.id + "/candidates", """
                {"firstName":"Kim","lastName":"Example","email":"kim@example.test"}""").status()).isEqualTo(201);
    }

    @Test
    void writesNeedTheirScopes() {
        server.credentials().register(io.srconnector.sandbox.auth.Credential.apiKey("no-manage", "nomanage0000000000000000000000k1",
                io.srconnector.sandbox.auth.SystemRole.ADMINISTRATOR).withDenied(java.util.Set.of("candidates_manage")));
        Candidate c = candidateWithApplication();
        SandboxClient.Response r = client.withKey("nomanage0000000000000000000000k1").send("POST",
                "/candidates/" + c.id + "/tags", "{\"tags\":[\"x\"]}".getBytes(StandardCharsets.UTF_8), "Content-Type", JSON);
        assertThat(r.status()).isEqualTo(403);
        assertThat(List.of(r.json().get("errors").get(0).get("code").asText())).containsExactly("PERMISSION_DENIED");
    }
}
