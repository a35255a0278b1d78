package io.srconnector.http;

/** Any other 4xx (400, 409, 422…): SmartRecruiters rejected the request; not retried. */
public class SrClientException extends SmartRecruitersException {
    public SrClientException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
