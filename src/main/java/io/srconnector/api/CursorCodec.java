package io.srconnector.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque list cursors: base64url of {@code {"after": <last id>}}. Lists are ordered by id, so a cursor resumes right
 * after the last record returned, whatever changed meanwhile (keyset pagination: no duplicates, no skips of records
 * that existed when paging started).
 */
public final class CursorCodec {
    private CursorCodec() {
    }

    /** Encodes the id of the last record of a page. */
    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                Json.write(Json.mapper().createObjectNode().put("after", lastId)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the id to continue after
     * @throws ApiException 400 on a cursor we did not issue
     */
    public static String decode(String cursor) {
        try {
            JsonNode n = Json.read(Base64.getUrlDecoder().decode(cursor));
            String after = n.path("after").asText(null);
            if (after == null) {
                throw new IllegalArgumentException("no position");
            }
            return after;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "not a cursor returned by this API");
        }
    }
}
