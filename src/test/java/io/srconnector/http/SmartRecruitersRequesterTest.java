package io.srconnector.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.srconnector.testsupport.Fixtures;
import org.apache.camel.component.http.HttpComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link SmartRecruitersRequester} against WireMock through a real camel-http producer: headers (FC-14), body
 * reading (FC-15), retries (FC-03, FC-05, FC-07), shared limits (FC-04) and error translation.
 */
class SmartRecruitersRequesterTest {
    private static final String INT = SrTestHarness.INTEGRATION;
    /** Headers HttpClient itself adds to every request (transport, not ours). */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("host", "connection", "user-agent", "accept-encoding",
            "content-length", "content-type", "transfer-encoding");

    private static SrTestHarness h;
    private SmartRecruitersRequester requester;

    @BeforeAll
    static void startHarness() {
        h = SrTestHarness.start();
    }

    @AfterAll
    static void stopHarness() {
        h.close();
    }

    @BeforeEach
    void reset() {
        h.reset();
        requester = h.requester(SrTestHarness.settings());
    }

    private static List<LoggedRequest> requests() {
        return h.wireMock.findAll(anyRequestedFor(anyUrl()));
    }

    private static String fixture(String name) {
        return Fixtures.text("http/" + name);
    }

    // ---------------------------------------------------------------------------------------------- basics

