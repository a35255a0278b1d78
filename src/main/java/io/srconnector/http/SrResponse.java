package io.srconnector.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SmartRecruiters answer, fully read into memory (the body is never a stream that a later step could find closed,
 * failure case FC-15).
 *
 * @param status  HTTP status
 * @param headers response headers (lower-case names)
 * @param body    body bytes (empty, never null)
 * @param url     the full URL that was called (base + path + query)
 */
public record SrResponse(int status, Map<String, List<String>> headers, byte[] body, String url) {

    /** The body parsed as JSON; an empty body is JSON null. */
    public JsonNode json() {
        if (body.length == 0) {
            return Json.mapper().nullNode();
        }
        return Json.read(body);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
