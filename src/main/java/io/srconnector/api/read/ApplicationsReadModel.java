package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ListQuery;
import io.srconnector.persistence.SqlFilter;
import io.srconnector.persistence.UnifiedReader;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/ats/applications}: filters {@code outcomes} (and deprecated {@code outcome}), {@code job_ids},
 * {@code job_remote_ids}, {@code current_stage_ids}, {@code remote_created_after}; nests {@code candidate} (with its
 * tags), {@code current_stage}, {@code job}, {@code interviews} and {@code offers}.
 */
@Component
public class ApplicationsReadModel implements ReadModel {
    static final List<String> OUTCOMES = List.of("PENDING", "HIRED", "DECLINED");
    private final Nested nested;

    public ApplicationsReadModel(Nested nested) {
        this.nested = nested;
    }

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.APPLICATIONS;
    }

    @Override
    public List<SqlFilter> filters(Exchange ex, String integrationId) {
        List<SqlFilter> f = new ArrayList<>();
        List<String> outcomes = new ArrayList<>(ListQuery.enumCsv(ex, "outcomes", OUTCOMES));
        outcomes.addAll(ListQuery.enumCsv(ex, "outcome", OUTCOMES));
        if (!outcomes.isEmpty()) {
            f.add(SqlFilter.of("t.outcome = ANY (?)", (Object) outcomes.toArray(String[]::new)));
        }
        List<String> jobIds = ListQuery.csv(ListQuery.param(ex, "job_ids"));
        if (!jobIds.isEmpty()) {
            f.add(SqlFilter.of("t.job_id = ANY (?)", (Object) jobIds.toArray(String[]::new)));
        }
        List<String> jobRemoteIds = ListQuery.csv(ListQuery.param(ex, "job_remote_ids"));
        if (!jobRemoteIds.isEmpty()) {
            f.add(SqlFilter.of("t.job_id IN (SELECT j.id FROM ats_jobs j WHERE j.integration_id = t.integration_id "
                    + "AND j.remote_id = ANY (?))", (Object) jobRemoteIds.toArray(String[]::new)));
        }
        List<String> stageIds = ListQuery.csv(ListQuery.param(ex, "current_stage_ids"));
        if (!stageIds.isEmpty()) {
            f.add(SqlFilter.of("t.current_stage_id = ANY (?)", (Object) stageIds.toArray(String[]::new)));
        }
        Instant created = ListQuery.dateTime(ex, "remote_created_after");
        if (created != null) {
            f.add(SqlFilter.of("t.remote_created_at >= ?", Timestamp.from(created)));
        }
        return f;
    }

    @Override
    public void expand(List<ObjectNode> rows, String integrationId) {
        Map<String, ObjectNode> candidates = nested.byId(UnifiedTables.CANDIDATES, integrationId,
                Nested.values(rows, "candidate_id"));
        Map<String, ObjectNode> stages = nested.byId(UnifiedTables.APPLICATION_STAGES, integrationId,
                Nested.values(rows, "current_stage_id"));
        Map<String, ObjectNode> jobs = nested.byId(UnifiedTables.JOBS, integrationId, Nested.values(rows, "job_id"));
        Map<String, com.fasterxml.jackson.databind.node.ArrayNode> tags = nested.tagsByCandidate(integrationId,
                Nested.values(rows, "candidate_id"));
        List<String> appIds = Nested.values(rows, "id");
        Map<String, List<ObjectNode>> interviews = nested.groupBy(UnifiedTables.INTERVIEWS, integrationId,
                "application_id", appIds, "t.starting_at NULLS LAST, t.id");
        Map<String, List<ObjectNode>> offers = nested.groupBy(UnifiedTables.OFFERS, integrationId, "application_id",
                appIds, "t.remote_created_at NULLS LAST, t.id");
        for (ObjectNode a : rows) {
            ObjectNode cand = candidates.get(a.path("candidate_id").asText());
            if (cand == null) {
                a.putNull("candidate");
            } else {
                ObjectNode c = (ObjectNode) Nested.pick(cand, "id", "remote_id", "first_name", "last_name",
                        "email_addresses", "phone_numbers", "social_media", "source", "remote_url");
                c.set("tags", tags.containsKey(cand.get("id").asText()) ? tags.get(cand.get("id").asText())
                        : UnifiedReader.emptyArray());
                a.set("candidate", c);
            }
            a.set("current_stage", Nested.stage(stages.get(a.path("current_stage_id").asText())));
            a.set("job", Nested.pick(jobs.get(a.path("job_id").asText()), "id", "remote_id", "name"));
            String id = a.path("id").asText();
            a.set("interviews", Nested.array(interviews.get(id), i -> Nested.pick(i, "id", "remote_id", "title",
                    "starting_at", "ending_at", "location", "canceled")));
            a.set("offers", Nested.array(offers.get(id), o -> Nested.pick(o, "id", "remote_id", "status")));
        }
    }
}
