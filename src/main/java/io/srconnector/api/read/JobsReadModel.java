package io.srconnector.api.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

/**
 * {@code GET /v1/ats/jobs}: filters {@code job_codes}, {@code post_url}, {@code statuses} (and deprecated
 * {@code status}), {@code employment_types}, {@code visibilities}, {@code remote_created_after}, {@code name_contains};
 * nests {@code stages} (SmartRecruiters' one global stage list, see ApplicationStageMapper) and
 * {@code screening_questions}, {@code job_postings}, {@code hiring_team}.
 */
@Component
public class JobsReadModel implements ReadModel {
    private final UnifiedReader reader;

    public JobsReadModel(UnifiedReader reader) {
        this.reader = reader;
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
        for (ObjectNode job : rows) {
            job.set("stages", stages.deepCopy());
            setIfAbsent(job, "screening_questions");
            setIfAbsent(job, "job_postings");
            setIfAbsent(job, "hiring_team");
        }
    }

    private static void setIfAbsent(ObjectNode job, String field) {
        JsonNode v = job.get(field);
        if (v == null || v.isNull()) {
            job.set(field, UnifiedReader.emptyArray());
        }
    }
}
