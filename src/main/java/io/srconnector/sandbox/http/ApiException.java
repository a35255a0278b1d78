package io.srconnector.sandbox.http;

/**
 * A SmartRecruiters error to answer with: HTTP status, SR error code (e.g. {@code JOB_NOT_FOUND},
 * {@code INVALID_PAGE_ID}) and messages. Rendered by {@link ErrorBodies} in the route's {@link ErrorStyle}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String detail;

    /**
     * @param status  HTTP status
     * @param code    SR error code
     * @param message top-level {@code message}
     * @param detail  {@code errors[0].message}
     */
    public ApiException(int status, String code, String message, String detail) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    /** 400 with the given code. */
    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "Invalid request", detail);
    }

    /** 400 {@code INVALID_PARAMETER} (code chosen by the sandbox; SR's is undocumented). */
    public static ApiException invalidParameter(String detail) {
        return badRequest("INVALID_PARAMETER", detail);
    }

    /** 404 with the given code. */
    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
