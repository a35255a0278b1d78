package io.srconnector.http;

/** 404: the resource does not exist (or is not visible to the credential). */
public class SrNotFoundException extends SmartRecruitersException {
    public SrNotFoundException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
