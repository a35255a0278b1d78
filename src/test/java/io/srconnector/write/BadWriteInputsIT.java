package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.log.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of bad inputs: every row is answered 4xx with Kombo's JSON error envelope naming the field (never a 5xx,
 * never a stack trace), SmartRecruiters receives no write, and no row of ats_candidates, ats_applications or
 * tracked_applications changes (table snapshots compared). Missing fields, wrong types, oversize and forbidden
 * attachments, bad base64, unknown ids, unicode and injection-looking strings.
 */
class BadWriteInputsIT extends WriteITBase {

    /** Ids of a candidate and application created once for the table ({APP}, {CAND}, {JOB} in the rows). */
    private static Map<String, String> fixture;
    private static final String CREATE = "POST /v1/ats/jobs/{JOB}/applications";
    private static final String CANDIDATE_OK = "\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\","
            + "\"email_address\":\"ana.table@example.test\"}";

    /** One bad input: method and path (with placeholders), body, expected status, error code and message start. */
    record Row(String name, String call, String body, int status, String code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, String call, String body, int status, String code, String message) {
        return new Row(name, call, body, status, code, message);
    }

    private static Row bad(String name, String call, String body, String message) {
        return row(name, call, body, 400, "PLATFORM.INPUT_INVALID", message);
    }

    private static Row create(String name, String body, String message) {
        return bad(name, CREATE, body, message);
    }

    private static Row createWithCandidate(String name, String candidate, String message) {
        return create(name, "{\"candidate\":" + candidate + "}", message);
    }

    private static String attachment(String json) {
        return "{" + CANDIDATE_OK + ",\"attachments\":[" + json + "]}";
    }

