package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.http.RequestHolds;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.log.RecordedRequest;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write action other than the creates, against the sandbox: the exact SmartRecruiters requests, the answer, the
 * write-through (a read right after shows the change) and the sandbox's own state (the next sync sees it); the
 * tag-removal quirk under a concurrent change, the result-link mapping, and FC-14 (nothing inbound reaches
 * SmartRecruiters).
 */
class WriteActionsIT extends WriteITBase {

    /** A fresh application (created through our API) on an open job without posting. */
    private record Fresh(Job job, String applicationId, String candidateId, String candidateRemoteId) {
    }

    private Fresh fresh(String who) {
        Job job = jobWithoutPosting();
        JsonNode data = createApplication(job, uniqueEmail(who));
        sandbox.requestLog().clear();
        return new Fresh(job, data.path("id").asText(), data.path("candidate_id").asText(),
                data.path("candidate").path("remote_id").asText());
    }

    private JsonNode candidateRead(String id) {
        return get("/v1/ats/candidates?ids=" + id).body().path("data").path("results").get(0);
    }

    private JsonNode applicationRead(String id) {
        return get("/v1/ats/applications?ids=" + id).body().path("data").path("results").get(0);
    }

    private static List<String> tags(JsonNode candidateRow) {
        List<String> out = new ArrayList<>();
        candidateRow.path("remote_data").path("/candidates/{id}").path("tags").forEach(t -> out.add(t.asText()));
        return out;
    }

    @Test
    void addAndRemoveTagsAndTheNextReadShowsThem() {
        Fresh f = fresh("tags");
        ok(send("POST", "/v1/ats/candidates/" + f.candidateId() + "/tags", "{\"tag\":{\"name\":\"Excellent Fit\"}}"));
        ok(send("POST", "/v1/ats/candidates/" + f.candidateId() + "/tags", "{\"tag\":{\"name\":\"Ünïcødé 李\"}}"));
        assertThat(sandbox.requestLog().find("POST", "/candidates/" + f.candidateRemoteId() + "/tags"))
                .extracting(r -> body(r)).containsExactly(Json.read("{\"tags\":[\"Excellent Fit\"]}"),
                        Json.read("{\"tags\":[\"Ünïcødé 李\"]}"));
        assertThat(tags(candidateRead(f.candidateId()))).containsExactly("Excellent Fit", "Ünïcødé 李");

        sandbox.requestLog().clear();
        JsonNode removed = ok(send("DELETE", "/v1/ats/candidates/" + f.candidateId() + "/tags", "{\"tag\":{\"name\":\"Excellent Fit\"}}"));
        assertThat(removed.path("warnings")).isEmpty();
        String tagsPath = "/candidates/" + f.candidateRemoteId() + "/tags";
        assertThat(srCalls().stream().filter(c -> c.endsWith(tagsPath)).toList()).containsExactly(
                "GET " + tagsPath, "GET " + tagsPath, "PUT " + tagsPath, "GET " + tagsPath);
        assertThat(body(onlyRequest("PUT", tagsPath))).isEqualTo(Json.read("{\"tags\":[\"Ünïcødé 李\"]}"));
        assertThat(tags(candidateRead(f.candidateId()))).containsExactly("Ünïcødé 李");
        assertThat(sandboxCandidate(f.candidateRemoteId()).tags).containsExactly("Ünïcødé 李");

        JsonNode absent = ok(send("DELETE", "/v1/ats/candidates/" + f.candidateId() + "/tags", "{\"tag\":{\"name\":\"nope\"}}"));
        assertThat(absent.path("warnings").get(0).path("message").asText()).contains("has no tag 'nope'");
    }

