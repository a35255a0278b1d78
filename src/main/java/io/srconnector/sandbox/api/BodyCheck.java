package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.http.ErrorBodies;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of a write body as SmartRecruiters answers it: the Customer API with {@code 422}
 * {@code SemanticErrorResponse {message: "Request body is invalid", errors[{dataPath, message}]}} (S1; example
 * {@code error-422-semantic}), the Application API with {@code 400 ApplyApiError {id, code: INVALID_INPUT, message}}
 * naming the first offending field. Collects every error of a body; handlers answer {@link #response} before they
 * change anything.
 */
final class BodyCheck {

    /** SR's e-mail check (sandbox choice: one {@code @}, a dot in the domain, no blanks). */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** SR {@code When} dates of the Candidate API: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-dd}. */
    static final Pattern WHEN = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    /** Dates of the Application API ({@code Employment}, {@code Education}): {@code \d{4}-\d{2}-\d{2}}. */
    static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private record Error(String dataPath, String message) {
    }

    private final List<Error> errors = new ArrayList<>();

    /** Records an error at a data path such as {@code .location.countryCode}. */
    BodyCheck error(String dataPath, String message) {
        errors.add(new Error(dataPath, message));
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** A required, non-blank string member of at most {@code max} characters (0 = no limit); returns it or null. */
    String requiredText(JsonNode parent, String field, String path, int max) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            error(path, "must not be null");
            return null;
        }
        return checkText(v, path, max, true);
    }

    /** An optional string member (null when absent). */
    String optionalText(JsonNode parent, String field, String path, int max) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return checkText(v, path, max, false);
    }

    private String checkText(JsonNode v, String path, int max, boolean required) {
        if (!v.isTextual()) {
            error(path, "must be a string");
            return null;
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            error(path, "must not be blank");
            return null;
        }
        if (max > 0 && s.length() > max) {
            error(path, "size must be between 0 and " + max);
            return null;
        }
        return s;
    }

    /** An optional boolean member (null when absent). */
    Boolean optionalBool(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            error(path, "must be a boolean");
            return null;
        }
        return v.asBoolean();
    }

    /** An optional object member (null when absent; error when not an object). */
    JsonNode optionalObject(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            error(path, "must be an object");
            return null;
        }
        return v;
    }

    /** An optional array member (empty when absent; error when not an array). */
    List<JsonNode> optionalArray(JsonNode parent, String field, String path, int max) {
        JsonNode v = parent == null ? null : parent.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            error(path, "must be an array");
            return out;
        }
        if (max > 0 && v.size() > max) {
            error(path, "size must be between 0 and " + max);
        }
        v.forEach(out::add);
        return out;
    }

    /** Customer API answer: {@code 422} semantic errors. */
    SandboxResponse customerResponse() {
        ObjectNode body = Json.object();
        body.put("message", "Request body is invalid");
        ArrayNode list = body.putArray("errors");
        for (Error e : errors) {
            list.addObject().put("dataPath", e.dataPath()).put("message", e.message());
        }
        return SandboxResponse.json(422, body);
    }

    /** Application API answer: {@code 400 ApplyApiError} with code {@code INVALID_INPUT} naming the first error. */
    SandboxResponse applyResponse(SandboxRequest r) {
        Error first = errors.get(0);
        String path = first.dataPath().startsWith(".") ? first.dataPath().substring(1) : first.dataPath();
        return SandboxResponse.json(400, ErrorBodies.apply(r.sequence(), "INVALID_INPUT", path + ": " + first.message()));
    }
}
