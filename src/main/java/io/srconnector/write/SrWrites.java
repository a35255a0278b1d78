package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrResponse;
import io.srconnector.json.Json;
import org.springframework.stereotype.Component;

/**
 * The write actions' calls to SmartRecruiters, all through the one {@link SmartRecruitersRequester} (shared
 * per-credential limits; POSTs never re-sent after an ambiguous failure; only the request's own headers go out,
 * FC-14). Failures come back as {@link io.srconnector.api.ApiException}s carrying SmartRecruiters' code and message
 * ({@link SrWriteErrors}); {@link #raw} leaves them as {@link SmartRecruitersException} for callers that decide
 * themselves (duplicate detection, reconciliation after a timed-out create).
 */
@Component
public class SrWrites {
    private final SmartRecruitersRequester requester;

    public SrWrites(SmartRecruitersRequester requester) {
        this.requester = requester;
    }

    /**
     * {@code GET path} as JSON.
     *
     * @param what what the read is for, for the error message ("read the job")
     */
    public JsonNode get(String integrationId, String path, String what) {
        try {
            return requester.json(SrRequest.get(integrationId, path).build());
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, what);
        }
    }

    /** Sends a JSON body ({@code application/json}); a null body sends none. */
    public SrResponse send(String integrationId, String method, String path, JsonNode body, String what) {
        try {
            return raw(json(integrationId, method, path, body));
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, what);
        }
    }

    /** Any request, failures as {@link SmartRecruitersException}. */
    public SrResponse raw(SrRequest request) {
        return requester.execute(request);
    }

    /** A request with a JSON body. */
    public static SrRequest json(String integrationId, String method, String path, JsonNode body) {
        SrRequest.Builder b = SrRequest.of(integrationId, method, path);
        if (body != null) {
            b.body(Json.writeBytes(body), "application/json");
        }
        return b.build();
    }
}
