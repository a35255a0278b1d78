package io.srconnector.http;

/**
 * A failed SmartRecruiters call, after the requester's retries. Carries the HTTP status (0 for transport failures),
 * SmartRecruiters' first error {@code code} (e.g. {@code PERMISSION_DENIED}, {@code JOB_NOT_FOUND}) and message
 * from its {@code ErrorResponse {message, errors[{code, message}]}} body, and the request that failed.
 */
public class SmartRecruitersException extends RuntimeException {
    private final int status;
    private final String code;
    private final String method;
    private final String path;
    private final String responseBody;

    public SmartRecruitersException(int status, String code, String message, String method, String path,
                                    String responseBody, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.method = method;
        this.path = path;
        this.responseBody = responseBody;
    }

    /** HTTP status of SmartRecruiters' answer; 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** SmartRecruiters error code, or null. */
    public String code() {
        return code;
    }

    public String method() {
        return method;
    }

    /** The request path (without the base URL and query). */
    public String path() {
        return path;
    }

    /** The raw error body, or null. */
    public String responseBody() {
        return responseBody;
    }
}
