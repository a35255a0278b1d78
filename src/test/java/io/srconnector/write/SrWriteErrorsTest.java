package io.srconnector.write;

import io.srconnector.api.ApiException;
import io.srconnector.http.SrClientException;
import io.srconnector.http.SrNotFoundException;
import io.srconnector.http.SrTransportException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SmartRecruiters' write errors keep their code, message and field paths (FC-06) and 409 means a duplicate (FC-07). */
class SrWriteErrorsTest {

    @Test
    void semanticErrorsNameEveryDataPath() {
        ApiException e = SrWriteErrors.translate(new SrClientException(422, null, "x", "POST", "/jobs/j/candidates",
                "{\"message\":\"Request body is invalid\",\"errors\":[{\"dataPath\":\".location.countryCode\","
                        + "\"message\":\"size must be between 2 and 2\"}]}", null), "create the candidate");
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("REMOTE.INPUT_INVALID");
        assertThat(e.getMessage()).isEqualTo("SmartRecruiters refused to create the candidate: 422: Request body is invalid "
                + "[.location.countryCode: size must be between 2 and 2]");
    }

    @Test
    void codedErrorsKeepCodeAndMessages() {
        ApiException e = SrWriteErrors.translate(new SrClientException(400, "REASON_NOT_FOUND", "x", "PUT", "/p",
                "{\"message\":\"Invalid request\",\"errors\":[{\"code\":\"REASON_NOT_FOUND\",\"message\":\"reason r not found\"}]}",
                null), "reject the application");
        assertThat(e.getMessage()).isEqualTo("SmartRecruiters refused to reject the application: 400 REASON_NOT_FOUND: "
                + "Invalid request — reason r not found");
    }

    @Test
    void conflictsAreDuplicatesAndApplyApiErrorsAreRead() {
        ApiException e = SrWriteErrors.translate(new SrClientException(409, "DATA_VALIDATION_ERROR", "x", "POST", "/p",
                "{\"id\":\"1\",\"code\":\"DATA_VALIDATION_ERROR\",\"message\":\"The candidate has already applied\"}", null),
                "create the candidate");
        assertThat(e.httpStatus()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("ATS.APPLICATION_ALREADY_EXISTS");
        assertThat(e.getMessage()).contains("409 DATA_VALIDATION_ERROR: The candidate has already applied");
    }

    @Test
    void notFoundAndTransportFailures() {
        assertThat(SrWriteErrors.translate(new SrNotFoundException(404, "CANDIDATE_NOT_FOUND", "x", "GET", "/p", null, null),
                "read the candidate").httpStatus()).isEqualTo(404);
        ApiException t = SrWriteErrors.translate(new SrTransportException(0, null, "Read timed out", "POST", "/p", null, null),
                "create the candidate");
        assertThat(t.httpStatus()).isEqualTo(502);
        assertThat(t.code()).isEqualTo("REMOTE.SERVICE_UNAVAILABLE");
        assertThat(t.getMessage()).contains("no answer: Read timed out");
    }
}
