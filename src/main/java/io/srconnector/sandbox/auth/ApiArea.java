package io.srconnector.sandbox.auth;

/**
 * The API area a route belongs to, with the OAuth scope SmartRecruiters names for it (reading, or for the write
 * areas the write scope)
 * (smartrecruiters-api.md §2.4, endpoint-inventory.yaml {@code scope}). Credentials can be denied an area
 * either by name or by scope (see {@link Credential#deniedAreas()}).
 */
public enum ApiArea {
    /** Candidate API: candidates, applications, tags, attachments, properties, status history. */
    CANDIDATES("candidates_read", false, true),
    /** Job API: jobs, hiring team, job ads, publications. */
    JOBS("jobs_read", false, true),
    /** User API v201804. */
    USERS("users_read", false, true),
    /** Configuration API (including {@code /configuration/company}). */
    CONFIGURATION("configuration_read", false, true),
    /** Candidate API writes that create: candidates on jobs, attachments (scope {@code candidates_create}). */
    CANDIDATES_CREATE("candidates_create", false, true),
    /** Candidate API writes that change: status, tags (scope {@code candidates_manage}). */
    CANDIDATES_MANAGE("candidates_manage", false, true),
    /** Message API writes: notes shared on candidates ({@code POST /messages/shares}, scope {@code messages_write}). */
    MESSAGES_WRITE("messages_write", false, true),
    /** Message API reads ({@code GET /messages}); SR lets only ADMINISTRATOR credentials read them (§4.12). */
    MESSAGES_READ("messages_read", true, true),
    /** Candidate offers; SR only lets ADMINISTRATOR credentials read them (FC-10). */
    OFFERS("candidates_offers_read", true, true),
    /** Interview API v201904. */
    INTERVIEWS("interviews_read", false, true),
    /** Job Applications API v202112. */
    JOB_APPLICATIONS("job_applications_read", false, true),
    /** Application (Apply) API {@code /postings/{uuid}/...}; API key only in S1. */
    APPLY("apply_api", false, true),
    /** OAuth authorize page and token endpoint ({@code /identity/oauth/...}); client authentication is their own. */
    OAUTH("none", false, false),
    /** Public Posting API {@code /v1/companies/...}; no authentication (D-over). */
    POSTING_PUBLIC("none", false, false),
    /** The sandbox's own {@code /_sandbox/...} endpoints; not part of the SR API. */
    SANDBOX_ADMIN("none", false, false);

    private final String scope;
    private final boolean adminOnly;
    private final boolean authenticated;

    ApiArea(String scope, boolean adminOnly, boolean authenticated) {
        this.scope = scope;
        this.adminOnly = adminOnly;
        this.authenticated = authenticated;
    }

    /** OAuth read scope of the area as SR names it. */
    public String scope() {
        return scope;
    }

    /** True if only ADMINISTRATOR credentials may use the area. */
    public boolean adminOnly() {
        return adminOnly;
    }

    /** True if requests need an SR credential. */
    public boolean authenticated() {
        return authenticated;
    }
}
