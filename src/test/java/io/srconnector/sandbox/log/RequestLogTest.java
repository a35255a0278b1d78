package io.srconnector.sandbox.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The request log and stats ("the exact request SR received", FC-14) and their admin endpoints. */
class RequestLogTest {

    private static SandboxServer server;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(20).requestLogCapacity(5).build()).start();
        client = new SandboxClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        server.requestLog().clear();
        server.stats().reset();
    }

    @Test
    void recordsTheExactRequest() {
        client.send("POST", "/jobs/job-aaa/positions?debug=1&x=%C3%A9", "{\"firstName\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json", "X-Custom", "one");
        RecordedRequest r = server.requestLog().latest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/jobs/job-aaa/positions");
        assertThat(r.rawQuery()).isEqualTo("debug=1&x=%C3%A9");
        assertThat(r.pathAndQuery()).isEqualTo("/jobs/job-aaa/positions?debug=1&x=%C3%A9");
        assertThat(r.bodyText()).isEqualTo("{\"firstName\":\"Zoë\"}");
        assertThat(r.header("x-custom")).isEqualTo("one");
        assertThat(r.header("X-SMARTTOKEN")).isEqualTo(SandboxSettings.DEFAULT_API_KEY);
        assertThat(r.hasHeader("Authorization")).isFalse();
        assertThat(r.hasHeader("Cookie")).isFalse();
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.routeKey()).as("unrouted").isNull();
        assertThat(r.timestamp()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void recordsCredentialRouteAndFailures() {
        client.get("/jobs?limit=1");
        client.withKey("bad").get("/jobs");
        List<RecordedRequest> all = server.requestLog().all();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).credentialId()).isEqualTo(SandboxSettings.ADMIN_CREDENTIAL_ID);
        assertThat(all.get(0).routeKey()).isEqualTo("GET /jobs");
        assertThat(all.get(1).credentialId()).isNull();
        assertThat(all.get(1).status()).isEqualTo(401);
        assertThat(server.requestLog().find("GET", "/jobs")).hasSize(2);
        assertThat(server.stats().unauthorized()).isEqualTo(1);
        assertThat(server.stats().route("GET /jobs")).isEqualTo(2);
    }

    @Test
    void logIsBoundedAndAdminRequestsAreNotLogged() {
        for (int i = 0; i < 8; i++) {
            client.get("/jobs?limit=" + (i + 1));
        }
        assertThat(server.requestLog().size()).isEqualTo(5);
        assertThat(server.requestLog().dropped()).isEqualTo(3);
        assertThat(server.requestLog().all().get(0).rawQuery()).isEqualTo("limit=4");
        client.withKey(null).get("/_sandbox/health");
        assertThat(server.requestLog().latest().rawQuery()).isEqualTo("limit=8");
        assertThat(server.stats().total()).isEqualTo(8);
    }

    @Test
    void adminEndpointsShowLogStatsAndHealth() {
        SandboxClient admin = client.withKey(null);
        client.get("/candidates?limit=2");
        client.get("/nope");
        JsonNode requests = admin.getJson("/_sandbox/requests?limit=1");
        assertThat(requests.get("content")).hasSize(1);
        assertThat(requests.at("/content/0/path").asText()).isEqualTo("/nope");
        assertThat(requests.at("/content/0/status").asInt()).isEqualTo(404);
        assertThat(requests.at("/content/0/headers").has("X-smarttoken") || requests.at("/content/0/headers").has("X-SmartToken")).isTrue();
        JsonNode stats = admin.getJson("/_sandbox/stats");
        assertThat(stats.get("total").asInt()).isEqualTo(2);
        assertThat(stats.at("/perRoute/GET ~1candidates").asInt()).isEqualTo(1);
        assertThat(stats.at("/perRoute/UNMATCHED").asInt()).isEqualTo(1);
        assertThat(stats.at("/perStatus/404").asInt()).isEqualTo(1);
        assertThat(stats.has("tooManyRequests")).isTrue();
        JsonNode health = admin.getJson("/_sandbox/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/counts/candidates").asInt()).isEqualTo(20);
        assertThat(admin.send("DELETE", "/_sandbox/requests", null).status()).isEqualTo(204);
        assertThat(server.requestLog().size()).isZero();
        assertThat(admin.send("DELETE", "/_sandbox/stats", null).status()).isEqualTo(204);
        assertThat(server.stats().total()).isZero();
    }
}
