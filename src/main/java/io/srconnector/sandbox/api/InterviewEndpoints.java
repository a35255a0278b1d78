package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Interview;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;

/**
 * Interview API v201904 (base {@code /interviews-api/v201904}, S2; S1 {@code InterviewsList}; §4.9):
 * {@code GET /interviews?applicationId=} (required; unpaginated {@code {content: […]}}; an unknown application
 * gives an empty list) and {@code GET /interviews/{interviewId}}.
 */
public final class InterviewEndpoints {

    static final String BASE = "/interviews-api/v201904";
    private final ApiContext ctx;

    public InterviewEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", BASE + "/interviews", ApiArea.INTERVIEWS, ErrorStyle.CUSTOMER, this::list));
        routes.add(new Route("GET", BASE + "/interviews/{interviewId}", ApiArea.INTERVIEWS, ErrorStyle.CUSTOMER, this::one));
    }

    SandboxResponse list(SandboxRequest r) {
        String applicationId = r.query().first("applicationId");
        if (applicationId == null || applicationId.isBlank()) {
            throw ApiException.invalidParameter("applicationId is required");
        }
        return ctx.account().read(() -> {
            ObjectNode body = Json.object();
            ArrayNode content = body.putArray("content");
            Application a = ctx.account().applicationById(applicationId);
            if (a != null) {
                ctx.account().interviewsOf(a.candidateId, a.jobId).forEach(i -> content.add(Json.tree(i)));
            }
            return SandboxResponse.json(200, body);
        });
    }

    SandboxResponse one(SandboxRequest r) {
        return ctx.account().read(() -> {
            Interview i = ctx.account().interview(r.variable("interviewId"));
            if (i == null) {
                throw ApiException.notFound("INTERVIEW_NOT_FOUND", "interview not found");
            }
            return SandboxResponse.json(200, Json.tree(i));
        });
    }
}
