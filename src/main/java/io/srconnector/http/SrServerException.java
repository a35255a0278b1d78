package io.srconnector.http;

/** 5xx still answered after the retries. */
public class SrServerException extends SmartRecruitersException {
    public SrServerException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
