package io.srconnector.sandbox.api;

import io.srconnector.sandbox.http.RouteTable;

/**
 * Registers every simulated SmartRecruiters endpoint: Customer API at the root, the versioned families under
 * their prefixes ({@code /user-api/v201804}, {@code /interviews-api/v201904}, {@code /job-applications-api/v202112}),
 * the public Posting API and the Application API configuration (smartrecruiters-api.md §1), and the write endpoints
 * of {@link WriteEndpoints} (§5).
 */
public final class SmartRecruitersApi {

    private SmartRecruitersApi() {
    }

    /** Adds all SR routes to the table. */
    public static void register(RouteTable routes, ApiContext ctx) {
        new UserEndpoints(ctx).register(routes);
        new JobEndpoints(ctx).register(routes);
        new CandidateEndpoints(ctx).register(routes);
        new OfferEndpoints(ctx).register(routes);
        new ConfigurationEndpoints(ctx).register(routes);
        new PostingEndpoints(ctx).register(routes);
        new InterviewEndpoints(ctx).register(routes);
        new JobApplicationEndpoints(ctx).register(routes);
        new WriteEndpoints(ctx).register(routes);
    }
}
