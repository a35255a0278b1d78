package io.srconnector.sandbox.limit;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.http.RequestHolds;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate and concurrency limits over HTTP (D-rate, §7; FC-03, FC-04). */
class RateLimitTest {

    private static final List<String> HEADERS = List.of("X-RateLimit-Limit", "X-RateLimit-Remaining",
            "X-RateLimit-Concurrent-Limit", "X-RateLimit-Concurrent-Remaining");
    private SandboxServer server;

    private SandboxClient start(RateLimitSettings limits) {
        server = new SandboxServer(SandboxSettings.builder().candidates(40).rateLimits(limits).build()).start();
        return new SandboxClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertHeaders(SandboxClient.Response r) {
        for (String h : HEADERS) {
            assertThat(r.header(h)).as(h).isPresent();
        }
    }

    @Test
    void eleventhRequestWithinASecondGets429WithTheFourHeaders() {
        SandboxClient client = start(RateLimitSettings.smartRecruitersDefaults());
        List<SandboxClient.Response> responses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            responses.add(client.get("/jobs?limit=1"));
        }
        assertThat(responses.subList(0, 10)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertHeaders(r);
        });
        SandboxClient.Response limited = responses.get(10);
        assertThat(limited.status()).isEqualTo(429);
        assertHeaders(limited);
        assertThat(limited.header("X-RateLimit-Limit")).contains("10");
        assertThat(limited.header("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.header("X-RateLimit-Concurrent-Limit")).contains("8");
        assertThat(limited.header("Retry-After")).as("not documented by SR, off by default").isEmpty();
        JsonNode body = limited.json();
        assertThat(body.at("/errors/0/code").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(responses.get(0).header("X-RateLimit-Remaining")).contains("9");
        assertThat(server.stats().tooManyRequests()).isEqualTo(1);
        assertThat(server.requestLog().latest().status()).isEqualTo(429);
        SandboxClient standard = client.withKey(SandboxSettings.DEFAULT_STANDARD_API_KEY);
        assertThat(standard.get("/jobs?limit=1").status()).as("each credential has its own budget").isEqualTo(200);
    }

    @Test
    void retryAfterIsConfigurable() {
        SandboxClient client = start(RateLimitSettings.smartRecruitersDefaults().withLimits(1, 8).withRetryAfter(7));
        assertThat(client.get("/jobs").status()).isEqualTo(200);
        SandboxClient.Response limited = client.get("/jobs");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).contains("7");
    }

    @Test
    void applicationApiAnswers429WithApplyApiError() {
        SandboxClient client = start(RateLimitSettings.smartRecruitersDefaults().withLimits(1, 8));
        String uuid = server.account().read(() -> server.account().applyConfigurationUuids().get(0));
        assertThat(client.get("/postings/" + uuid + "/configuration").status()).isEqualTo(200);
        SandboxClient.Response limited = client.get("/postings/" + uuid + "/configuration");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("code").asText()).isEqualTo("TRAFFIC_LOCKED");
        assertHeaders(limited);
    }

    @Test
    void overlappingCandidateListsGetOne429() throws Exception {
        SandboxClient client = start(RateLimitSettings.smartRecruitersDefaults());
        RequestHolds.Hold hold = server.holds().holdNext(RateLimitSettings.LIST_CANDIDATES);
        CompletableFuture<SandboxClient.Response> first = CompletableFuture.supplyAsync(() -> client.get("/candidates?limit=5"));
        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();

        SandboxClient.Response second = client.get("/candidates?limit=5");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("X-RateLimit-Concurrent-Limit")).contains("1");
        assertThat(second.header("X-RateLimit-Concurrent-Remaining")).contains("0");
        assertThat(client.get("/candidates/" + server.account().read(() -> server.account().candidates().firstKey())).status())
                .as("other endpoints are not limited to one").isEqualTo(200);

        hold.release();
        SandboxClient.Response firstResponse = first.get();
        assertThat(firstResponse.status()).isEqualTo(200);
        assertThat(firstResponse.header("X-RateLimit-Concurrent-Limit")).contains("1");
        assertThat(client.get("/candidates?limit=5").status()).as("permit released").isEqualTo(200);
        assertThat(server.stats().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void switchedOffLimitsNeverReject429ButStillSendHeaders() {
        SandboxClient client = start(RateLimitSettings.smartRecruitersDefaults().withEnabled(false));
        for (int i = 0; i < 25; i++) {
            SandboxClient.Response r = client.get("/jobs?limit=1");
            assertThat(r.status()).isEqualTo(200);
            assertHeaders(r);
        }
        assertThat(server.stats().tooManyRequests()).isZero();
    }
}
