package io.srconnector.http;

/** 401: the credential is invalid or expired, or (as SmartRecruiters also does) access to the resource is denied. */
public class SrUnauthorizedException extends SmartRecruitersException {
    public SrUnauthorizedException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
