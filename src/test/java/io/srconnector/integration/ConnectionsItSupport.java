package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.support.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers of the connection tests (issue 6): requests with any method, headers and body against the running
 * connector, and clean-up of the integrations and accounts a test created.
 */
public abstract class ConnectionsItSupport extends IntegrationTestBase {
    protected static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    protected IntegrationRepository integrations;
    @Autowired
    protected ApiKeyRepository apiKeys;

    /** An answer: status, headers and body (parsed as JSON when it is JSON, else null; raw text kept). */
    public record Answer(int status, Map<String, List<String>> headers, String text, JsonNode json) {
        /** First value of a response header. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Any request to the connector ({@code path} starts with '/'); {@code headers} are name, value pairs. */
    protected Answer call(String method, String path, String body, String... headers) {
        return send(method, URI.create("http://localhost:" + port + path), body, headers);
    }

    /** Any request to any URL on this machine. */
    protected static Answer send(String method, URI uri, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            if (body != null && noContentType(headers)) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = r.body().isEmpty() ? null : Json.read(r.body());
            } catch (RuntimeException notJson) {
                // HTML or text
            }
            return new Answer(r.statusCode(), r.headers().map(), r.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean noContentType(String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return false;
            }
        }
        return true;
    }

    /** A request with our test key (and, when given, an integration header). */
    protected Answer api(String method, String path, String body) {
        return call(method, path, body, "Authorization", "Bearer " + API_KEY);
    }

    /** Creates an account with its own API key; returns the key. */
    protected String newAccount(String accountId) {
        apiKeys.ensureAccount(accountId, accountId);
        String key = ApiKeyRepository.newKey();
        apiKeys.addKey(accountId, key, "test");
        return key;
    }

    /** Deletes every integration except the bootstrap one, and every account except the default one. */
    protected void deleteTestIntegrations() {
        jdbc.update("DELETE FROM integrations WHERE id <> ?", INTEGRATION);
        jdbc.update("DELETE FROM accounts WHERE id <> 'default'");
        jdbc.update("DELETE FROM custom_fields");
    }

    /** Rows of an integration across every unified table. */
    protected long syncedRows(String integrationId) {
        long n = 0;
        for (String t : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename LIKE 'ats\\_%'", String.class)) {
            n += jdbc.queryForObject("SELECT count(*) FROM " + t + " WHERE integration_id = ?", Long.class,
                    integrationId);
        }
        return n;
    }
}