    @Test
    void getReturnsStatusBodyHeadersAndTheCalledUrl() {
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs/job-aaa")).willReturn(okJson("{\"id\":\"job-aaa\",\"title\":\"Zürich — 日本\"}")
                .withHeader("X-RateLimit-Remaining", "7")));

        SrResponse r = requester.execute(SrRequest.get(INT, "/jobs/job-aaa").query("language", "de").build());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("title").asText()).isEqualTo("Zürich — 日本");
        assertThat(r.header("X-RateLimit-Remaining")).isEqualTo("7");
        assertThat(r.header("x-ratelimit-remaining")).isEqualTo("7");
        assertThat(r.url()).isEqualTo(h.baseUrl() + "/jobs/job-aaa?language=de");
        assertThat(requester.json(SrRequest.get(INT, "/jobs/job-aaa").build()).path("id").asText()).isEqualTo("job-aaa");
    }

    @Test
    void postSendsItsBodyAndContentType() {
        h.wireMock.stubFor(post("/candidates").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c-1\"}")));
        byte[] body = "{\"firstName\":\"Zoë\",\"lastName\":\"Łukasz\"}".getBytes(StandardCharsets.UTF_8);

        SrResponse r = requester.execute(SrRequest.of(INT, "POST", "/candidates")
                .body(body, "application/json; charset=UTF-8").build());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("id").asText()).isEqualTo("c-1");
        h.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/candidates"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"firstName\":\"Zoë\",\"lastName\":\"Łukasz\"}")));
    }

    @Test
    void emptyBodyIsJsonNull() {
        h.wireMock.stubFor(any(urlPathEqualTo("/candidates/c-1/tags")).willReturn(aResponse().withStatus(204)));

        SrResponse r = requester.execute(SrRequest.of(INT, "PUT", "/candidates/c-1/tags").build());

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(r.json().isNull()).isTrue();
        assertThat(r.text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobs", "//evil.example/jobs", "http://evil.example/jobs", ""})
    void pathsMustBeRelativeAndStartWithASlash(String path) {
        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, path).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, null).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(requests()).isEmpty();
    }

    @Test
    void unknownIntegrationFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> requester.execute(SrRequest.get("nope", "/jobs").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(requests()).isEmpty();
    }

    // --------------------------------------------------------------------------------------- FC-14 hygiene

    /** FC-14: only the auth header, Accept and the request's own headers leave; path and query are the request's. */
    @Test
    void fc14OutboundRequestCarriesExactlyAuthAcceptAndItsOwnHeaders() {
        h.wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        requester.execute(SrRequest.get(INT, "/jobs/job-aaa")
                .header("Accept-Language", "de")
                .header("X-Request-Label", "sync-jobs")
                // inbound headers a route might still carry: none of them may leave
                .header("Authorization", "Bearer caller-token")
                .header("Cookie", "session=caller")
                .header("X-SmartToken", "caller-smart-token")
                .header("X-Integration-Id", "someone-else")
                .header("CamelHttpPath", "/api/passthrough")
                .header("CamelHttpQuery", "debug=1")
                .header("CamelHttpUri", "http://evil.example/steal")
                .header("CamelHttpMethod", "DELETE")
                .header("CamelRestHttpUri", "/v1/passthrough")
                .header("Host", "evil.example")
                .header("Proxy-Authorization", "Basic eA==")
                .build());

        assertThat(requests()).hasSize(1);
        LoggedRequest req = requests().get(0);
        assertThat(req.getMethod().getName()).isEqualTo("GET");
        assertThat(req.getUrl()).isEqualTo("/jobs/job-aaa");
        assertThat(req.getHeader("X-SmartToken")).isEqualTo(SrTestHarness.TOKEN);
        assertThat(req.getHeaders().getHeader("X-SmartToken").values()).containsExactly(SrTestHarness.TOKEN);
        assertThat(req.getHeader("Accept")).isEqualTo("application/json");
        assertThat(req.getHeader("Accept-Language")).isEqualTo("de");
        assertThat(req.getHeader("X-Request-Label")).isEqualTo("sync-jobs");
        assertThat(req.getHeader("Host")).isEqualTo("localhost:" + h.wireMock.port());
        Set<String> ours = req.getHeaders().all().stream().map(HttpHeader::key)
                .map(k -> k.toLowerCase(Locale.ROOT)).filter(k -> !TRANSPORT_HEADERS.contains(k))
                .collect(Collectors.toSet());
        assertThat(ours).containsExactlyInAnyOrder("x-smarttoken", "accept", "accept-language", "x-request-label");
    }

    /** FC-14: with OAuth, the Authorization header is ours, never the caller's, and sent once. */
    @Test
    void fc14BearerAuthIsTheConnectionsNotTheCallers() {
        h.connections.put(new SrConnection(INT, h.baseUrl(), "credential-1",
                Map.of("Authorization", "Bearer connector-oauth-token")));
        h.wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        requester.execute(SrRequest.get(INT, "/candidates/c-1").header("Authorization", "Bearer caller-token").build());

        LoggedRequest req = requests().get(0);
        assertThat(req.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer connector-oauth-token");
        assertThat(req.containsHeader("X-SmartToken")).isFalse();
        assertThat(req.getUrl()).isEqualTo("/candidates/c-1");
    }

    /** FC-14: the path and query that arrive are exactly the request's (repeated and encoded parameters). */
    @Test
    void fc14PathAndQueryAreExactlyTheRequests() {
        h.wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"content\":[]}")));

        SrResponse r = requester.execute(SrRequest.get(INT, "/candidates")
                .query("status", "NEW").query("status", "LEAD")
                .query("q", "Zoë & Co/1+1=2")
                .query("updatedAfter", "2024-05-01T00:00:00.000Z")
                .query("skipped", null)
                .build());

        LoggedRequest req = requests().get(0);
        assertThat(req.getUrl()).isEqualTo("/candidates?status=NEW&status=LEAD&q=Zo%C3%AB%20%26%20Co%2F1%2B1%3D2"
                + "&updatedAfter=2024-05-01T00%3A00%3A00.000Z");
        assertThat(req.getQueryParams().get("status").values()).containsExactly("NEW", "LEAD");
        assertThat(req.getQueryParams().get("q").firstValue()).isEqualTo("Zoë & Co/1+1=2");
        assertThat(req.getQueryParams()).doesNotContainKey("skipped");
        assertThat(r.url()).isEqualTo(h.baseUrl() + req.getUrl());
    }

    /** FC-14: the answer's headers are SmartRecruiters' — never our request's, so never the credential. */
    @Test
    void fc14ResponseHeadersAreOnlyTheAnswersNeverTheCredential() {
        h.wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}").withHeader("X-RateLimit-Limit", "10")));

        SrResponse r = requester.execute(SrRequest.get(INT, "/jobs").header("Accept-Language", "de")
                .header("X-Request-Label", "mine").build());

        assertThat(r.header("X-RateLimit-Limit")).isEqualTo("10");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.headers()).doesNotContainKeys("x-smarttoken", "accept", "accept-language", "x-request-label");
        assertThat(r.headers().keySet()).allSatisfy(k -> assertThat(k).isLowerCase().doesNotStartWith("camel"));
    }

    // ------------------------------------------------------------------------------------- FC-15 body read

    /** FC-15: the body is fully read: text() then json() (twice) all work. */
    @Test
    void fc15BodyIsReadableAgainAfterText() {
        String body = fixture("candidates-list.json");
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates")).willReturn(okJson(body)));

        SrResponse r = requester.execute(SrRequest.get(INT, "/candidates").query("limit", 100).build());

        assertThat(r.text()).isEqualTo(body);
        assertThat(r.json().path("content").get(0).path("firstName").asText()).isEqualTo("Jane");
        assertThat(r.json().path("totalFound").asInt()).isEqualTo(1);
        assertThat(r.text()).isEqualTo(body);
    }

    // ------------------------------------------------------------------------------- FC-03 / FC-05 429s

    /** FC-03: 429 with Retry-After then 200: one retry, the wait honoured, the answer returned. */
    @Test
    void fc03RetryAfterIsHonouredThenTheCallSucceeds() {
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withHeader("X-RateLimit-Remaining", "0"))
                .willSetStateTo("ok"));
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"content\":[{\"id\":\"c-1\"}]}")));
        AtomicLong calls = new AtomicLong();

        SrResponse r = requester.execute(SrRequest.get(INT, "/candidates").callCounter(calls::addAndGet).build());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("content").get(0).path("id").asText()).isEqualTo("c-1");
        assertThat(h.sleeps).containsExactly(2000L);
        assertThat(requests()).hasSize(2);
        assertThat(calls.get()).isEqualTo(2);
    }

    /** FC-03: every call 429: a bounded number of attempts, then a rate-limit failure (not "bad request"). */
    @Test
    void fc03PersistentRateLimitEndsAsRateLimitedAfterBoundedAttempts() {
        RequesterSettings s = SrTestHarness.settings();
        s.setMaxAttempts(4);
        requester = h.requester(s);
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                .withBody(fixture("apply-api-error-429.json"))));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/candidates").build()))
                .isInstanceOfSatisfying(SrRateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("TRAFFIC_LOCKED");
                    assertThat(e.getMessage()).contains("429").contains("Too Many Requests");
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/candidates");
                });
        assertThat(requests()).hasSize(4);
        assertThat(h.sleeps).containsExactly(1000L, 1000L, 1000L);
    }

    /** FC-03: without Retry-After, capped exponential back-off with jitter. */
    @Test
    void fc03WithoutRetryAfterBackOffIsExponentialJitteredAndCapped() {
        RequesterSettings s = SrTestHarness.settings();
        s.setMaxAttempts(6);
        s.setInitialBackoff(Duration.ofMillis(100));
        s.setMaxBackoff(Duration.ofMillis(300));
        requester = h.requester(s);
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs")).willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs").build()))
                .isInstanceOf(SrRateLimitedException.class);
        assertThat(requests()).hasSize(6);
        assertThat(h.sleeps).hasSize(5);
        // attempt n waits within [cap_n / 2, cap_n], cap_n = min(100 * 2^(n-1), 300)
        assertThat(h.sleeps.get(0)).isBetween(50L, 100L);
        assertThat(h.sleeps.get(1)).isBetween(100L, 200L);
        assertThat(h.sleeps.subList(2, 5)).allSatisfy(ms -> assertThat(ms).isBetween(150L, 300L));
    }

    /** FC-05: a Retry-After of an hour fails fast as rate limited: no hour-long wait, no hidden client sleep. */
    @Test
    void fc05HugeRetryAfterFailsFastAsRateLimited() {
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600")));

        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs").build()))
                        .isInstanceOfSatisfying(SrRateLimitedException.class, e -> {
                            assertThat(e.status()).isEqualTo(429);
                            assertThat(e.getMessage()).contains("Retry-After 3600s exceeds the cap");
                        }));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(requests()).hasSize(1);
        assertThat(h.sleeps).isEmpty();
    }

    /** FC-05, same fault on 5xx: a 503 asking for an hour's wait fails now instead of blocking the thread. */
    @ParameterizedTest(name = "{0} answered 503 with Retry-After: 3600")
    @ValueSource(strings = {"GET", "POST"})
    void fc05HugeRetryAfterOn503FailsFastAsServerError(String method) {
        h.wireMock.stubFor(any(urlPathEqualTo("/jobs")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "3600")));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, method, "/jobs").build()))
                        .isInstanceOfSatisfying(SrServerException.class, e -> assertThat(e.status()).isEqualTo(503)));
        assertThat(requests()).hasSize(1);
        assertThat(h.sleeps).isEmpty();
    }

    /**
     * FC-05: the requester relies on HttpClient's own retries being off (else HttpClient 5.5 sleeps on Retry-After
     * itself); the application's configuration must keep them off, and the harness mirrors it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void fc05TheApplicationConfigurationDisablesHttpClientRetries() throws Exception {
        Map<String, Object> yaml;
        try (Reader in = Files.newBufferedReader(Path.of("application.yaml"))) {
            yaml = new Yaml().load(in);
        }
        Map<String, Object> http = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                yaml.get("camel")).get("component")).get("http");
        Map<String, Object> sr = (Map<String, Object>) ((Map<String, Object>) yaml.get("connector")).get("smartrecruiters");

        assertThat(http.get("automatic-retries-disabled")).isEqualTo(true);
        assertThat(sr.get("max-retry-after")).isEqualTo("60s");
        assertThat(((HttpComponent) h.camel.getComponent("http"))
                .isAutomaticRetriesDisabled()).isTrue();
    }

    @Test
    void fc05RetryAfterAtTheCapIsStillWaited() {
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs")).inScenario("cap").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")).willSetStateTo("ok"));
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs")).inScenario("cap").whenScenarioStateIs("ok")
                .willReturn(okJson("{}")));

        assertThat(requester.execute(SrRequest.get(INT, "/jobs").build()).status()).isEqualTo(200);
        assertThat(h.sleeps).containsExactly(60_000L);
    }

    // ------------------------------------------------------------------------------ FC-07 non-idempotent

    /** FC-07: a POST answered 500 may have been processed: it is not re-sent. */
    @Test
    void fc07PostAnswered500IsNotResent() {
        h.wireMock.stubFor(post("/candidates").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Internal error\"}")));

        assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, "POST", "/candidates")
                .body("{}".getBytes(), "application/json").build()))
                .isInstanceOfSatisfying(SrServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("Internal error");
                });
        assertThat(requests()).hasSize(1);
        assertThat(h.sleeps).isEmpty();
    }

    @Test
    void fc07PatchAnswered502IsNotResent() {
        h.wireMock.stubFor(patch(urlPathEqualTo("/candidates/c-2")).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, "PATCH", "/candidates/c-2")
                .body("[]".getBytes(), "application/json-patch+json").build()))
                .isInstanceOf(SrServerException.class);
        assertThat(requests()).hasSize(1);
    }

    /** FC-07: a POST that times out (SmartRecruiters may have created the record) is not re-sent. */
    @Test
    void fc07PostTimingOutIsNotResent() {
        h.wireMock.stubFor(post("/candidates").willReturn(okJson("{\"id\":\"c-1\"}")
                .withFixedDelay((int) SrTestHarness.RESPONSE_TIMEOUT.toMillis() + 1000)));

        assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, "POST", "/candidates")
                .body("{}".getBytes(), "application/json").build()))
                .isInstanceOfSatisfying(SrTransportException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.method()).isEqualTo("POST");
                });
        assertThat(requests()).hasSize(1);
        assertThat(h.sleeps).isEmpty();
    }

    /** FC-07: 429 and 503 mean SmartRecruiters did not process the POST: it is retried. */
    @ParameterizedTest(name = "POST answered {0} is retried")
    @ValueSource(ints = {429, 503})
    void fc07PostAnswered429Or503IsRetried(int status) {
        h.wireMock.stubFor(post("/candidates").inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status)).willSetStateTo("ok"));
        h.wireMock.stubFor(post("/candidates").inScenario("retry").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"c-1\"}")));

        SrResponse r = requester.execute(SrRequest.of(INT, "POST", "/candidates")
                .body("{\"lastName\":\"Example\"}".getBytes(), "application/json").build());

        assertThat(r.status()).isEqualTo(201);
        assertThat(requests()).hasSize(2);
        assertThat(requests()).allSatisfy(q -> assertThat(q.getBodyAsString()).isEqualTo("{\"lastName\":\"Example\"}"));
        assertThat(h.sleeps).hasSize(1);
    }

    @Test
    void fc07ConflictIsAClientErrorAndNotRetried() {
        h.wireMock.stubFor(patch(urlPathEqualTo("/candidates/c-2")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Conflict\",\"errors\":[{\"code\":\"CANDIDATE_DATA_CONFLICT\","
                        + "\"message\":\"email and last name already used\"}]}")));

        assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, "PATCH", "/candidates/c-2").build()))
                .isInstanceOfSatisfying(SrClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("CANDIDATE_DATA_CONFLICT");
                });
        assertThat(requests()).hasSize(1);
    }

    // ------------------------------------------------------------------------------ 5xx and transport

    @Test
    void getAnswered5xxIsRetriedThenFailsAsServerError() {
        RequesterSettings s = SrTestHarness.settings();
        s.setMaxAttempts(3);
        requester = h.requester(s);
        h.wireMock.stubFor(get("/jobs/job-aaa").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs/job-aaa").build()))
                .isInstanceOfSatisfying(SrServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).isNull();
                    assertThat(e.responseBody()).isEqualTo("<html>oops</html>");
                    assertThat(e.getMessage()).isEqualTo("SmartRecruiters answered 500 to GET /jobs/job-aaa");
                });
        assertThat(requests()).hasSize(3);
        assertThat(h.sleeps).hasSize(2);
    }

    @ParameterizedTest(name = "GET answered {0} then 200 succeeds")
    @ValueSource(ints = {500, 502, 503, 504})
    void getAnsweredA5xxThen200Succeeds(int status) {
        h.wireMock.stubFor(get("/jobs").inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "3")).willSetStateTo("ok"));
        h.wireMock.stubFor(get("/jobs").inScenario("5xx").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        assertThat(requester.execute(SrRequest.get(INT, "/jobs").build()).status()).isEqualTo(200);
        assertThat(requests()).hasSize(2);
        assertThat(h.sleeps).containsExactly(3000L);
    }

    @Test
    void aTimedOutGetIsRetried() {
        h.wireMock.stubFor(get("/jobs").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"slow\":true}").withFixedDelay((int) SrTestHarness.RESPONSE_TIMEOUT.toMillis() + 1000))
                .willSetStateTo("fast"));
        h.wireMock.stubFor(get("/jobs").inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson("{\"slow\":false}")));

        SrResponse r = requester.execute(SrRequest.get(INT, "/jobs").build());

        assertThat(r.json().path("slow").asBoolean()).isFalse();
        assertThat(requests()).hasSize(2);
        assertThat(h.sleeps).hasSize(1);
    }

    /** Connection refused: nothing reached SmartRecruiters, so even a POST is retried; then a transport failure. */
    @ParameterizedTest(name = "{0} to a closed port")
    @ValueSource(strings = {"GET", "POST"})
    void connectionRefusedIsRetriedThenFailsAsTransport(String method) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        h.connections.put(new SrConnection(INT, "http://localhost:" + closedPort, "credential-1",
                Map.of("X-SmartToken", SrTestHarness.TOKEN)));
        RequesterSettings s = SrTestHarness.settings();
        s.setMaxAttempts(3);
        requester = h.requester(s);
        AtomicLong calls = new AtomicLong();

        assertThatThrownBy(() -> requester.execute(SrRequest.of(INT, method, "/candidates")
                .body(method.equals("POST") ? "{}".getBytes() : null, "application/json")
                .callCounter(calls::addAndGet).build()))
                .isInstanceOfSatisfying(SrTransportException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).startsWith("No answer from SmartRecruiters");
                });
        assertThat(h.sleeps).hasSize(2);
        assertThat(calls.get()).isEqualTo(3);
    }

    // ----------------------------------------------------------------------------------- error translation

    static Stream<Arguments> errorAnswers() {
        return Stream.of(
                Arguments.of(400, "error-400-invalid-page-id.json", SrClientException.class, "INVALID_PAGE_ID",
                        "Invalid page id"),
                Arguments.of(401, "error-401-permission-denied.json", SrUnauthorizedException.class,
                        "PERMISSION_DENIED", "Job access denied"),
                Arguments.of(403, "error-403-permission-denied.json", SrPermissionDeniedException.class,
                        "PERMISSION_DENIED", "Permission denied"),
                Arguments.of(404, "error-404-job-not-found.json", SrNotFoundException.class, "JOB_NOT_FOUND",
                        "Not found"),
                Arguments.of(422, "error-422-semantic.json", SrClientException.class, null,
                        "Request body is invalid"),
                Arguments.of(400, "oauth-token-error-400.json", SrClientException.class, "invalid_client",
                        "Bad client credentials"));
    }

    /** SmartRecruiters error bodies become typed exceptions carrying status, code, message and the request. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("errorAnswers")
    void errorAnswersBecomeTypedExceptions(int status, String file, Class<? extends SmartRecruitersException> type,
                                           String code, String message) {
        String body = fixture(file);
        h.wireMock.stubFor(any(urlPathEqualTo("/candidates/c-1/jobs/job-aaa/status/history"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/candidates/c-1/jobs/job-aaa/status/history")
                .query("limit", 10).build()))
                .isExactlyInstanceOf(type)
                .isInstanceOfSatisfying(SmartRecruitersException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).startsWith("SmartRecruiters answered " + status
                            + " to GET /candidates/c-1/jobs/job-aaa/status/history").contains(message);
                    if (code != null) {
                        assertThat(e.getMessage()).contains("[" + code + "]");
                    }
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/candidates/c-1/jobs/job-aaa/status/history");
                    assertThat(e.responseBody()).isEqualTo(body);
                });
        // client errors are final: one request, no back-off
        assertThat(requests()).hasSize(1);
        assertThat(h.sleeps).isEmpty();
    }

    @Test
    void errorWithoutTopLevelMessageUsesTheFirstErrorsMessage() {
        h.wireMock.stubFor(get("/jobs").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody("{\"errors\":[{\"code\":\"INVALID_QUERY\",\"message\":\"bad sort\"},"
                + "{\"code\":\"OTHER\",\"message\":\"ignored\"}]}")));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs").build()))
                .isInstanceOfSatisfying(SrClientException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_QUERY");
                    assertThat(e.getMessage()).isEqualTo("SmartRecruiters answered 400 to GET /jobs [INVALID_QUERY]: bad sort");
                });
    }

    @Test
    void exchangeReturnsErrorAnswersInsteadOfThrowing() {
        h.wireMock.stubFor(get("/jobs/nope").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(fixture("error-404-job-not-found.json"))));

        SrResponse r = requester.exchange(SrRequest.get(INT, "/jobs/nope").build());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo("JOB_NOT_FOUND");
    }

    // --------------------------------------------------------------------------------------- 401 refresh

    @Test
    void unauthorizedRefreshesTheTokenOnceAndRetriesWithTheNewOne() {
        h.connections.put(new SrConnection(INT, h.baseUrl(), "credential-1", Map.of("Authorization", "Bearer old")));
        h.connections.refreshedHeaders = Map.of("Authorization", "Bearer new");
        h.wireMock.stubFor(get("/jobs").withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));
        h.wireMock.stubFor(get("/jobs").withHeader("Authorization", equalTo("Bearer new")).willReturn(okJson("{}")));

        assertThat(requester.execute(SrRequest.get(INT, "/jobs").build()).status()).isEqualTo(200);
        assertThat(h.connections.refreshes.get()).isEqualTo(1);
        assertThat(requests()).extracting(q -> q.getHeader("Authorization"))
                .containsExactlyInAnyOrder("Bearer old", "Bearer new");
        assertThat(h.sleeps).isEmpty();
    }

    @Test
    void unauthorizedAfterTheRefreshFails() {
        h.connections.refreshedHeaders = Map.of("X-SmartToken", "still-bad");
        h.wireMock.stubFor(get("/jobs").willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody(fixture("error-401-permission-denied.json"))));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs").build()))
                .isInstanceOf(SrUnauthorizedException.class);
        assertThat(h.connections.refreshes.get()).isEqualTo(1);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void unauthorizedWithAnApiKeyIsNotRetried() {
        h.wireMock.stubFor(get("/jobs").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> requester.execute(SrRequest.get(INT, "/jobs").build()))
                .isInstanceOf(SrUnauthorizedException.class);
        assertThat(requests()).hasSize(1);
    }

    // -------------------------------------------------------------------------------- FC-04 shared limits

    /** Runs the calls concurrently and waits for all of them. */
    private static void concurrently(List<Callable<SrResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<SrResponse>> futures = pool.invokeAll(calls, 30, TimeUnit.SECONDS);
            for (Future<SrResponse> f : futures) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Server-side receive times (ms) of the requests to a path, in order. */
    private static List<Long> receivedAt(String path) {
        return requests().stream().filter(q -> q.getUrl().startsWith(path))
                .map(q -> q.getLoggedDate().getTime()).sorted(Comparator.naturalOrder()).toList();
    }

    private static List<Long> gaps(List<Long> times) {
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            out.add(times.get(i) - times.get(i - 1));
        }
        return out;
    }

    /**
     * FC-04: GET /candidates is serialised per credential, also across integrations sharing the credential: each
     * request is received only after the previous one was answered (each answer takes 300 ms).
     */
    @Test
    void fc04CandidateListCallsAreSerialisedPerCredential() throws Exception {
        int delay = 300;
        h.connections.put(new SrConnection("int-2", h.baseUrl(), "credential-1", Map.of("X-SmartToken", "other")));
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates")).willReturn(okJson("{\"content\":[]}")
                .withFixedDelay(delay)));
        List<Callable<SrResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String integration = i % 2 == 0 ? INT : "int-2";
            calls.add(() -> requester.execute(SrRequest.get(integration, "/candidates").query("limit", 100).build()));
        }

        concurrently(calls);

        List<Long> received = receivedAt("/candidates");
        assertThat(received).hasSize(4);
        assertThat(gaps(received)).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(delay - 15L));
    }

    /** FC-04 contrast: other calls of the credential run concurrently; a list call of another credential is not held. */
    @Test
    void fc04OtherCallsAndOtherCredentialsAreNotSerialised() throws Exception {
        int delay = 600;
        h.connections.put(new SrConnection("int-other", h.baseUrl(), "credential-2", Map.of("X-SmartToken", "t2")));
        h.wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"content\":[]}").withFixedDelay(delay)));
        List<Callable<SrResponse>> calls = List.of(
                () -> requester.execute(SrRequest.get(INT, "/candidates").build()),
                () -> requester.execute(SrRequest.get("int-other", "/candidates").build()),
                () -> requester.execute(SrRequest.get(INT, "/candidates/c-1").build()),
                () -> requester.execute(SrRequest.get(INT, "/jobs").build()));

        long start = System.nanoTime();
        concurrently(calls);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        // serialised, the four would take at least 4 x 600 ms
        assertThat(elapsedMs).isLessThan(4L * delay);
        List<Long> all = requests().stream().map(q -> q.getLoggedDate().getTime()).sorted().toList();
        assertThat(all.get(all.size() - 1) - all.get(0)).isLessThan(delay);
    }

    /** FC-04: at most maxConcurrent requests of a credential are in flight. */
    @Test
    void fc04ConcurrencyIsCappedPerCredential() throws Exception {
        int delay = 300;
        RequesterSettings s = SrTestHarness.settings();
        s.setMaxConcurrent(2);
        requester = h.requester(s);
        h.wireMock.stubFor(get(urlPathEqualTo("/jobs")).willReturn(okJson("{}").withFixedDelay(delay)));
        List<Callable<SrResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> requester.execute(SrRequest.get(INT, "/jobs").build()));
        }

        concurrently(calls);

        List<Long> received = receivedAt("/jobs");
        assertThat(received).hasSize(6);
        // with 2 in flight, the 3rd request can only arrive once the 1st was answered, and so on
        for (int i = 2; i < received.size(); i++) {
            assertThat(received.get(i) - received.get(i - 2)).isGreaterThanOrEqualTo(delay - 15L);
        }
    }

    /** FC-04: the credential's 10 req/s budget holds across threads: 25 requests need at least 2 s. */
    @Test
    void fc04RequestsPerSecondBudgetIsRespected() throws Exception {
        RequesterSettings s = SrTestHarness.settings();
        s.setRequestsPerSecond(10);
        requester = h.requester(s);
        h.wireMock.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        List<Callable<SrResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String path = i % 2 == 0 ? "/jobs" : "/user-api/v201804/users";
            calls.add(() -> requester.execute(SrRequest.get(INT, path).build()));
        }

        long start = System.nanoTime();
        concurrently(calls);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(requests()).hasSize(25);
        // permits: 10 in the first second, 10 in the second, 5 in the third
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1900L).isLessThan(8000L);
        List<Long> received = receivedAt("/");
        // the 21st request waited for the third period
        assertThat(received.get(20) - received.get(0)).isGreaterThanOrEqualTo(1500L);
    }

    /** FC-04: X-RateLimit-Remaining: 0 spends the rest of this second's budget: the next call waits for the next. */
    @Test
    void fc04RemainingZeroDrainsTheLocalBudget() {
        RequesterSettings s = SrTestHarness.settings();
        s.setRequestsPerSecond(10);
        requester = h.requester(s);
        h.wireMock.stubFor(get("/jobs").willReturn(okJson("{}").withHeader("X-RateLimit-Remaining", "0")));

        requester.execute(SrRequest.get(INT, "/jobs").build());
        requester.execute(SrRequest.get(INT, "/jobs").build());

        List<Long> received = receivedAt("/jobs");
        assertThat(received.get(1) - received.get(0)).isGreaterThanOrEqualTo(500L);
        assertThat(h.sleeps).isEmpty();
    }

    // ----------------------------------------------------------------------------------------- helpers

    @ParameterizedTest(name = "{0} reserved: {1}")
    @CsvSource({
            "X-SmartToken, true", "x-smarttoken, true", "Authorization, true", "Cookie, true", "Host, true",
            "Content-Length, true", "Transfer-Encoding, true", "Connection, true", "CamelHttpPath, true",
            "camelHttpQuery, true", "Proxy-Authorization, true", "X-Integration-Id, true",
            "Accept-Language, false", "Accept, false", "Content-Type, false", "X-Request-Label, false"})
    void reservedHeaders(String name, boolean reserved) {
        assertThat(SmartRecruitersRequester.isReservedHeader(name)).isEqualTo(reserved);
    }

    @Test
    void retryAfterIsReadInSecondsAndIgnoredWhenNotANumber() {
        assertThat(SmartRecruitersRequester.retryAfter(withHeader("2"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(SmartRecruitersRequester.retryAfter(withHeader(" 30 "))).isEqualTo(Duration.ofSeconds(30));
        assertThat(SmartRecruitersRequester.retryAfter(withHeader("-5"))).isEqualTo(Duration.ZERO);
        assertThat(SmartRecruitersRequester.retryAfter(withHeader("Wed, 21 Oct 2015 07:28:00 GMT"))).isNull();
        assertThat(SmartRecruitersRequester.retryAfter(new SrResponse(429, Map.of(), new byte[0], "u"))).isNull();
    }

    private static SrResponse withHeader(String retryAfter) {
        return new SrResponse(429, Map.of("retry-after", List.of(retryAfter)), new byte[0], "u");
    }

    @Test
    void queryEncodingRepeatsListsAndPercentEncodesSpaces() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("status", List.of("NEW", "LEAD"));
        q.put("q", List.of("a b+c"));
        q.put("empty", List.of());

        assertThat(SmartRecruitersRequester.encodeQuery(q)).isEqualTo("status=NEW&status=LEAD&q=a%20b%2Bc");
        assertThat(SmartRecruitersRequester.encodeQuery(Map.of())).isEmpty();
    }
}
