package io.srconnector.sandbox.http;

/** Which SmartRecruiters error body a route answers with (smartrecruiters-api.md §3). */
public enum ErrorStyle {
    /** Customer API {@code ErrorResponse {message, errors[{code, message}]}}. */
    CUSTOMER,
    /** Application API {@code ApplyApiError {id, code, message}}. */
    APPLY
}
