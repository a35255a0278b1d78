package io.srconnector.http;

/** 403 (or a 401 carrying PERMISSION_DENIED for one resource): the credential lacks the scope or system role. */
public class SrPermissionDeniedException extends SmartRecruitersException {
    public SrPermissionDeniedException(int status, String code, String message, String method, String path, String responseBody,
                 Throwable cause) {
        super(status, code, message, method, path, responseBody, cause);
    }
}
