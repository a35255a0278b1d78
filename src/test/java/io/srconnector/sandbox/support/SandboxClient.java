package io.srconnector.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Minimal HTTP client for tests against a running sandbox. */
public final class SandboxClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    public SandboxClient(SandboxServer server) {
        this(server.baseUrl(), SandboxSettings.DEFAULT_API_KEY);
    }

    public SandboxClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Same server, another API key (null = no key). */
    public SandboxClient withKey(String key) {
        return new SandboxClient(baseUrl, key);
    }

    /** A response with its body. */
    public record Response(int status, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            return Json.parse(raw.body());
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    /** GET with the client's API key. */
    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    /** GET and assert 200; returns the JSON body. */
    public JsonNode getJson(String pathAndQuery) {
        Response r = get(pathAndQuery);
        if (r.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " -> " + r.status() + " " + r.text());
        }
        return r.json();
    }

    /** Any method, optional body, plus extra header pairs. */
    public Response send(String method, String pathAndQuery, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            b.header("X-SmartToken", apiKey);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Follows a cursor list endpoint ({@code nextPageId} → {@code pageId}) to the end and returns every page body.
     * Fails on a repeated cursor or more than {@code maxPages} pages.
     */
    public List<JsonNode> cursorPages(String pathAndQuery, String pageParam, int maxPages) {
        List<JsonNode> pages = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String next = null;
        do {
            String url = next == null ? pathAndQuery : pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + pageParam + "="
                    + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8);
            JsonNode page = getJson(url);
            pages.add(page);
            next = page.hasNonNull("nextPageId") ? page.get("nextPageId").asText() : null;
            if (next != null && !seen.add(next)) {
                throw new AssertionError("cursor repeated: " + next);
            }
            if (pages.size() > maxPages) {
                throw new AssertionError("more than " + maxPages + " pages");
            }
        } while (next != null);
        return pages;
    }

    /** Follows an offset list endpoint until an empty page and returns every page body (the empty one included). */
    public List<JsonNode> offsetPages(String pathAndQuery, int limit, int maxPages) {
        List<JsonNode> pages = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonNode page = getJson(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "limit=" + limit + "&offset=" + offset);
            pages.add(page);
            if (page.get("content").isEmpty()) {
                return pages;
            }
            offset += page.get("content").size();
            if (pages.size() > maxPages) {
                throw new AssertionError("more than " + maxPages + " pages");
            }
        }
    }
}
