package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.log.RecordedRequest;
import io.srconnector.support.IntegrationTestBase;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the write-action integration tests: makes sure the sandbox account is synced (jobs and stages are needed to
 * name them by Kombo id), clears the sandbox request log before each test, and offers the write calls of our API and
 * look-ups of sandbox records.
 */
abstract class WriteITBase extends IntegrationTestBase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void syncedAndQuiet() {
        Integer jobs = jdbc.queryForObject("SELECT count(*) FROM ats_jobs WHERE integration_id = ?", Integer.class,
                INTEGRATION);
        Integer stages = jdbc.queryForObject("SELECT count(*) FROM ats_application_stages WHERE integration_id = ?",
                Integer.class, INTEGRATION);
        if (jobs == null || jobs == 0 || stages == null || stages == 0) {
            assertThat(run(sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
        }
        sandbox.requestLog().clear();
    }

    /** Any call on our API with the test key and integration; {@code headers} are extra name/value pairs. */
    protected ApiResponse send(String method, String path, String json, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + API_KEY).header("X-Integration-Id", INTEGRATION)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            if (!r.body().isEmpty()) {
                try {
                    body = Json.read(r.body());
                } catch (IllegalArgumentException notJson) {
                    body = Json.mapper().getNodeFactory().textNode(r.body());
                }
            }
            return new ApiResponse(r.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 200 answer's body; fails with the answer otherwise. */
    protected static JsonNode ok(ApiResponse r) {
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("success");
        return r.body();
    }

    protected static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    protected SandboxAccount account() {
        return sandbox.account();
    }

    /** Kombo id of a SmartRecruiters record. */
    protected static String kombo(String table, String remoteId) {
        return UnifiedIds.of(INTEGRATION, table, remoteId);
    }

    /** An open job (SOURCING) without a published posting, with a hiring process. */
    protected Job jobWithoutPosting() {
        return account().read(() -> account().jobs().values().stream()
                .filter(j -> !Boolean.TRUE.equals(j.template) && "SOURCING".equals(j.status) && j.hiringProcessId != null)
                .filter(j -> account().postings().values().stream().noneMatch(p -> j.id.equals(p.jobId())))
                .findFirst().orElseThrow());
    }

    /** A job with a published posting whose configuration has a single-field select question. */
    protected Job jobWithPosting() {
        return account().read(() -> account().jobs().values().stream()
                .filter(j -> postingOf(j) != null).findFirst().orElseThrow());
    }

    /** The job's (default-ad first) posting with an Application API configuration, or null. */
    protected Posting postingOf(Job j) {
        return account().read(() -> account().postings().values().stream()
                .filter(p -> j.id.equals(p.jobId()) && account().applyConfiguration(p.uuid()) != null)
                .sorted((a, b) -> Boolean.compare(!Boolean.TRUE.equals(a.defaultJobAd()), !Boolean.TRUE.equals(b.defaultJobAd())))
                .findFirst().orElse(null));
    }

    protected ApplyConfiguration configurationOf(Posting p) {
        return account().read(() -> account().applyConfiguration(p.uuid()));
    }

    /** A sub-status of the job's hiring process for a status. */
    protected String subStatus(Job j, String status) {
        HiringProcess p = account().read(() -> account().configuration().hiringProcess(j.hiringProcessId));
        return p.subStatuses().of(status).get(0);
    }

    /** A sub-status of the status that the job's hiring process does not have. */
    protected String foreignSubStatus(Job j, String status) {
        return account().read(() -> account().configuration().hiringProcesses().stream()
                .flatMap(p -> p.subStatuses().of(status).stream())
                .filter(s -> !subStatuses(j, status).contains(s)).findFirst().orElseThrow());
    }

    private List<String> subStatuses(Job j, String status) {
        return account().configuration().hiringProcess(j.hiringProcessId).subStatuses().of(status);
    }

    /** The Kombo id of a stage by its remote id ({@code STATUS} or {@code STATUS|sub}). */
    protected static String stage(String remoteId) {
        return kombo("ats_application_stages", remoteId);
    }

    protected Candidate sandboxCandidate(String remoteId) {
        return account().read(() -> account().candidate(remoteId));
    }

    /** Sandbox candidates with this e-mail (case-insensitive). */
    protected List<Candidate> sandboxCandidatesByEmail(String email) {
        return account().read(() -> account().candidates().values().stream()
                .filter(c -> email.equalsIgnoreCase(c.email)).toList());
    }

    /** SmartRecruiters requests since the test started, as {@code METHOD path} (query left out). */
    protected List<String> srCalls() {
        List<String> out = new ArrayList<>();
        sandbox.requestLog().all().forEach(r -> out.add(r.method() + " " + r.path()));
        return out;
    }

    /** The SmartRecruiters requests since the test started that change something (not GET). */
    protected List<RecordedRequest> srWrites() {
        return sandbox.requestLog().find(r -> !r.method().equals("GET"));
    }

    /** The one request with this method and path. */
    protected RecordedRequest onlyRequest(String method, String path) {
        List<RecordedRequest> found = sandbox.requestLog().find(method, path);
        assertThat(found).as(method + " " + path).hasSize(1);
        return found.get(0);
    }

    /** A request's JSON body. */
    protected static JsonNode body(RecordedRequest r) {
        return Json.read(r.body());
    }

    /** Decoded query parameters of a request. */
    protected static Map<String, String> query(RecordedRequest r) {
        Map<String, String> q = new LinkedHashMap<>();
        if (r.rawQuery() != null) {
            for (String kv : r.rawQuery().split("&")) {
                int eq = kv.indexOf('=');
                q.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** A create-application body for a candidate with the given e-mail. */
    protected static String candidateBody(String email, String extra) {
        return "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Tester\",\"email_address\":\"" + email + "\"}"
                + (extra == null || extra.isBlank() ? "" : "," + extra) + "}";
    }

    /** Creates an application on a job (by remote id) and returns the answer's data. */
    protected JsonNode createApplication(Job job, String email) {
        return ok(send("POST", "/v1/ats/jobs/remote:" + job.id + "/applications", candidateBody(email, null)))
                .path("data");
    }

    /** A hash of every row of the tables a write can change, for "nothing changed" checks. */
    protected Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of("ats_candidates", "ats_applications")) {
            m.put(t, Objects.toString(jdbc.queryForObject("SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) "
                    + "FROM " + t + " x WHERE integration_id = ?", String.class, INTEGRATION)));
        }
        m.put("tracked_applications", Objects.toString(jdbc.queryForObject("SELECT md5(coalesce(string_agg("
                + "x::text, '|' ORDER BY x::text), '')) FROM tracked_applications x WHERE integration_id = ?",
                String.class, INTEGRATION)));
        return m;
    }
}