    /** Quirk: no single-tag delete — read, remove, replace, re-read — without losing a tag added meanwhile. */
    @Test
    void removingATagKeepsATagAddedConcurrently() throws Exception {
        Fresh f = fresh("tagrace");
        String cid = f.candidateRemoteId();
        account().write(() -> account().candidate(cid).tags = List.of("a", "b"));
        RequestHolds.Hold firstRead = sandbox.holds().holdNext("GET /candidates/{id}/tags");
        RequestHolds.Hold secondRead = sandbox.holds().holdNext("GET /candidates/{id}/tags");
        CompletableFuture<ApiResponse> removal = CompletableFuture.supplyAsync(() -> send("DELETE",
                "/v1/ats/candidates/" + f.candidateId() + "/tags", "{\"tag\":{\"name\":\"a\"}}"));
        assertThat(firstRead.awaitArrival(Duration.ofSeconds(20))).isTrue();
        firstRead.release();
        assertThat(secondRead.awaitArrival(Duration.ofSeconds(20))).isTrue();
        account().write(() -> account().candidate(cid).tags = List.of("a", "b", "added-meanwhile"));
        secondRead.release();
        ok(removal.get(30, TimeUnit.SECONDS));

        String tagsPath = "/candidates/" + cid + "/tags";
        assertThat(srCalls().stream().filter(c -> c.endsWith(tagsPath)).toList()).containsExactly(
                "GET " + tagsPath, "GET " + tagsPath, "GET " + tagsPath, "GET " + tagsPath, "PUT " + tagsPath,
                "GET " + tagsPath);
        assertThat(body(onlyRequest("PUT", tagsPath))).isEqualTo(Json.read("{\"tags\":[\"b\",\"added-meanwhile\"]}"));
        assertThat(sandboxCandidate(cid).tags).containsExactly("b", "added-meanwhile");
    }

    /** Unified stage ids map back to SmartRecruiters status and sub-status. */
    @Test
    void moveToStageSendsStatusAndSubStatusAndTheReadShowsIt() {
        Fresh f = fresh("move");
        String sub = subStatus(f.job(), "INTERVIEW");
        JsonNode answer = ok(send("PUT", "/v1/ats/applications/" + f.applicationId() + "/stage",
                "{\"stage_id\":\"" + stage("INTERVIEW|" + sub) + "\"}"));
        assertThat(answer.path("data").isObject()).isTrue();
        assertThat(srWrites()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/candidates/" + f.candidateRemoteId() + "/jobs/" + f.job().id + "/status");
            assertThat(body(r)).isEqualTo(Json.read("{\"status\":\"INTERVIEW\",\"subStatus\":\"" + sub + "\"}"));
        });
        JsonNode app = applicationRead(f.applicationId());
        assertThat(app.path("current_stage").path("remote_id").asText()).isEqualTo("INTERVIEW|" + sub);
        assertThat(app.path("outcome").asText()).isEqualTo("PENDING");

        sandbox.requestLog().clear();
        ok(send("PUT", "/v1/ats/applications/" + f.applicationId() + "/stage", "{\"stage_id\":\"" + stage("HIRED") + "\"}"));
        assertThat(body(srWrites().get(0))).isEqualTo(Json.read("{\"status\":\"HIRED\"}"));
        assertThat(applicationRead(f.applicationId()).path("outcome").asText()).isEqualTo("HIRED");

        ApiResponse refused = send("PUT", "/v1/ats/applications/" + f.applicationId() + "/stage",
                "{\"stage_id\":\"" + stage("INTERVIEW") + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("REMOTE.INPUT_INVALID");
        assertThat(refused.body().path("error").path("message").asText()).contains("400 REQUIRED_SUB_STATUS_OMITTED");
    }