    static List<Row> rows() {
        String big = Base64.getEncoder().encodeToString(new byte[10 * 1024 * 1024 + 1]);
        List<Row> r = new ArrayList<>();
        r.add(create("empty body", "", "body: a JSON object is required"));
        r.add(create("not JSON", "{\"candidate\": ", "body: not valid JSON"));
        r.add(create("JSON array", "[]", "body: must be a JSON object"));
        r.add(create("no candidate", "{}", "candidate: is required"));
        r.add(create("candidate is a string", "{\"candidate\":\"Ana\"}", "candidate: must be an object"));
        r.add(createWithCandidate("first name missing", "{\"last_name\":\"T\",\"email_address\":\"a@b.test\"}", "candidate.first_name: is required"));
        r.add(createWithCandidate("first name a number", "{\"first_name\":42,\"last_name\":\"T\",\"email_address\":\"a@b.test\"}", "candidate.first_name: must be a string"));
        r.add(createWithCandidate("first name blank", "{\"first_name\":\"   \",\"last_name\":\"T\",\"email_address\":\"a@b.test\"}", "candidate.first_name: must not be blank"));
        r.add(createWithCandidate("first name over 128 characters", "{\"first_name\":\"" + "Ü".repeat(129) + "\",\"last_name\":\"T\",\"email_address\":\"a@b.test\"}", "candidate.first_name: must be at most 128"));
        r.add(createWithCandidate("first name with NUL", "{\"first_name\":\"A\\u0000na\",\"last_name\":\"T\",\"email_address\":\"a@b.test\"}", "candidate.first_name: must not contain NUL"));
        r.add(createWithCandidate("last name missing", "{\"first_name\":\"Ana\",\"email_address\":\"a@b.test\"}", "candidate.last_name: is required"));
        r.add(createWithCandidate("e-mail missing", "{\"first_name\":\"Ana\",\"last_name\":\"T\"}", "candidate.email_address: is required"));
        r.add(createWithCandidate("e-mail malformed", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"not-an-email\"}", "candidate.email_address: 'not-an-email' is not a valid e-mail"));
        r.add(createWithCandidate("e-mail with SQL injection", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.c' OR '1'='1\"}", "candidate.email_address:"));
        r.add(createWithCandidate("phone number of words", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"phone_number\":\"call me maybe\"}", "candidate.phone_number:"));
        r.add(createWithCandidate("unknown country code", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"location\":{\"country\":\"XYZ\",\"city\":\"Berlin\"}}", "candidate.location.country: 'XYZ'"));
        r.add(createWithCandidate("country with injection", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"location\":{\"country\":\"DE'--\"}}", "candidate.location.country:"));
        r.add(createWithCandidate("location without country", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"location\":{\"city\":\"Berlin\"}}", "candidate.location.country: is required"));
        r.add(createWithCandidate("javascript social link", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"social_links\":[{\"url\":\"javascript:alert(1)\"}]}", "candidate.social_links[0].url: must be an absolute http(s) URL"));
        r.add(createWithCandidate("social links not a list", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"social_links\":{\"url\":\"https://x.com\"}}", "candidate.social_links: must be an array"));
        r.add(createWithCandidate("gender outside the enum", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"gender\":\"ROBOT\"}", "candidate.gender: must be one of"));
        r.add(createWithCandidate("salary amount a string", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"salary_expectations\":{\"period\":\"YEAR\",\"amount\":\"lots\"}}", "candidate.salary_expectations.amount: must be a number"));
        r.add(createWithCandidate("availability not a date", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"availability_date\":\"tomorrow\"}", "candidate.availability_date: must be a date-time"));
        r.add(createWithCandidate("additional e-mail malformed", "{\"first_name\":\"Ana\",\"last_name\":\"T\",\"email_address\":\"a@b.test\",\"additional_email_addresses\":[{\"type\":\"WORK\",\"email_address\":\"nope\"}]}", "candidate.additional_email_addresses[0].email_address:"));
        r.add(create("attachment with bad base64", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"application/pdf\",\"data\":\"%%%not base64%%%\",\"type\":\"CV\"}"), "attachments[0].data: is not valid base64"));
        r.add(create("attachment over 10 MB", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"application/pdf\",\"data\":\"" + big + "\",\"type\":\"CV\"}"), "attachments[0].data: the file is larger than 10485760 bytes"));
        r.add(create("attachment of a refused type", attachment("{\"name\":\"setup.exe\",\"content_type\":\"application/x-msdownload\",\"data\":\"TVo=\",\"type\":\"OTHER\"}"), "attachments[0].content_type: 'application/x-msdownload' is not accepted"));
        r.add(create("attachment content type with shell", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"text/html; rm -rf /\",\"data\":\"TVo=\",\"type\":\"CV\"}"), "attachments[0].content_type:"));
        r.add(create("attachment type outside the enum", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"application/pdf\",\"data\":\"TVo=\",\"type\":\"RESUME\"}"), "attachments[0].type: must be one of"));
        r.add(create("attachment with data and data_url", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"application/pdf\",\"data\":\"TVo=\",\"data_url\":\"https://example.com/cv.pdf\",\"type\":\"CV\"}"), "attachments[0].data: give either"));
        r.add(create("attachment from a file URL", attachment("{\"name\":\"cv.pdf\",\"content_type\":\"application/pdf\",\"data_url\":\"file:///etc/passwd\",\"type\":\"CV\"}"), "attachments[0].data_url: must be an absolute http(s) URL"));
        r.add(create("attachment name with header injection", attachment("{\"name\":\"cv.pdf\\r\\nX-Evil: 1\",\"content_type\":\"application/pdf\",\"data\":\"TVo=\",\"type\":\"CV\"}"), "attachments[0].name: must be a file name"));
        r.add(create("attachment name with a path", attachment("{\"name\":\"../../etc/passwd\",\"content_type\":\"text/plain\",\"data\":\"TVo=\",\"type\":\"CV\"}"), "attachments[0].name: must be a file name"));
        r.add(create("screening answer without answer", "{" + CANDIDATE_OK + ",\"screening_question_answers\":[{\"question_id\":\"q1\"}]}", "screening_question_answers[0].answer: is required"));
        r.add(row("screening question not on the job", CREATE, "{" + CANDIDATE_OK + ",\"screening_question_answers\":[{\"question_id\":\"q-nope\",\"answer\":\"x\"}]}", 404, "PLATFORM.INPUT_INVALID", "screening_question_answers[0].question_id"));
        r.add(row("unknown stage", CREATE, "{" + CANDIDATE_OK + ",\"stage_id\":\"ZZZZZZZZZZZZZZZZZZZZZZZZ\"}", 404, "PLATFORM.INPUT_INVALID", "stage_id 'ZZZZZZZZZZZZZZZZZZZZZZZZ' not found"));
        r.add(row("stage id with SQL injection", CREATE, "{" + CANDIDATE_OK + ",\"stage_id\":\"'; DROP TABLE ats_candidates;--\"}", 404, "PLATFORM.INPUT_INVALID", "stage_id '"));
        r.add(row("unknown job (Kombo id)", "POST /v1/ats/jobs/ZZZZZZZZZZZZZZZZZZZZZZZZ/applications", "{" + CANDIDATE_OK + "}", 404, "PLATFORM.INPUT_INVALID", "job_id 'ZZZZZZZZZZZZZZZZZZZZZZZZ' not found"));
        r.add(row("unknown job (remote id)", "POST /v1/ats/jobs/remote:00000000-0000-4000-8000-000000000000/applications", "{" + CANDIDATE_OK + "}", 404, "PLATFORM.INPUT_INVALID", "job_id '00000000-0000-4000-8000-000000000000' is not a SmartRecruiters job"));
        r.add(row("job remote id with a path", "POST /v1/ats/jobs/remote:..%3Fjobs%26x=1/applications", "{" + CANDIDATE_OK + "}", 404, "PLATFORM.INPUT_INVALID", "job_id '..?jobs&x=1' not found"));
        r.add(row("job id percent-encoded remote prefix", "POST /v1/ats/jobs/remote%3A00000000-0000-4000-8000-000000000000/applications", "{" + CANDIDATE_OK + "}", 404, "PLATFORM.INPUT_INVALID", "job_id '00000000-0000-4000-8000-000000000000' is not a SmartRecruiters job"));
        r.add(create("source name a number", "{" + CANDIDATE_OK + ",\"source\":{\"name\":7}}", "source.name: must be a string"));
        r.add(create("consent not a boolean", "{" + CANDIDATE_OK + ",\"gdpr_consent\":{\"given\":\"yes\"}}", "gdpr_consent.given: must be a boolean"));
        r.add(create("remote_fields start date malformed", "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_address\":\"ana.table@example.test\",\"company\":\"Acme\"},\"remote_fields\":{\"smartrecruiters\":{\"candidate\":{\"experience\":[{\"startDate\":\"April 2019\"}]}}}}", "remote_fields.smartrecruiters.candidate.experience[0].startDate:"));
        r.add(row("duplicate of an existing application", CREATE, "{\"candidate\":{\"first_name\":\"Other\",\"last_name\":\"TABLE\",\"email_address\":\"{EMAIL}\"}}", 409, "ATS.APPLICATION_ALREADY_EXISTS", "A candidate with this e-mail and last name already applied"));
        r.add(bad("create candidate without application", "POST /v1/ats/candidates", "{" + CANDIDATE_OK + "}", "application: is required"));
        r.add(bad("create candidate without job id", "POST /v1/ats/candidates", "{" + CANDIDATE_OK + ",\"application\":{}}", "application.job_id: is required"));
        r.add(bad("form-encoded body", "POST /v1/ats/candidates/{CAND}/tags FORM", "tag=x", "Content-Type: 'application/x-www-form-urlencoded' is not accepted"));
        r.add(bad("tag missing", "POST /v1/ats/candidates/{CAND}/tags", "{}", "tag: is required"));
        r.add(bad("tag name over 50 characters", "POST /v1/ats/candidates/{CAND}/tags", "{\"tag\":{\"name\":\"" + "t".repeat(51) + "\"}}", "tag.name: must be at most 50"));
        r.add(bad("tag name empty", "POST /v1/ats/candidates/{CAND}/tags", "{\"tag\":{\"name\":\"\"}}", "tag.name: must not be blank"));
        r.add(row("tag on an unknown candidate", "POST /v1/ats/candidates/ZZZZZZZZZZZZZZZZZZZZZZZZ/tags", "{\"tag\":{\"name\":\"x\"}}", 404, "PLATFORM.INPUT_INVALID", "candidate_id 'ZZZZZZZZZZZZZZZZZZZZZZZZ' not found"));
        r.add(row("candidate id with SQL injection", "POST /v1/ats/candidates/1'%20OR%20'1'='1/tags", "{\"tag\":{\"name\":\"x\"}}", 404, "PLATFORM.INPUT_INVALID", "candidate_id '1' OR '1'='1' not found"));
        r.add(bad("tag removal with a numeric name", "DELETE /v1/ats/candidates/{CAND}/tags", "{\"tag\":{\"name\":5}}", "tag.name: must be a string"));
        r.add(bad("stage move without stage", "PUT /v1/ats/applications/{APP}/stage", "{}", "stage_id: is required"));
        r.add(row("stage move to an unknown stage", "PUT /v1/ats/applications/{APP}/stage", "{\"stage_id\":\"remote:BOGUS\"}", 404, "PLATFORM.INPUT_INVALID", "stage_id 'remote:BOGUS' not found"));
        r.add(row("stage move of an unknown application", "PUT /v1/ats/applications/ZZZZZZZZZZZZZZZZZZZZZZZZ/stage", "{\"stage_id\":\"remote:NEW\"}", 404, "PLATFORM.INPUT_INVALID", "application_id 'ZZZZZZZZZZZZZZZZZZZZZZZZ' not found"));
        r.add(bad("reject without reason", "POST /v1/ats/applications/{APP}/reject", "{\"note\":\"x\"}", "rejection_reason_id: is required"));
        r.add(row("reject with an unknown reason", "POST /v1/ats/applications/{APP}/reject", "{\"rejection_reason_id\":\"remote:no-such-reason\"}", 404, "PLATFORM.INPUT_INVALID", "rejection_reason_id 'remote:no-such-reason' not found"));
        r.add(bad("reject with an oversized note", "POST /v1/ats/applications/{APP}/reject", "{\"rejection_reason_id\":\"remote:x\",\"note\":\"" + "n".repeat(10_001) + "\"}", "note: must be at most"));
        r.add(bad("note without content", "POST /v1/ats/applications/{APP}/notes", "{\"content_type\":\"PLAIN_TEXT\"}", "content: is required"));
        r.add(bad("note of another content type", "POST /v1/ats/applications/{APP}/notes", "{\"content\":\"<b>x</b>\",\"content_type\":\"HTML\"}", "content_type: must be one of [PLAIN_TEXT]"));
        r.add(bad("note over 10,000 characters", "POST /v1/ats/applications/{APP}/notes", "{\"content\":\"" + "x".repeat(10_001) + "\",\"content_type\":\"PLAIN_TEXT\"}", "content: must be at most"));
        r.add(bad("result link with a javascript URL", "POST /v1/ats/applications/{APP}/result-links", "{\"label\":\"x\",\"url\":\"javascript:alert(document.cookie)\"}", "url: must be an absolute http(s) URL"));
        r.add(bad("result link without label", "POST /v1/ats/applications/{APP}/result-links", "{\"url\":\"https://example.com\"}", "label: is required"));
        r.add(bad("result link details without attributes", "POST /v1/ats/candidates/{CAND}/result-links", "{\"label\":\"x\",\"url\":\"https://example.com\",\"details\":{\"custom_field_name_prefix\":\"Acme:\"}}", "details.attributes: is required"));
        r.add(bad("result link attribute value a number", "POST /v1/ats/candidates/{CAND}/result-links", "{\"label\":\"x\",\"url\":\"https://example.com\",\"details\":{\"custom_field_name_prefix\":\"A\",\"attributes\":[{\"key\":\"Score\",\"value\":100}]}}", "details.attributes[0].value: must be a string"));
        r.add(bad("application attachment missing", "POST /v1/ats/applications/{APP}/attachments", "{}", "attachment: is required"));
        r.add(bad("application attachment empty file", "POST /v1/ats/applications/{APP}/attachments", "{\"attachment\":{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"\",\"type\":\"OTHER\"}}", "attachment.data: must not be blank"));
        r.add(bad("candidate attachment without content type", "POST /v1/ats/candidates/{CAND}/attachments", "{\"attachment\":{\"name\":\"a.txt\",\"data\":\"SGk=\",\"type\":\"OTHER\"}}", "attachment.content_type: is required with data"));
        r.add(row("attachments of an unknown application", "GET /v1/ats/applications/ZZZZZZZZZZZZZZZZZZZZZZZZ/attachments", null, 404, "PLATFORM.INPUT_INVALID", "application_id"));
        r.add(row("attachments of an unknown candidate", "GET /v1/ats/candidates/ZZZZZZZZZZZZZZZZZZZZZZZZ/attachments", null, 404, "PLATFORM.INPUT_INVALID", "candidate_id"));
        r.add(row("restrictions of an unknown action", "GET /v1/ats/actions/ats_delete_everything", null, 404, "PLATFORM.INPUT_INVALID", "action 'ats_delete_everything' not found"));
        return r;
    }

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            Job job = jobWithoutPosting();
            String email = uniqueEmail("table");
            JsonNode data = ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications",
                    "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Table\",\"email_address\":\"" + email + "\"}}")).path("data");
            fixture = Map.of("{APP}", data.path("id").asText(), "{CAND}", data.path("candidate_id").asText(),
                    "{JOB}", kombo("ats_jobs", job.id), "{EMAIL}", email);
            sandbox.requestLog().clear();
        }
    }

    private static String fill(String s) {
        if (s == null) {
            return null;
        }
        String out = s;
        for (Map.Entry<String, String> e : fixture.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsA4xxWithTheFieldNamedAndChangesNothing(Row row) {
        String[] call = fill(row.call()).split(" ");
        Map<String, String> before = snapshot();
        int sandboxCandidates = account().read(() -> account().candidates().size());
        ApiResponse r = call.length > 2 ? sendForm(call[0], call[1], row.body()) : send(call[0], call[1], fill(row.body()));

        assertThat(r.status()).as("%s → %s", row, r.body()).isEqualTo(row.status()).isBetween(400, 499);
        JsonNode error = r.body().path("error");
        assertThat(r.body().path("status").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo(row.code());
        assertThat(error.path("message").asText()).startsWith(fill(row.message()));
        assertThat(error.path("message").asText()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(error.has("log_url")).isTrue();
        assertThat(srWrites()).as("SmartRecruiters writes").extracting(RecordedRequest::path).isEmpty();
        assertThat(snapshot()).as("rows after %s", row).isEqualTo(before);
        assertThat(account().read(() -> account().candidates().size())).isEqualTo(sandboxCandidates);
    }

    private ApiResponse sendForm(String method, String path, String form) {
        try {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + API_KEY).header("X-Integration-Id", INTEGRATION)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
            var resp = java.net.http.HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(resp.statusCode(), io.srconnector.json.Json.read(resp.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
