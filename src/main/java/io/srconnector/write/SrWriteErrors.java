package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiErrors;
import io.srconnector.api.ApiException;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrClientException;
import io.srconnector.http.SrNotFoundException;
import io.srconnector.json.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * SmartRecruiters' answer to a write, translated for our caller: its status class, its error {@code code} and
 * message, and — for the Customer API's {@code 422 SemanticErrorResponse} — every {@code dataPath} with its message
 * (failure case FC-06: the field SmartRecruiters objected to is named). Customer-API
 * {@code ErrorResponse {message, errors[{code, message}]}} and Application-API {@code ApplyApiError {id, code,
 * message}} are both read. A 409 on a create becomes {@code ATS.APPLICATION_ALREADY_EXISTS} (FC-07).
 */
public final class SrWriteErrors {

    private SrWriteErrors() {
    }

    /**
     * Translates a failed SmartRecruiters call of a write.
     *
     * @param what what we asked SmartRecruiters to do, e.g. "move the application to the stage"
     */
    public static ApiException translate(SmartRecruitersException e, String what) {
        String detail = detail(e);
        if (e instanceof SrClientException && e.status() == 409) {
            return new ApiException(409, "ATS.APPLICATION_ALREADY_EXISTS", "Application already exists",
                    "SmartRecruiters refused to " + what + ": " + detail);
        }
        if (e instanceof SrClientException) {
            return new ApiException(e.status() == 400 || e.status() == 422 ? 422 : e.status(), "REMOTE.INPUT_INVALID",
                    "SmartRecruiters rejected the input", "SmartRecruiters refused to " + what + ": " + detail);
        }
        if (e instanceof SrNotFoundException) {
            return new ApiException(404, "REMOTE.INPUT_INVALID", "Not found in SmartRecruiters",
                    "SmartRecruiters could not " + what + ": " + detail);
        }
        ApiException base = ApiErrors.toApiException(e);
        return new ApiException(base.httpStatus(), base.code(), base.title(),
                "SmartRecruiters could not " + what + ": " + detail);
    }

    /**
     * {@code <status> <CODE>: <message>[ — <error message>][ [dataPath: message; …]]} from SmartRecruiters' error
     * body (Customer API {@code ErrorResponse} / {@code SemanticErrorResponse}, Application API {@code ApplyApiError}).
     */
    public static String detail(SmartRecruitersException e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.status() == 0 ? "no answer" : String.valueOf(e.status()));
        String message = null;
        String errorMessage = null;
        List<String> paths = new ArrayList<>();
        String code = e.code();
        if (e.responseBody() != null && !e.responseBody().isBlank()) {
            try {
                JsonNode body = Json.read(e.responseBody());
                message = body.path("message").asText(null);
                if (code == null && body.hasNonNull("code")) {
                    code = body.get("code").asText();
                }
                for (JsonNode err : body.path("errors")) {
                    if (code == null) {
                        code = err.path("code").asText(null);
                    }
                    if (err.hasNonNull("dataPath")) {
                        paths.add(err.get("dataPath").asText() + ": " + err.path("message").asText(""));
                    } else if (errorMessage == null) {
                        errorMessage = err.path("message").asText(null);
                    }
                }
            } catch (IllegalArgumentException notJson) {
                // keep the status only
            }
        }
        if (code != null) {
            sb.append(' ').append(code);
        }
        if (message != null) {
            sb.append(": ").append(message);
        } else if (e.status() == 0 && e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        if (errorMessage != null && !errorMessage.equals(message)) {
            sb.append(message != null ? " — " : ": ").append(errorMessage);
        }
        if (!paths.isEmpty()) {
            sb.append(" [").append(String.join("; ", paths)).append(']');
        }
        return sb.toString();
    }
}