    @Test
    void rejectSendsTheReasonAndPassesTheNoteThrough() {
        Fresh f = fresh("reject");
        IdLabel reason = account().read(() -> account().configuration().rejectionReasons().get(1));
        JsonNode answer = ok(send("POST", "/v1/ats/applications/" + f.applicationId() + "/reject",
                "{\"rejection_reason_id\":\"" + kombo("ats_rejection_reasons", reason.id())
                        + "\",\"note\":\"Strong, but @[USER:x] not now\"}"));
        assertThat(answer.path("warnings")).isEmpty();
        assertThat(srCalls().subList(0, 3)).containsExactly("GET /configuration/rejection-reasons",
                "PUT /candidates/" + f.candidateRemoteId() + "/jobs/" + f.job().id + "/status", "POST /messages/shares");
        assertThat(body(srWrites().get(0))).isEqualTo(Json.read("{\"status\":\"REJECTED\",\"reason\":\"" + reason.id() + "\"}"));
        assertThat(body(srWrites().get(1))).isEqualTo(Json.read("{\"content\":\"#[CANDIDATE:" + f.candidateRemoteId()
                + "] Strong, but @\u200B[USER:x] not now\",\"shareWith\":{\"hiringTeamOf\":[\"" + f.job().id + "\"]}}"));
        JsonNode app = applicationRead(f.applicationId());
        assertThat(app.path("outcome").asText()).isEqualTo("DECLINED");
        assertThat(app.path("rejection_reason_name").asText()).isEqualTo(reason.label());
        assertThat(app.path("rejected_at").isNull()).isFalse();
        assertThat(app.path("current_stage").path("remote_id").asText()).isEqualTo("REJECTED");
    }

