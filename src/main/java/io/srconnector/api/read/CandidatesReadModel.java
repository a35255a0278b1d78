package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.api.ListQuery;
import io.srconnector.persistence.SqlFilter;
import io.srconnector.persistence.UnifiedReader;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/ats/candidates}: filters {@code email} (case-insensitive, matched against email_addresses),
 * {@code job_ids}, {@code first_name}, {@code last_name} (exact, case-insensitive); nests {@code applications} (each
 * with {@code current_stage} and {@code job}) and {@code tags}.
 */
@Component
public class CandidatesReadModel implements ReadModel {
    private final Nested nested;

    public CandidatesReadModel(Nested nested) {
        this.nested = nested;
    }

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.CANDIDATES;
    }

    @Override
    public List<SqlFilter> filters(Exchange ex, String integrationId) {
        List<SqlFilter> f = new ArrayList<>();
        String email = ListQuery.param(ex, "email");
        if (email != null) {
            if (!email.contains("@")) {
                throw ApiException.invalid("email", "'" + email + "' is not an e-mail address");
            }
            f.add(SqlFilter.of("EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(t.email_addresses, '[]'::jsonb)) e "
                    + "WHERE lower(e ->> 'email_address') = lower(?))", email));
        }
        List<String> jobIds = ListQuery.csv(ListQuery.param(ex, "job_ids"));
        if (!jobIds.isEmpty()) {
            f.add(SqlFilter.of("t.id IN (SELECT a.candidate_id FROM ats_applications a WHERE a.integration_id = t.integration_id "
                    + "AND a.remote_deleted_at IS NULL AND a.job_id = ANY (?))", (Object) jobIds.toArray(String[]::new)));
        }
        String first = ListQuery.param(ex, "first_name");
        if (first != null) {
            f.add(SqlFilter.of("lower(t.first_name) = lower(?)", first));
        }
        String last = ListQuery.param(ex, "last_name");
        if (last != null) {
            f.add(SqlFilter.of("lower(t.last_name) = lower(?)", last));
        }
        return f;
    }

    @Override
    public void expand(List<ObjectNode> rows, String integrationId) {
        // the nested applications, stages and jobs show unified fields only: their remote_data is not read
        Map<String, List<ObjectNode>> apps = nested.groupBy(UnifiedTables.APPLICATIONS, integrationId, "candidate_id",
                Nested.values(rows, "id"), "t.id", false);
        List<ObjectNode> allApps = apps.values().stream().flatMap(List::stream).toList();
        Map<String, ObjectNode> stages = nested.byId(UnifiedTables.APPLICATION_STAGES, integrationId,
                Nested.values(allApps, "current_stage_id"), false);
        Map<String, ObjectNode> jobs = nested.byId(UnifiedTables.JOBS, integrationId, Nested.values(allApps, "job_id"),
                false);
        Map<String, com.fasterxml.jackson.databind.node.ArrayNode> tags = nested.tagsByCandidate(integrationId,
                Nested.values(rows, "id"));
        for (ObjectNode c : rows) {
            c.set("applications", Nested.array(apps.get(c.get("id").asText()), a -> {
                ObjectNode o = (ObjectNode) Nested.pick(a, "id", "remote_id", "outcome", "rejection_reason_name",
                        "rejected_at", "remote_url", "changed_at", "remote_created_at", "remote_updated_at");
                o.set("current_stage", Nested.stage(stages.get(a.path("current_stage_id").asText())));
                o.set("job", Nested.pick(jobs.get(a.path("job_id").asText()), "id", "remote_id", "name"));
                return o;
            }));
            c.set("tags", tags.containsKey(c.get("id").asText()) ? tags.get(c.get("id").asText())
                    : UnifiedReader.emptyArray());
        }
    }
}
