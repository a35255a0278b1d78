package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ListQuery;
import io.srconnector.json.Json;
import io.srconnector.persistence.SqlFilter;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/ats/interviews}: filter {@code job_ids} (interviews of applications to any of the jobs); nests
 * {@code users} (the interviewers: {@code id, remote_id, first_name, last_name, email}) and {@code application}
 * ({@code id, remote_id, outcome, rejection_reason_name, candidate{id, remote_id, first_name, last_name,
 * email_addresses}, job{id, remote_id, name}}).
 */
@Component
public class InterviewsReadModel implements ReadModel {
    private final Nested nested;

    public InterviewsReadModel(Nested nested) {
        this.nested = nested;
    }

    @Override
    public String name() {
        return "interviews";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.INTERVIEWS;
    }

    @Override
    public List<SqlFilter> filters(Exchange ex, String integrationId) {
        List<SqlFilter> f = new ArrayList<>();
        List<String> jobIds = ListQuery.csv(ListQuery.param(ex, "job_ids"));
        if (!jobIds.isEmpty()) {
            f.add(SqlFilter.of("t.application_id IN (SELECT a.id FROM ats_applications a "
                    + "WHERE a.integration_id = t.integration_id AND a.job_id = ANY (?))",
                    (Object) jobIds.toArray(String[]::new)));
        }
        return f;
    }

    @Override
    public void expand(List<ObjectNode> rows, String integrationId) {
        Map<String, List<ObjectNode>> interviewers = nested.groupBy(UnifiedTables.INTERVIEW_USERS, integrationId,
                "interview_id", Nested.values(rows, "id"), "t.id");
        List<ObjectNode> allJoins = interviewers.values().stream().flatMap(List::stream).toList();
        Map<String, ObjectNode> users = nested.byId(UnifiedTables.USERS, integrationId, Nested.values(allJoins, "user_id"));
        Map<String, ObjectNode> apps = nested.byId(UnifiedTables.APPLICATIONS, integrationId,
                Nested.values(rows, "application_id"));
        List<ObjectNode> appRows = List.copyOf(apps.values());
        Map<String, ObjectNode> candidates = nested.byId(UnifiedTables.CANDIDATES, integrationId,
                Nested.values(appRows, "candidate_id"));
        Map<String, ObjectNode> jobs = nested.byId(UnifiedTables.JOBS, integrationId, Nested.values(appRows, "job_id"));
        for (ObjectNode i : rows) {
            ArrayNode u = Json.mapper().createArrayNode();
            for (ObjectNode j : interviewers.getOrDefault(i.path("id").asText(), List.of())) {
                String userId = j.path("user_id").asText();
                u.add(Nested.user(userId, users.get(userId)));
            }
            i.set("users", u);
            ObjectNode app = apps.get(i.path("application_id").asText());
            if (app == null) {
                i.putNull("application");
                continue;
            }
            ObjectNode a = (ObjectNode) Nested.pick(app, "id", "remote_id", "outcome", "rejection_reason_name");
            a.set("candidate", Nested.pick(candidates.get(app.path("candidate_id").asText()), "id", "remote_id",
                    "first_name", "last_name", "email_addresses"));
            a.set("job", Nested.pick(jobs.get(app.path("job_id").asText()), "id", "remote_id", "name"));
            i.set("application", a);
        }
    }
}
