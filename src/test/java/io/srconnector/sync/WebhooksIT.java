package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.srconnector.json.Json;
import io.srconnector.webhooks.WebhookSettings;
import io.srconnector.webhooks.WebhookSigner;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outgoing webhooks: Kombo's {@code sync-finished} and {@code data-changed} events reach the configured URL, signed
 * with HMAC-SHA256 over the body ({@code X-Kombo-Signature}), retried with back-off after failures, and a slow
 * receiver never holds up a sync. The delivered bodies are kept in {@code target/webhook-samples/} for the Kombo SDK
 * check ({@code compat/kombo-sdk/check-sync.mjs}).
 */
class WebhooksIT extends SyncTestBase {
    private static final String SECRET = "whsec_it_4f1c2e";

    @Autowired
    WebhookSettings webhooks;

    private HttpServer receiver;
    private final ConcurrentLinkedQueue<Delivery> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failFirst = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    record Delivery(String signature, String eventId, String contentType, byte[] body, int answered) {
        JsonNode json() {
            return Json.read(new String(body, StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.createContext("/hooks", ex -> {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Delivery(ex.getRequestHeaders().getFirst("X-Kombo-Signature"),
                    ex.getRequestHeaders().getFirst("X-Kombo-Event-Id"),
                    ex.getRequestHeaders().getFirst("Content-Type"), body, status));
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        webhooks.setUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        webhooks.setSecret(SECRET);
        webhooks.setInitialBackoff(Duration.ofMillis(50));
        webhooks.setMaxBackoff(Duration.ofMillis(200));
    }

    @AfterEach
    void stopReceiver() {
        webhooks.setUrl("");
        gate.countDown();
        receiver.stop(0);
    }

    @Test
    void syncFinishedAndDataChangedArePostedSignedAndRetried() throws Exception {
        try (Private p = privateSandbox("smartrecruiters:it-webhooks", small())) {
            failFirst.set(2);
            String run = p.sync(SyncType.FULL);
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> delivered(p).size() == 2);
            Map<String, Object> outbox = jdbc.queryForMap("SELECT sum(attempts) AS attempts, "
                    + "count(*) FILTER (WHERE status = 'DELIVERED') AS delivered FROM webhook_outbox "
                    + "WHERE integration_id = ?", p.integration);
            assertThat(((Number) outbox.get("delivered")).intValue()).isEqualTo(2);
            assertThat(((Number) outbox.get("attempts")).intValue()).as("2 failed + 2 delivered attempts").isEqualTo(4);
            assertThat(received).filteredOn(d -> d.answered() == 500).hasSize(2);

            for (Delivery d : received) {
                assertThat(d.contentType()).startsWith("application/json");
                assertThat(WebhookSigner.verify(SECRET, d.body(), d.signature())).isTrue();
                assertThat(d.signature()).isEqualTo(hmacHex(SECRET, d.body()));
                assertThat(d.eventId()).isEqualTo(d.json().path("id").asText());
            }
            List<Delivery> ok = delivered(p);
            JsonNode finished = ok.stream().map(Delivery::json).filter(j -> j.path("type").asText()
                    .equals("sync-finished")).findFirst().orElseThrow();
            JsonNode d = finished.path("data");
            assertThat(d.path("sync_id").asText()).isEqualTo(run);
            assertThat(d.path("sync_state").asText()).isEqualTo("SUCCEEDED");
            assertThat(d.path("integration_id").asText()).isEqualTo(p.integration);
            assertThat(d.path("integration_tool").asText()).isEqualTo("smartrecruiters");
            assertThat(d.path("integration_category").asText()).isEqualTo("ATS");
            assertThat(d.path("end_user").path("organization_name").asText()).isEqualTo("Private sandbox " + p.integration);
            assertThat(d.path("end_user").path("creator_email").asText()).isEqualTo("owner@example.test");
            assertThat(Instant.parse(d.path("sync_ended_at").asText()))
                    .isAfterOrEqualTo(Instant.parse(d.path("sync_started_at").asText()));
            assertThat(d.path("sync_duration_seconds").isIntegralNumber()).isTrue();
            assertThat(d.path("log_url").asText()).endsWith("/v1/syncs/" + run);
            JsonNode changed = ok.stream().map(Delivery::json).filter(j -> j.path("type").asText()
                    .equals("data-changed")).findFirst().orElseThrow();
            List<String> names = new ArrayList<>();
            changed.path("data").path("changed_models").forEach(m -> names.add(m.path("name").asText()));
            // every unified table the first sync filled (Kombo's model names), and nothing else
            List<String> filled = new ArrayList<>();
            for (io.srconnector.persistence.UnifiedTable<?> t : io.srconnector.persistence.UnifiedTables.all()) {
                Integer n = jdbc.queryForObject("SELECT count(*) FROM " + t.table() + " WHERE integration_id = ?",
                        Integer.class, p.integration);
                if (n != null && n > 0) {
                    filled.add(t.table());
                }
            }
            assertThat(filled).contains("ats_application_stages", "ats_users", "ats_jobs", "ats_candidates",
                    "ats_applications");
            assertThat(names).containsExactlyInAnyOrderElementsOf(filled);
            Path samples = Path.of("target", "webhook-samples");
            Files.createDirectories(samples);
            Files.write(samples.resolve("sync-finished.json"), Json.writeBytes(finished));
            Files.write(samples.resolve("data-changed.json"), Json.writeBytes(changed));

            // nothing changed: sync-finished only
            received.clear();
            String quiet = p.sync(SyncType.DELTA);
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> received.size() == 1);
            assertThat(received.peek().json().path("type").asText()).isEqualTo("sync-finished");
            assertThat(received.peek().json().path("data").path("sync_id").asText()).isEqualTo(quiet);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_outbox WHERE integration_id = ? "
                    + "AND type = 'data-changed'", Integer.class, p.integration)).isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerNeverHoldsUpASync() throws Exception {
        gate = new CountDownLatch(1);
        try (Private p = privateSandbox("smartrecruiters:it-webhooks-slow", small())) {
            long started = System.nanoTime();
            String first = p.sync(SyncType.FULL);
            String second = p.sync(SyncType.FULL);
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(p.run(first).get("status")).isEqualTo("SUCCEEDED");
            assertThat(p.run(second).get("status")).isEqualTo("SUCCEEDED");
            assertThat(received).isEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_outbox WHERE integration_id = ? "
                    + "AND status = 'PENDING'", Integer.class, p.integration)).isEqualTo(3);
            LOG.info("Two syncs finished in {} ms while the webhook receiver held every request", took);
            gate.countDown();
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> delivered(p).size() == 3);
        }
    }

    private List<Delivery> delivered(Private p) {
        List<Delivery> out = new ArrayList<>();
        for (Delivery d : received) {
            if (d.answered() < 300 && p.integration.equals(d.json().path("data").path("integration_id").asText())) {
                out.add(d);
            }
        }
        return out;
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
