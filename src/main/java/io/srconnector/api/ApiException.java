package io.srconnector.api;

/**
 * An error answered by our API with Kombo's envelope
 * {@code {"status":"error","error":{"code","title","message","log_url"}}}.
 * {@code code} is one of Kombo's codes (e.g. {@code PLATFORM.INPUT_INVALID}, {@code PLATFORM.AUTHENTICATION_INVALID},
 * {@code PLATFORM.INTEGRATION_NOT_FOUND}, {@code REMOTE.INPUT_INVALID}); {@code message} names the field and the reason.
 */
public class ApiException extends RuntimeException {
    private final int httpStatus;
    private final String code;
    private final String title;

    public ApiException(int httpStatus, String code, String title, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.title = title;
    }

    /** 400 PLATFORM.INPUT_INVALID for a named field. */
    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, "PLATFORM.INPUT_INVALID", "Invalid input", field + ": " + reason);
    }

    /** 401 PLATFORM.AUTHENTICATION_INVALID. */
    public static ApiException unauthenticated(String message) {
        return new ApiException(401, "PLATFORM.AUTHENTICATION_INVALID", "Authentication invalid", message);
    }

    /** 404 PLATFORM.INTEGRATION_NOT_FOUND. */
    public static ApiException integrationNotFound(String id) {
        return new ApiException(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found",
                "No integration '" + id + "' for this API key");
    }

    /** 404 for a record that does not exist in this integration. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "PLATFORM.INPUT_INVALID", "Not found", what + " '" + id + "' not found");
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
