package io.srconnector.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Builds SmartRecruiters error bodies: Customer API {@code ErrorResponse} and Application API
 * {@code ApplyApiError} (smartrecruiters-api.md §3; examples {@code error-*.from-schema.json},
 * {@code apply-api-error-429.from-schema.json}).
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** {@code {"message": m, "errors": [{"code": c, "message": d}]}}. */
    public static ObjectNode customer(String message, String code, String detail) {
        ObjectNode body = Json.object();
        body.put("message", message);
        ObjectNode err = body.putArray("errors").addObject();
        err.put("code", code);
        if (detail != null) {
            err.put("message", detail);
        }
        return body;
    }

    /** {@code {"id": uuid, "code": c, "message": m}}; the id is derived from the request sequence. */
    public static ObjectNode apply(long requestSequence, String code, String message) {
        ObjectNode body = Json.object();
        body.put("id", UUID.nameUUIDFromBytes(("sandbox-error-" + requestSequence).getBytes(StandardCharsets.UTF_8)).toString());
        body.put("code", code);
        body.put("message", message);
        return body;
    }

    /** Maps an exception to a response in the given style. */
    public static SandboxResponse response(ErrorStyle style, long requestSequence, ApiException e) {
        ObjectNode body = style == ErrorStyle.APPLY
                ? apply(requestSequence, applyCode(e), e.detail() != null ? e.detail() : e.getMessage())
                : customer(e.getMessage(), e.code(), e.detail());
        return SandboxResponse.json(e.status(), body);
    }

    /** Application API codes are a fixed enum (S1 {@code ApplyApiError.code}); map Customer API codes onto it. */
    private static String applyCode(ApiException e) {
        return switch (e.status()) {
            case 401 -> "INVALID_API_KEY_ERROR";
            case 403 -> "UNAUTHORIZED";
            case 404 -> "RESOURCE_NOT_FOUND_ERROR";
            case 429 -> "TRAFFIC_LOCKED";
            case 400 -> "INVALID_REQUEST";
            default -> "APPLY_API_ERROR";
        };
    }
}
