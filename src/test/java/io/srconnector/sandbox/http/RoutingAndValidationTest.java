package io.srconnector.sandbox.http;

import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing, SR's path layout on one host, parameter validation and 404 codes. */
class RoutingAndValidationTest {

    private static SandboxServer server;
    private static SandboxClient client;
    private static Candidate candidate;
    private static String jobId;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(60).build()).start();
        client = new SandboxClient(server);
        candidate = server.account().read(() -> server.account().candidates().values().stream()
                .filter(Candidate::hasApplications).findFirst().orElseThrow());
        jobId = candidate.applications.get(0).jobId;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(SandboxClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.json().at("/errors/0/code").asText()).isEqualTo(code);
        assertThat(r.json().get("message").isTextual()).isTrue();
    }

    @Test
    void unknownPathGives404ErrorResponse() {
        assertError(client.get("/no/such/endpoint"), 404, "NOT_FOUND");
        assertError(client.get("/user-api/v201804/jobs"), 404, "NOT_FOUND");
        assertError(client.get("/users"), 404, "NOT_FOUND");
    }

    @Test
    void knownPathWithOtherMethodGives405() {
        SandboxClient.Response r = client.send("DELETE", "/jobs", null);
        assertError(r, 405, "METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void versionedFamiliesLiveUnderTheirPrefixes() {
        assertThat(client.get("/user-api/v201804/users").status()).isEqualTo(200);
        assertThat(client.get("/user-api/v201804/users/me").status()).isEqualTo(200);
        String appId = candidate.applications.get(0).applicationId;
        assertThat(client.get("/interviews-api/v201904/interviews?applicationId=" + appId).status()).isEqualTo(200);
        assertThat(client.getJson("/job-applications-api/v202112/job-applications/" + appId).get("profileId").asText())
                .isEqualTo(candidate.id);
    }

    @ParameterizedTest
    @CsvSource({
            "/jobs?limit=101, INVALID_PARAMETER",
            "/jobs?limit=0, INVALID_PARAMETER",
            "/jobs?limit=ten, INVALID_PARAMETER",
            "/candidates?limit=101, INVALID_PARAMETER",
            "/user-api/v201804/users?limit=101, INVALID_PARAMETER",
            "/offers?limit=101, INVALID_PARAMETER",
            "/offers?offset=-1, INVALID_PARAMETER",
            "/v1/companies/AcmeSandbox/postings?limit=101, INVALID_PARAMETER",
            "/configuration/sources/OTHER/values?limit=101, INVALID_PARAMETER",
            "/jobs?pageId=YWJj, INVALID_PARAMETER",
            "/jobs?sort=default&pageId=YWJj, INVALID_PARAMETER",
            "/jobs?sort=title, INVALID_PARAMETER",
            "/jobs?sort=job_id&pageId=not-a-cursor!, INVALID_PAGE_ID",
            "/candidates?pageId=%25%25, INVALID_PAGE_ID",
            "/candidates?status=APPLIED, INVALID_PARAMETER",
            "/candidates?subStatus=Onsite, INVALID_PARAMETER",
            "/candidates?updatedAfter=yesterday, INVALID_PARAMETER",
            "/jobs?status=OPEN, INVALID_PARAMETER",
            "/offers?status=SENT, INVALID_PARAMETER",
            "/interviews-api/v201904/interviews, INVALID_PARAMETER",
            "/jobs/x/jobads/y/postings?activeOnly=maybe, JOB_NOT_FOUND"
    })
    void invalidParametersGive400(String path, String code) {
        assertError(client.get(path), code.endsWith("NOT_FOUND") ? 404 : 400, code);
    }

    @Test
    void unknownIdsGive404WithSrCodes() {
        assertError(client.get("/jobs/00000000-0000-4000-8000-000000000000"), 404, "JOB_NOT_FOUND");
        assertError(client.get("/candidates/00000000-0000-4000-8000-000000000000"), 404, "CANDIDATE_NOT_FOUND");
        assertError(client.get("/candidates/00000000-0000-4000-8000-000000000000/jobs/" + jobId), 404, "CANDIDATE_NOT_FOUND");
        assertError(client.get("/candidates/" + candidate.id + "/jobs/00000000-0000-4000-8000-000000000000"), 404, "JOB_NOT_FOUND");
        assertThat(client.get("/candidates/" + candidate.id + "/jobs/00000000-0000-4000-8000-000000000000").json()
                .at("/errors/0/message").asText()).isEqualTo("candidate is not assigned to given job");
        assertError(client.get("/jobs/" + jobId + "/jobads/nope"), 404, "JOB_AD_NOT_FOUND");
        assertError(client.get("/user-api/v201804/users/ffffffffffffffffffffffff"), 404, "USER_NOT_FOUND");
        assertError(client.get("/candidates/attachments/nope"), 404, "ATTACHMENT_NOT_FOUND");
        assertError(client.get("/interviews-api/v201904/interviews/nope"), 404, "INTERVIEW_NOT_FOUND");
        assertError(client.get("/job-applications-api/v202112/job-applications/nope"), 404, "JOB_APPLICATION_NOT_FOUND");
        assertError(client.get("/configuration/hiring-processes/nope"), 404, "HIRING_PROCESS_NOT_FOUND");
        assertError(client.get("/configuration/sources/NOPE/values"), 404, "SOURCE_TYPE_NOT_FOUND");
        assertError(client.get("/v1/companies/AcmeSandbox/postings/1"), 404, "POSTING_NOT_FOUND");
        assertError(client.get("/candidates/" + candidate.id + "/jobs/" + jobId + "/offers/nope"), 404, "OFFER_NOT_FOUND");
    }

    @Test
    void unknownApplicationGivesEmptyInterviewList() {
        assertThat(client.getJson("/interviews-api/v201904/interviews?applicationId=nope").get("content")).isEmpty();
    }

    @Test
    void unknownCompanyGivesEmptyPostingList() {
        assertThat(client.getJson("/v1/companies/SomeoneElse/postings").get("totalFound").asInt()).isZero();
    }

    @Test
    void routeTablePrefersLiteralSegments() {
        RouteTable t = new RouteTable();
        t.add(new Route("GET", "/users/{id}", io.srconnector.sandbox.auth.ApiArea.USERS, ErrorStyle.CUSTOMER, r -> SandboxResponse.empty(200)));
        t.add(new Route("GET", "/users/me", io.srconnector.sandbox.auth.ApiArea.USERS, ErrorStyle.CUSTOMER, r -> SandboxResponse.empty(204)));
        assertThat(t.match("GET", "/users/me").route().template()).isEqualTo("/users/me");
        assertThat(t.match("GET", "/users/abc").variables()).containsEntry("id", "abc");
        assertThat(t.match("GET", "/users/a%20b").variables()).containsEntry("id", "a b");
        assertThat(t.match("GET", "/nothing")).isNull();
        assertThat(t.match("POST", "/users/me").found()).isFalse();
    }
}
