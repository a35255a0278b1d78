package io.srconnector.api.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ListQuery;
import io.srconnector.json.Json;
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
 * {@code GET /v1/ats/jobs}: filters {@code job_codes}, {@code post_url}, {@code statuses} (and deprecated
 * {@code status}), {@code employment_types}, {@code visibilities}, {@code remote_created_after}, {@code name_contains};
 * nests {@code stages} (SmartRecruiters' one global stage list, see ApplicationStageMapper) and
 * {@code screening_questions}, {@code job_postings}, {@code hiring_team}.
 */
@Component
public class JobsReadModel implements ReadModel {
    private final UnifiedReader reader;
    private final Nested nested;

    public JobsReadModel(UnifiedReader reader, Nested nested) {
        this.reader = reader;
        this.nested = nested;
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.JOBS;
    }

    @Override
    public List<SqlFilter> filters(Exchange ex, String integrationId) {
        List<SqlFilter> f = new ArrayList<>();
        List<String> codes = ListQuery.csv(ListQuery.param(ex, "job_codes"));
        if (!codes.isEmpty()) {
            f.add(SqlFilter.of("t.job_code = ANY (?)", (Object) codes.toArray(String[]::new)));
        }
        String postUrl = ListQuery.param(ex, "post_url");
        if (postUrl != null) {
            f.add(SqlFilter.of("t.post_url = ?", postUrl));
        }
        List<String> statuses = new ArrayList<>(ListQuery.enumCsv(ex, "statuses",
                List.of("OPEN", "CLOSED", "DRAFT", "ARCHIVED")));
        statuses.addAll(ListQuery.enumCsv(ex, "status", List.of("OPEN", "CLOSED", "DRAFT", "ARCHIVED")));
        if (!statuses.isEmpty()) {
            f.add(SqlFilter.of("t.status = ANY (?)", (Object) statuses.toArray(String[]::new)));
        }
        List<String> types = ListQuery.enumCsv(ex, "employment_types",
                List.of("FULL_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP"));
        if (!types.isEmpty()) {
            f.add(SqlFilter.of("t.employment_type = ANY (?)", (Object) types.toArray(String[]::new)));
        }
        List<String> vis = ListQuery.enumCsv(ex, "visibilities", List.of("PUBLIC", "INTERNAL", "UNLISTED", "CONFIDENTIAL"));
        if (!vis.isEmpty()) {
            f.add(SqlFilter.of("t.visibility = ANY (?)", (Object) vis.toArray(String[]::new)));
        }
        Instant created = ListQuery.dateTime(ex, "remote_created_after");
        if (created != null) {
            f.add(SqlFilter.of("t.remote_created_at >= ?", Timestamp.from(created)));
        }
        String contains = ListQuery.param(ex, "name_contains");
        if (contains != null) {
            String like = "%" + contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            f.add(SqlFilter.of("t.name ILIKE ?", like));
        }
        return f;
    }

    @Override
    public void expand(List<ObjectNode> rows, String integrationId) {
        ArrayNode stages = Nested.array(reader.all(UnifiedTables.APPLICATION_STAGES, integrationId, "t.global_index"),
                s -> {
                    ObjectNode o = (ObjectNode) Nested.pick(s, "id", "remote_id", "name", "remote_data");
                    o.set("index", s.get("global_index"));
                    return o;
                });
        List<String> jobIds = Nested.values(rows, "id");
        Map<String, List<ObjectNode>> postings = nested.groupBy(UnifiedTables.JOB_POSTINGS, integrationId, "job_id",
                jobIds, "t.remote_created_at NULLS LAST, t.id");
        Map<String, List<ObjectNode>> asked = nested.groupBy(UnifiedTables.JOB_SCREENING_QUESTIONS, integrationId,
                "job_id", jobIds, "t.index NULLS LAST, t.id");
        Map<String, ObjectNode> questions = nested.byId(UnifiedTables.SCREENING_QUESTIONS, integrationId,
                Nested.values(asked.values().stream().flatMap(List::stream).toList(), "question_id"));
        Map<String, List<ObjectNode>> team = nested.groupBy(UnifiedTables.HIRING_TEAM, integrationId, "job_id",
                jobIds, "t.id");
        Map<String, ObjectNode> users = nested.byId(UnifiedTables.USERS, integrationId,
                Nested.values(team.values().stream().flatMap(List::stream).toList(), "user_id"));
        for (ObjectNode job : rows) {
            String id = job.path("id").asText();
            job.set("stages", stages.deepCopy());
            job.set("screening_questions", Nested.array(asked.get(id), j -> screeningQuestion(j, questions)));
            job.set("job_postings", Nested.array(postings.get(id), p -> Nested.pick(p, "id", "remote_id", "title",
                    "description_html", "status", "visibility", "url", "remote_data")));
            job.set("hiring_team", Nested.array(team.get(id), m -> hiringTeamMember(m, users)));
            setIfAbsent(job, "screening_questions");
            setIfAbsent(job, "job_postings");
            setIfAbsent(job, "hiring_team");
        }
    }

    /**
     * A job's screening question as Kombo nests it: the question's {@code id, remote_id, title, description, format,
     * category} and the job's {@code index, required, precondition_question_id, precondition_options}.
     */
    static JsonNode screeningQuestion(ObjectNode join, Map<String, ObjectNode> questions) {
        ObjectNode q = questions.get(join.path("question_id").asText());
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", join.path("question_id").asText());
        o.set("remote_id", q == null ? Json.mapper().nullNode() : q.get("remote_id"));
        o.set("title", q == null ? Json.mapper().nullNode() : q.get("title"));
        o.set("description", q == null ? Json.mapper().nullNode() : q.get("description"));
        o.set("format", q == null ? Json.mapper().nullNode() : q.get("format"));
        o.set("category", q == null ? Json.mapper().nullNode() : q.get("category"));
        o.set("index", join.get("index"));
        o.set("required", join.get("required"));
        o.set("precondition_question_id", join.get("precondition_question_id"));
        o.set("precondition_options", join.get("precondition_options"));
        return o;
    }

    /**
     * A hiring-team member as Kombo nests it: the user ({@link Nested#user}) plus {@code hiring_team_roles} (the
     * distinct unified role types) and {@code job_roles} (every SmartRecruiters role with its unified type or null).
     */
    static JsonNode hiringTeamMember(ObjectNode join, Map<String, ObjectNode> users) {
        String userId = join.path("user_id").asText();
        ObjectNode o = Nested.user(userId, users.get(userId));
        ArrayNode unified = Json.mapper().createArrayNode();
        ArrayNode jobRoles = Json.mapper().createArrayNode();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (JsonNode r : join.path("roles")) {
            jobRoles.add(r);
            JsonNode t = r.path("unified_type");
            if (t.isTextual() && seen.add(t.asText())) {
                unified.add(t.asText());
            }
        }
        o.set("hiring_team_roles", unified);
        o.set("job_roles", jobRoles);
        return o;
    }

    private static void setIfAbsent(ObjectNode job, String field) {
        JsonNode v = job.get(field);
        if (v == null || v.isNull()) {
            job.set(field, UnifiedReader.emptyArray());
        }
    }
}
