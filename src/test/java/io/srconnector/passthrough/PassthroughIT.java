package io.srconnector.passthrough;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.srconnector.integration.ConnectionsItSupport;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.log.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passthrough against the sandbox: legitimate calls reach SmartRecruiters with the integration's auth, and a table
 * of hostile paths, methods, headers and bodies is refused (400 naming the field) or neutralised (dropped with a
 * warning). A decoy server on another port stands for "outside the API base": it must receive nothing. The sandbox's
 * request log must show only the intended paths and only the connector's own headers — none of the caller's inbound
 * ones (FC-14) and none of the dropped ones.
 */
class PassthroughIT extends ConnectionsItSupport {
    private static final String P = "/v1/passthrough/smartrecruiters/default";
    private static HttpServer decoy;
    private static final AtomicInteger DECOY_HITS = new AtomicInteger();
    private static String decoyHost;

    @BeforeAll
    static void startDecoy() throws IOException {
        decoy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        decoy.createContext("/", ex -> {
            DECOY_HITS.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        decoy.start();
        decoyHost = "127.0.0.1:" + decoy.getAddress().getPort();
    }

    @AfterAll
    static void stopDecoy() {
        decoy.stop(0);
    }

    @BeforeEach
    void clearLog() {
        sandbox.requestLog().clear();
    }

    private Answer pass(String body, String... extraHeaders) {
        List<String> h = new ArrayList<>(List.of("Authorization", "Bearer " + API_KEY, "X-Integration-Id", INTEGRATION));
        h.addAll(List.of(extraHeaders));
        return call("POST", P, body, h.toArray(String[]::new));
    }

    private static String body(String method, String path, Map<String, Object> extra) {
        ObjectNode n = Json.mapper().createObjectNode().put("method", method);
        if (path != null) {
            n.put("path", path);
        }
        extra.forEach((k, v) -> n.set(k, Json.mapper().valueToTree(v)));
        return Json.write(n);
    }

    @Test
    void legitimateCallsReachTheApiWithTheIntegrationsAuthAndNothingInbound() {
        Answer jobs = pass(body("GET", "/jobs", Map.of("params", Map.of("limit", "2"))),
                "Cookie", "session=caller", "X-Forwarded-For", "203.0.113.9", "X-Debug", "1");
        assertThat(jobs.status()).as(jobs.text()).isEqualTo(200);
        JsonNode d = jobs.json().path("data");
        assertThat(d.path("status").asInt()).isEqualTo(200);
        assertThat(d.path("url").asText()).isEqualTo(sandbox.baseUrl() + "/jobs?limit=2");
        assertThat(d.path("data").path("content")).hasSize(2);
        assertThat(d.path("headers").path("x-ratelimit-limit").asText()).isNotEmpty();
        assertThat(jobs.json().path("warnings")).isEmpty();

        Answer inPath = call("POST", P + "?debug=1", body("GET", "/user-api/v201804/users?limit=1", Map.of(
                "headers", Map.of("Accept-Language", "de", "X-Custom-Ok", "yes"))),
                "Authorization", "Bearer " + API_KEY, "X-Integration-Id", INTEGRATION, "CamelHttpUri",
                "http://" + decoyHost + "/steal", "CamelHttpPath", "/steal", "CamelHttpQuery", "x=1");
        assertThat(inPath.json().path("data").path("status").asInt()).isEqualTo(200);
        assertThat(inPath.json().path("data").path("data").path("content")).hasSize(1);

        Answer missing = pass(body("GET", "/jobs/no-such-job", Map.of()));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.json().path("data").path("status").asInt()).isEqualTo(404);
        assertThat(missing.json().path("data").path("data").path("errors").get(0).path("code").asText())
                .isEqualTo("JOB_NOT_FOUND");

        Answer post = pass(body("POST", "/candidates", Map.of("data", Map.of("firstName", "Ana"))));
        assertThat(post.json().path("data").path("status").asInt()).as(post.text()).isIn(404, 405);

        Answer b64 = pass(body("GET", "/configuration/company", Map.of("response_as_base64", true)));
        String decoded = new String(Base64.getDecoder().decode(b64.json().path("data").path("data").asText()),
                StandardCharsets.UTF_8);
        assertThat(Json.read(decoded).path("identifier").asText()).isNotEmpty();

        List<RecordedRequest> sent = sandbox.requestLog().all();
        assertThat(sent).extracting(RecordedRequest::pathAndQuery).containsExactly("/jobs?limit=2",
                "/user-api/v201804/users?limit=1", "/jobs/no-such-job", "/candidates", "/configuration/company");
        RecordedRequest users = sent.get(1);
        assertThat(users.header("Accept-Language")).isEqualTo("de");
        assertThat(users.header("X-Custom-Ok")).isEqualTo("yes");
        RecordedRequest created = sent.get(3);
        assertThat(created.method()).isEqualTo("POST");
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(Json.read(created.bodyText()).path("firstName").asText()).isEqualTo("Ana");
        assertOnlyConnectorHeaders(sent, Set.of("accept-language", "x-custom-ok", "content-type", "content-length"));
        assertThat(DECOY_HITS.get()).isZero();
    }

    /** One hostile input and what must happen: refused (400 naming the field) or neutralised (dropped + warning). */
    record Hostile(String name, String body, String[] headers, String refusedField) {
    }

    private List<Hostile> hostileTable() {
        String d = decoyHost;
        List<Hostile> t = new ArrayList<>();
        for (String path : List.of("http://" + d + "/steal", "https://evil.example/jobs", "//" + d + "/steal",
                "/\\" + d + "/steal", "/../../etc/passwd", "/jobs/../candidates", "/jobs/%2e%2e/candidates",
                "/jobs%2F..%2Fadmin", "/@" + d + "/x", "/jobs?x=1#frag", "/jobs\r\nHost: " + d, "/jobs x",
                "/jobs/./x", "/http://" + d + "/x", "/jobs/%00", "/jóbs", d + "/x", "/.%2e/x", "/jobs;@" + d,
                "/jobs/..", "")) {
            t.add(new Hostile("path " + path.replace("\r\n", "\\r\\n"), body("GET", path, Map.of()),
                    new String[0], "path"));
        }
        for (String method : List.of("TRACE", "CONNECT", "get")) {
            t.add(new Hostile("method " + method, body(method, "/jobs", Map.of()), new String[0], "method"));
        }
        t.add(new Hostile("header CRLF", body("GET", "/jobs", Map.of("headers", Map.of("X-Test", "a\r\nX-Injected: b"))),
                new String[0], "headers.X-Test"));
        t.add(new Hostile("header name", body("GET", "/jobs", Map.of("headers", Map.of("Bad Header", "x"))),
                new String[0], "headers"));
        t.add(new Hostile("multipart data_url (no fetching for callers)", body("POST", "/candidates/c/attachments",
                Map.of("multipart_form_data", List.of(Map.of("name", "file", "value", Map.of("name", "cv.pdf",
                        "content_type", "application/pdf", "data_url", "http://" + d + "/cv.pdf"))))),
                new String[0], "multipart_form_data[0].value.data_url"));
        t.add(new Hostile("unknown body field", "{\"method\":\"GET\",\"path\":\"/jobs\",\"base_url\":\"http://" + d
                + "\"}", new String[0], "base_url"));
        Map<String, String> dropped = new LinkedHashMap<>();
        dropped.put("Authorization", "Bearer stolen-token");
        dropped.put("X-SmartToken", "someone-elses-key");
        dropped.put("Host", d);
        dropped.put("X-Forwarded-Host", "evil.example");
        dropped.put("CamelHttpUri", "http://" + d + "/steal");
        dropped.put("CamelHttpPath", "/steal");
        dropped.put("Cookie", "session=evil");
        dropped.put("Transfer-Encoding", "chunked");
        dropped.put("X-Integration-Id", "smartrecruiters:other");
        dropped.put("Proxy-Authorization", "Basic eA==");
        dropped.forEach((k, v) -> t.add(new Hostile("header " + k, body("GET", "/jobs", Map.of("params",
                Map.of("limit", "1"), "headers", Map.of(k, v))), new String[0], null)));
        return t;
    }

    @Test
    void hostilePathsMethodsHeadersAndBodiesAreRefusedOrNeutralised() {
        List<Hostile> table = hostileTable();
        assertThat(table).hasSizeGreaterThanOrEqualTo(20);
        int refused = 0;
        int neutralised = 0;
        for (Hostile h : table) {
            Answer a = pass(h.body(), h.headers());
            if (h.refusedField() != null) {
                assertThat(a.status()).as(h.name() + ": " + a.text()).isEqualTo(400);
                assertThat(a.json().path("status").asText()).isEqualTo("error");
                assertThat(a.json().path("error").path("code").asText()).isEqualTo("PLATFORM.INPUT_INVALID");
                assertThat(a.json().path("error").path("message").asText()).as(h.name())
                        .startsWith(h.refusedField() + ":");
                assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ");
                refused++;
            } else {
                assertThat(a.status()).as(h.name() + ": " + a.text()).isEqualTo(200);
                assertThat(a.json().path("data").path("status").asInt()).as(h.name()).isEqualTo(200);
                assertThat(a.json().path("warnings").get(0).path("message").asText()).as(h.name())
                        .contains("was not forwarded");
                neutralised++;
            }
        }
        List<RecordedRequest> sent = sandbox.requestLog().all();
        assertThat(sent).as("only the neutralised calls reached SmartRecruiters").hasSize(neutralised);
        assertThat(sent).allSatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/jobs?limit=1"));
        assertOnlyConnectorHeaders(sent, Set.of());
        assertThat(DECOY_HITS.get()).as("requests outside the API base").isZero();
        assertThat(refused).isGreaterThanOrEqualTo(20);
        assertThat(neutralised).isGreaterThanOrEqualTo(10);
    }

    @Test
    void unknownToolOrMissingIntegrationHeaderIsRefused() {
        Answer tool = call("POST", "/v1/passthrough/greenhouse/default", body("GET", "/jobs", Map.of()),
                "Authorization", "Bearer " + API_KEY, "X-Integration-Id", INTEGRATION);
        assertThat(tool.status()).isEqualTo(404);
        Answer noHeader = call("POST", P, body("GET", "/jobs", Map.of()), "Authorization", "Bearer " + API_KEY);
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().path("error").path("message").asText()).startsWith("X-Integration-Id:");
        assertThat(sandbox.requestLog().all()).isEmpty();
    }

    /** Every logged request carries the bootstrap integration's key and only the connector's own headers. */
    private void assertOnlyConnectorHeaders(List<RecordedRequest> sent, Set<String> alsoAllowed) {
        Set<String> own = Set.of("x-smarttoken", "accept", "host", "user-agent", "connection", "accept-encoding");
        for (RecordedRequest r : sent) {
            assertThat(r.header("X-SmartToken")).isEqualTo(SandboxSettings.DEFAULT_API_KEY);
            assertThat(r.header("Host")).isEqualTo(sandbox.baseUrl().substring("http://".length()));
            for (String h : r.headers().keySet()) {
                String n = h.toLowerCase(Locale.ROOT);
                assertThat(own.contains(n) || alsoAllowed.contains(n)).as(r.pathAndQuery() + " header " + h).isTrue();
            }
        }
    }
}
