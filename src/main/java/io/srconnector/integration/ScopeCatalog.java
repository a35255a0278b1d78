package io.srconnector.integration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probes of the scope test: one per unified model the connector can sync and per write action
 * (smartrecruiters-api.md §2.4; FC-10: offers need an ADMINISTRATOR credential). Models use our sync model names
 * ({@code connector.sync.models}), actions Kombo's action ids. Write scopes cannot be probed without writing: an action
 * probes the read it depends on and names the write scope it will use.
 */
public final class ScopeCatalog {
    private static final String ANY_ID = "00000000-0000-4000-8000-000000000000";

    /** Models with their Kombo model id, in the order of {@code GET /integrations/{id}} {@code read_models}. */
    public static final List<ModelInfo> MODELS = List.of(
            new ModelInfo("users", "ats_users", "Users"),
            new ModelInfo("jobs", "ats_jobs", "Jobs"),
            new ModelInfo("job-postings", "ats_job_postings", "Job postings"),
            new ModelInfo("candidates", "ats_candidates", "Candidates"),
            new ModelInfo("application-stages", "ats_application_stages", "Application stages"),
            new ModelInfo("applications", "ats_applications", "Applications"),
            new ModelInfo("tags", "ats_tags", "Tags"),
            new ModelInfo("interviews", "ats_interviews", "Interviews"),
            new ModelInfo("offers", "ats_offers", "Offers"),
            new ModelInfo("rejection-reasons", "ats_rejection_reasons", "Rejection reasons"));

    /** Every probe, models first. */
    public static final List<ScopeProbe> PROBES = List.of(
            model("users", "Users", "users_read", null, "/user-api/v201804/users", Map.of("limit", "1")),
            model("jobs", "Jobs", "jobs_read", null, "/jobs", Map.of("limit", "1")),
            model("job-postings", "Job postings", "jobs_read", null, "/jobs", Map.of("limit", "1")),
            model("candidates", "Candidates", "candidates_read", null, "/candidates", Map.of("limit", "1")),
            model("application-stages", "Application stages", "configuration_read", null,
                    "/configuration/hiring-processes", Map.of()),
            model("applications", "Applications", "candidates_read candidate_status_read", null, "/candidates",
                    Map.of("limit", "1")),
            model("tags", "Tags", "candidates_read", null, "/candidates", Map.of("limit", "1")),
            model("interviews", "Interviews", "interviews_read", null, "/interviews-api/v201904/interviews",
                    Map.of("applicationId", ANY_ID)),
            model("offers", "Offers", "candidates_offers_read", "ADMINISTRATOR", "/offers", Map.of("limit", "1")),
            model("rejection-reasons", "Rejection reasons", "configuration_read", null,
                    "/configuration/rejection-reasons", Map.of()),
            action("create_application", "Create application / candidate", "jobs_read candidates_create",
                    "/jobs", Map.of("limit", "1"), "candidates_create"),
            action("move_application_to_stage", "Move application to stage", "candidates_read candidates_manage",
                    "/candidates", Map.of("limit", "1"), "candidates_manage"),
            action("reject_application", "Reject application", "configuration_read candidates_manage",
                    "/configuration/rejection-reasons", Map.of(), "candidates_manage"),
            action("manage_tags", "Add / remove candidate tags", "candidates_read candidates_manage",
                    "/candidates", Map.of("limit", "1"), "candidates_manage"),
            action("add_attachment", "Add attachments", "candidates_read candidates_create", "/candidates",
                    Map.of("limit", "1"), "candidates_create"),
            action("add_note", "Add notes", "candidates_read messages_write", "/candidates", Map.of("limit", "1"),
                    "messages_write"));

    private ScopeCatalog() {
    }

    /** A model's ids and label. */
    public record ModelInfo(String name, String komboId, String label) {
    }

    /** The probe of a model or action. */
    public static Optional<ScopeProbe> probe(String kind, String id) {
        return PROBES.stream().filter(p -> p.kind().equals(kind) && p.id().equals(id)).findFirst();
    }

    private static ScopeProbe model(String id, String label, String scope, String role, String path,
                                    Map<String, String> query) {
        return new ScopeProbe("model", id, label, scope, role, "GET", path, query, null);
    }

    private static ScopeProbe action(String id, String label, String scope, String path, Map<String, String> query,
                                     String writeScope) {
        return new ScopeProbe("action", id, label, scope, null, "GET", path, query,
                "the write scope " + writeScope + " is checked on the first write (API keys have every scope)");
    }
}
