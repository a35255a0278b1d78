package io.srconnector.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies and success answers of the non-list API endpoints (integrations, custom fields, passthrough,
 * connect): JSON in, Kombo's envelope {@code {"status":"success","data":…}} out.
 */
public final class JsonBodies {
    private JsonBodies() {
    }

    /**
     * The request body as a JSON object.
     *
     * @throws ApiException 400 when the body is missing, not JSON, or not an object
     */
    public static ObjectNode object(Exchange ex) {
        byte[] body = ex.getIn().getBody(byte[].class);
        if (body == null || body.length == 0) {
            throw ApiException.invalid("body", "a JSON object is required");
        }
        JsonNode n;
        try {
            n = Json.read(body);
        } catch (RuntimeException e) {
            throw ApiException.invalid("body", "not valid JSON");
        }
        if (!n.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        return (ObjectNode) n;
    }

    /** The request body as a JSON object, or an empty object when there is none. */
    public static ObjectNode optionalObject(Exchange ex) {
        byte[] body = ex.getIn().getBody(byte[].class);
        return body == null || body.length == 0 ? Json.mapper().createObjectNode() : object(ex);
    }

    /**
     * A required non-blank string member.
     *
     * @throws ApiException 400 naming the member
     */
    public static String requiredText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw ApiException.invalid(field, "is required");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ApiException.invalid(field, "must be a non-empty string");
        }
        return v.asText().trim();
    }

    /** An optional string member (null when absent or null). @throws ApiException 400 when not a string */
    public static String optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.invalid(field, "must be a string");
        }
        return v.asText();
    }

    /** Answers {@code 200 {"status":"success","data":data}}. */
    public static void success(Exchange ex, JsonNode data) {
        ObjectNode root = Json.mapper().createObjectNode().put("status", "success");
        root.set("data", data);
        answer(ex, 200, root);
    }

    /** Answers the given status and JSON body. */
    public static void answer(Exchange ex, int status, JsonNode body) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        ex.getMessage().setBody(Json.writeBytes(body));
    }

    /**
     * A path parameter (Camel REST sets them as headers, still percent-encoded: the Kombo SDK sends
     * {@code smartrecruiters%3A…}), decoded.
     *
     * @throws ApiException 400 when missing or not decodable
     */
    public static String pathParam(Exchange ex, String name) {
        String v = ex.getIn().getHeader(name, String.class);
        if (v == null || v.isBlank()) {
            throw ApiException.invalid(name, "is required");
        }
        try {
            return URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "is not a valid path segment");
        }
    }
}
