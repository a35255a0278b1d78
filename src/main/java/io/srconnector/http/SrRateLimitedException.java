package io.srconnector.http;

/** 429 still answered after the retries, or a Retry-After longer than the configured cap: rate limited, retry later. */
public class SrRateLimitedException extends SmartRecruitersException {
    public SrRateLimitedException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
