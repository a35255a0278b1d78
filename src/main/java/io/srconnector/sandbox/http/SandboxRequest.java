package io.srconnector.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.json.Json;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One received request plus what the pipeline learns about it (matched route, path variables, credential).
 * Header names are case-insensitive.
 */
public final class SandboxRequest {

    private final long sequence;
    private final long receivedAt;
    private final String method;
    private final String path;
    private final String rawQuery;
    private final QueryParams query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String baseUrl;

    private Route route;
    private Map<String, String> variables = Map.of();
    private Credential credential;

    /**
     * @param sequence   number of the request since server start (1-based)
     * @param receivedAt epoch millis by the sandbox clock
     * @param method     HTTP method
     * @param path       raw path (percent-encoded as received)
     * @param rawQuery   raw query string or null
     * @param headers    all request headers
     * @param body       body bytes (empty array if none)
     * @param baseUrl    public base URL used to build {@code actions} links
     */
    public SandboxRequest(long sequence, long receivedAt, String method, String path, String rawQuery,
                          Map<String, List<String>> headers, byte[] body, String baseUrl) {
        this.sequence = sequence;
        this.receivedAt = receivedAt;
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = QueryParams.parse(rawQuery);
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(h);
        this.body = body == null ? new byte[0] : body;
        this.baseUrl = baseUrl;
    }

    public long sequence() {
        return sequence;
    }

    public long receivedAt() {
        return receivedAt;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public QueryParams query() {
        return query;
    }

    /** All headers, keyed case-insensitively. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public byte[] body() {
        return body;
    }

    /** Body parsed as JSON; 400 if it is not JSON. */
    public JsonNode jsonBody() {
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_BODY", e.getMessage());
        }
    }

    /** Public base URL (no trailing slash) for links in responses. */
    public String baseUrl() {
        return baseUrl;
    }

    public Route route() {
        return route;
    }

    /** Path variable of the matched template. */
    public String variable(String name) {
        return variables.get(name);
    }

    public Credential credential() {
        return credential;
    }

    /** Called by the routing step. */
    public void bind(Route matched, Map<String, String> vars) {
        this.route = matched;
        this.variables = Map.copyOf(vars);
    }

    /** Called by authentication. */
    public void authenticate(Credential c) {
        this.credential = c;
    }

    /** Error style of the matched route (Customer API when unrouted). */
    public ErrorStyle errorStyle() {
        return route == null ? ErrorStyle.CUSTOMER : route.errorStyle();
    }
}
