package io.srconnector.sandbox.fault;

import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.http.SandboxResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox's fault mode ({@link FaultFilter}): shares, token expiry, targeted rules, dropped connections. */
class FaultFilterTest {
    private final FaultFilter faults = new FaultFilter(FaultSettings.none());
    private SandboxServer server;

    @BeforeEach
    void start() {
        SandboxSettings s = SandboxSettings.builder().rateLimiting(false).sizes(new GeneratorSizes(3, 3, 5)).build();
        server = new SandboxServer(s, SandboxServer.createAccount(s), List.of(faults));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SandboxResponse get(String path) {
        return server.handle("GET", path, Map.of("X-SmartToken", List.of(SandboxSettings.DEFAULT_API_KEY)), null);
    }

    @Test
    void sharesOfFaultsFollowTheSettings() {
        faults.configure(new FaultSettings(0.2, 0.1, 0.1, 0.1, Duration.ofMillis(1), 0, 7));
        int ok = 0;
        for (int i = 0; i < 1000; i++) {
            SandboxResponse r = get("/jobs");
            if (r.status() == 200) {
                ok++;
            }
        }
        Map<String, Long> n = faults.injected();
        assertThat(n.get("429")).isBetween(150L, 250L);
        assertThat(n.get("500")).isBetween(60L, 140L);
        assertThat(n.get("dropped")).isBetween(60L, 140L);
        assertThat(n.get("slow")).isBetween(60L, 140L);
        assertThat(ok).isEqualTo(1000 - n.get("429") - n.get("500") - n.get("dropped"));
    }

    @Test
    void theCredentialExpiresAfterTheConfiguredNumberOfRequests() {
        faults.configure(new FaultSettings(0, 0, 0, 0, Duration.ZERO, 3, 1));
        StringBuilder seen = new StringBuilder();
        faults.onTokenExpired(c -> seen.append(c.id()));
        assertThat(get("/jobs").status()).isEqualTo(200);
        assertThat(get("/jobs").status()).isEqualTo(200);
        assertThat(get("/jobs").status()).isEqualTo(200);
        SandboxResponse expired = get("/jobs");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(new String(expired.body())).contains("PERMISSION_DENIED");
        assertThat(get("/jobs").status()).isEqualTo(401);
        assertThat(seen).hasToString(SandboxSettings.ADMIN_CREDENTIAL_ID);
        faults.clear();
        assertThat(get("/jobs").status()).isEqualTo(200);
    }

    @Test
    void rulesFailARouteAfterItsFirstRequests() {
        faults.addRule(new FaultRule("GET /jobs/{jobId}", 1, 503, 2));
        String id = server.account().read(() -> server.account().jobs().firstKey());
        assertThat(get("/jobs/" + id).status()).isEqualTo(200);
        assertThat(get("/jobs/" + id).status()).isEqualTo(503);
        assertThat(get("/jobs").status()).isEqualTo(200);
        assertThat(get("/jobs/" + id).status()).isEqualTo(503);
        assertThat(get("/jobs/" + id).status()).isEqualTo(200);
    }

    @Test
    void adminEndpointsAreNeverFaulted() {
        faults.configure(new FaultSettings(1.0, 0, 0, 0, Duration.ZERO, 0, 1));
        assertThat(server.handle("GET", "/_sandbox/health", Map.of(), null).status()).isEqualTo(200);
        assertThat(get("/jobs").status()).isEqualTo(429);
    }

    @Test
    void aDroppedConnectionGetsNoAnswerAtAll() throws Exception {
        server.start();
        faults.configure(new FaultSettings(0, 0, 1.0, 0, Duration.ZERO, 0, 1));
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/jobs"))
                .header("X-SmartToken", SandboxSettings.DEFAULT_API_KEY).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        faults.clear();
        assertThat(HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void sharesAboveOneAreRejected() {
        assertThatThrownBy(() -> new FaultSettings(0.6, 0.6, 0, 0, Duration.ZERO, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
