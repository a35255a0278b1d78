package io.srconnector.oauth;

/**
 * SmartRecruiters' token endpoint refused a grant: RFC 6749 {@code error} ({@code invalid_grant} for a used or revoked
 * refresh token or code, {@code invalid_client} for wrong client credentials, …) and {@code error_description}.
 */
public class OAuthException extends RuntimeException {
    private final int status;
    private final String error;

    public OAuthException(int status, String error, String description) {
        super("SmartRecruiters token endpoint answered " + status + " " + error
                + (description == null ? "" : ": " + description));
        this.status = status;
        this.error = error;
    }

    /** HTTP status of the token endpoint's answer. */
    public int status() {
        return status;
    }

    /** RFC 6749 error code. */
    public String error() {
        return error;
    }

    /** True when the credentials or grant are no longer usable (the integration needs a new connect). */
    public boolean credentialsInvalid() {
        return "invalid_grant".equals(error) || "invalid_client".equals(error) || "unauthorized_client".equals(error);
    }
}