    @Test
    void noteIsAMessageLinkedToTheCandidateAndSharedWithTheJobsHiringTeam() {
        Fresh f = fresh("note");
        ok(send("POST", "/v1/ats/applications/" + f.applicationId() + "/notes",
                "{\"content\":\"Call back on Monday — #[CANDIDATE:someone-else] 🙂\",\"content_type\":\"PLAIN_TEXT\"}"));
        assertThat(body(onlyRequest("POST", "/messages/shares"))).isEqualTo(Json.read("{\"content\":\"#[CANDIDATE:"
                + f.candidateRemoteId() + "] Call back on Monday — #\u200B[CANDIDATE:someone-else] 🙂\","
                + "\"shareWith\":{\"hiringTeamOf\":[\"" + f.job().id + "\"]}}"));
        SandboxResponse messages = sandbox.handle("GET", "/messages?candidateId=" + f.candidateRemoteId(),
                Map.of("X-SmartToken", List.of(SandboxSettings.DEFAULT_API_KEY)), null);
        JsonNode listed = Json.read(messages.body()).path("content");
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.path("context").path("candidateIds")).containsExactly(Json.mapper().getNodeFactory()
                    .textNode(f.candidateRemoteId()));
            assertThat(m.path("visibility").asText()).isEqualTo("HIRING_TEAM");
        });
    }

    /** Quirk: no result-link endpoint for non-partners — the link becomes a note on the candidate. */
    @Test
    void resultLinksBecomeNotesOnTheCandidate() {
        Fresh f = fresh("result");
        String link = "{\"label\":\"Assessment Result\",\"url\":\"https://example.com/test-results/5BtP\",\"details\":"
                + "{\"custom_field_name_prefix\":\"Acme:\",\"attributes\":[{\"key\":\"Score\",\"value\":\"100%\"},"
                + "{\"key\":\"Time\",\"value\":\"2:30h\"}]}}";
        ok(send("POST", "/v1/ats/applications/" + f.applicationId() + "/result-links", link));
        assertThat(body(onlyRequest("POST", "/messages/shares"))).isEqualTo(Json.read("{\"content\":\"#[CANDIDATE:"
                + f.candidateRemoteId() + "] Assessment Result: https://example.com/test-results/5BtP\\nAcme: Score: 100%"
                + "\\nAcme: Time: 2:30h\",\"shareWith\":{\"hiringTeamOf\":[\"" + f.job().id + "\"]}}"));

        sandbox.requestLog().clear();
        ok(send("POST", "/v1/ats/candidates/" + f.candidateId() + "/result-links",
                "{\"label\":\"Profile\",\"url\":\"https://example.com/p/1\"}"));
        assertThat(srCalls()).containsExactly("GET /candidates/" + f.candidateRemoteId(), "POST /messages/shares");
        assertThat(body(onlyRequest("POST", "/messages/shares"))).isEqualTo(Json.read("{\"content\":\"#[CANDIDATE:"
                + f.candidateRemoteId() + "] Profile: https://example.com/p/1\",\"shareWith\":{\"hiringTeamOf\":[\""
                + f.job().id + "\"]}}"));
    }

    @Test
    void applicationAttachmentIsAMultipartUploadWithTheNameIntactAndReadsBackWithContent() {
        Fresh f = fresh("attach");
        byte[] pdf = "%PDF-1.4 cover letter".getBytes(StandardCharsets.US_ASCII);
        ok(send("POST", "/v1/ats/applications/" + f.applicationId() + "/attachments", "{\"attachment\":{\"name\":"
                + "\"Anschreiben Müller \\\"final\\\" 李.pdf\",\"content_type\":\"application/pdf\",\"data\":\""
                + Base64.getEncoder().encodeToString(pdf) + "\",\"type\":\"COVER_LETTER\"}}"));
        RecordedRequest upload = onlyRequest("POST", "/candidates/" + f.candidateRemoteId() + "/jobs/" + f.job().id + "/attachments");
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        String multipart = upload.bodyText();
        assertThat(multipart).contains("name=\"attachmentType\"\r\n\r\nCOVER_LETTER\r\n")
                .contains("filename=\"Anschreiben Müller %22final%22 李.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cover letter\r\n");
        Attachment stored = sandboxCandidate(f.candidateRemoteId()).application(f.job().id).attachments.get(0);
        assertThat(stored.name()).isEqualTo("Anschreiben Müller \"final\" 李.pdf");
        assertThat(stored.type()).isEqualTo("COVER_LETTER");

        JsonNode results = ok(get("/v1/ats/applications/" + f.applicationId() + "/attachments")).path("data").path("results");
        assertThat(results).singleElement().satisfies(a -> {
            assertThat(a.path("file_name").asText()).isEqualTo("Anschreiben Müller \"final\" 李.pdf");
            assertThat(a.path("type").asText()).isEqualTo("COVER_LETTER");
            assertThat(a.path("content_type").asText()).isEqualTo("application/pdf");
            assertThat(a.path("data_url").asText()).isEqualTo("data:application/pdf;base64," + Base64.getEncoder().encodeToString(pdf));
            assertThat(a.path("remote_id").asText()).isEqualTo(stored.id());
            assertThat(a.path("id").asText()).isEqualTo(kombo("ats_attachments", stored.id()));
        });
    }

    /** Quirk: files live per application — a candidate file goes to the primary application; data_url is downloaded. */
    @Test
    void candidateAttachmentFromADataUrlGoesToThePrimaryApplication() throws Exception {
        Fresh f = fresh("cvurl");
        Job second = account().read(() -> account().jobs().values().stream()
                .filter(j -> !j.id.equals(f.job().id) && "SOURCING".equals(j.status) && !Boolean.TRUE.equals(j.template))
                .findFirst().orElseThrow());
        String email = sandboxCandidate(f.candidateRemoteId()).email;
        ok(send("POST", "/v1/ats/jobs/remote:" + second.id + "/applications", candidateBody(email, null)));
        sandbox.requestLog().clear();
        byte[] cv = "CV of Ana — ü".getBytes(StandardCharsets.UTF_8);
        HttpServer files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/cv", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, cv.length);
            ex.getResponseBody().write(cv);
            ex.close();
        });
        files.start();
        try {
            ok(send("POST", "/v1/ats/candidates/" + f.candidateId() + "/attachments", "{\"attachment\":{\"name\":\"cv.txt\","
                    + "\"data_url\":\"http://127.0.0.1:" + files.getAddress().getPort() + "/cv\",\"type\":\"CV\"}}"));
        } finally {
            files.stop(0);
        }
        assertThat(srCalls()).containsExactly("GET /candidates/" + f.candidateRemoteId(),
                "POST /candidates/" + f.candidateRemoteId() + "/jobs/" + second.id + "/attachments");
        Attachment stored = sandboxCandidate(f.candidateRemoteId()).application(second.id).attachments.get(0);
        assertThat(stored.content()).isEqualTo(cv);
        assertThat(stored.contentType()).isEqualTo("text/plain");
        assertThat(stored.type()).isEqualTo("RESUME");

        JsonNode all = ok(get("/v1/ats/candidates/" + f.candidateId() + "/attachments")).path("data").path("results");
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.path("application_id").asText()).isEqualTo(kombo("ats_applications", f.candidateRemoteId() + ":" + second.id));
            assertThat(a.path("candidate_id").asText()).isEqualTo(f.candidateId());
            assertThat(a.path("type").asText()).isEqualTo("CV");
            assertThat(Base64.getDecoder().decode(a.path("data_url").asText().substring("data:text/plain;base64,".length()))).isEqualTo(cv);
        });
    }

    /** FC-14: inbound headers and query parameters of a write never reach SmartRecruiters. */
    @Test
    void nothingInboundReachesSmartRecruiters() {
        Fresh f = fresh("fc14");
        ok(send("POST", "/v1/ats/candidates/" + f.candidateId() + "/tags?pageId=evil&CamelHttpQuery=x&limit=1",
                "{\"tag\":{\"name\":\"clean\"}}", "Cookie", "session=secret", "X-SmartToken", "stolen-key",
                "X-Forwarded-For", "10.0.0.1", "CamelHttpUri", "http://evil.example", "CamelHttpPath", "/jobs",
                "X-Custom", "leak", "Accept-Language", "de"));
        Set<String> allowed = Set.of("x-smarttoken", "accept", "host", "user-agent", "connection", "accept-encoding",
                "content-type", "content-length");
        List<RecordedRequest> sent = sandbox.requestLog().all();
        assertThat(sent).isNotEmpty();
        for (RecordedRequest r : sent) {
            assertThat(r.headers().keySet()).as(r.method() + " " + r.pathAndQuery())
                    .allSatisfy(h -> assertThat(allowed).contains(h.toLowerCase(Locale.ROOT)));
            assertThat(r.header("X-SmartToken")).isEqualTo(SandboxSettings.DEFAULT_API_KEY);
            assertThat(r.pathAndQuery()).doesNotContain("evil").doesNotContain("CamelHttpQuery");
        }
        RecordedRequest post = onlyRequest("POST", "/candidates/" + f.candidateRemoteId() + "/tags");
        assertThat(post.rawQuery()).isNull();
        assertThat(body(post)).isEqualTo(Json.read("{\"tags\":[\"clean\"]}"));
    }

    /** The sandbox keeps the written state: the next sync reads exactly what the write-through stored. */
    @Test
    void theNextSyncSeesWhatTheWriteThroughStored() {
        Fresh f = fresh("nextsync");
        ok(send("PUT", "/v1/ats/applications/" + f.applicationId() + "/stage",
                "{\"stage_id\":\"" + stage("OFFERED|" + subStatus(f.job(), "OFFERED")) + "\"}"));
        Map<String, Object> before = jdbc.queryForMap("SELECT changed_at, current_stage_id, last_seen_run_id "
                + "FROM ats_applications WHERE id = ?", f.applicationId());
        assertThat(before.get("last_seen_run_id")).as("write-through leaves no run stamp").isNull();

        String runId = sync(SyncType.DELTA);
        assertThat(run(runId).get("status")).isEqualTo("SUCCEEDED");
        Map<String, Object> after = jdbc.queryForMap("SELECT changed_at, current_stage_id, last_seen_run_id "
                + "FROM ats_applications WHERE id = ?", f.applicationId());
        assertThat(after.get("last_seen_run_id")).isEqualTo(runId);
        assertThat(after.get("current_stage_id")).isEqualTo(before.get("current_stage_id"));
        assertThat(after.get("changed_at")).as("the sync found nothing new").isEqualTo(before.get("changed_at"));
    }
}
