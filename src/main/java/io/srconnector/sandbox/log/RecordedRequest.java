package io.srconnector.sandbox.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One SR API request exactly as the sandbox received it, plus the outcome.
 *
 * @param sequence      request number since server start
 * @param timestamp     when it was received (sandbox clock)
 * @param method        HTTP method
 * @param path          raw path
 * @param rawQuery      raw query string, or null
 * @param headers       all request headers (names case-insensitive; the JDK server normalises their case)
 * @param body          body bytes
 * @param credentialId  id of the authenticated credential, or null
 * @param routeKey      matched route key such as {@code GET /candidates/{id}}, or null when unrouted
 * @param status        response status
 */
public record RecordedRequest(long sequence, Instant timestamp, String method, String path, String rawQuery,
                              Map<String, List<String>> headers, byte[] body, String credentialId, String routeKey,
                              int status) {

    public RecordedRequest {
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(h);
    }

    /** First value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** True if the header was sent (case-insensitive). */
    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    /** Body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Path plus {@code ?query} as sent. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
