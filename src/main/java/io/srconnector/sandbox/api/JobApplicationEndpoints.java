package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;

/**
 * Job Applications API v202112 (base {@code /job-applications-api/v202112}, S2; S1 {@code JobApplication}; §4.5):
 * {@code GET /job-applications/{jobApplicationId}} → {@code {status, subStatus, sourceIdentifier, createDate,
 * profileId, jobId}}, the only source of an application's creation date.
 */
public final class JobApplicationEndpoints {

    static final String BASE = "/job-applications-api/v202112";
    private final ApiContext ctx;

    public JobApplicationEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the route. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", BASE + "/job-applications/{jobApplicationId}", ApiArea.JOB_APPLICATIONS,
                ErrorStyle.CUSTOMER, this::one));
    }

    SandboxResponse one(SandboxRequest r) {
        return ctx.account().read(() -> {
            Application a = ctx.account().applicationById(r.variable("jobApplicationId"));
            if (a == null) {
                throw ApiException.notFound("JOB_APPLICATION_NOT_FOUND", "job application not found");
            }
            return SandboxResponse.json(200, render(a));
        });
    }

    /** The {@code JobApplication} body. */
    public static ObjectNode render(Application a) {
        ObjectNode n = Json.object();
        Json.putIfPresent(n, "status", a.status);
        Json.putIfPresent(n, "subStatus", a.subStatus);
        Json.putIfPresent(n, "sourceIdentifier", a.sourceId);
        Json.putDate(n, "createDate", a.createDate);
        n.put("profileId", a.candidateId);
        n.put("jobId", a.jobId);
        return n;
    }
}
