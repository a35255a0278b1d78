package io.srconnector.http;

/** No answer: connection refused or reset, timeout. Status is 0. */
public class SrTransportException extends SmartRecruitersException {
    public SrTransportException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
