package io.srconnector.sync.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.sync.RecordPage;
import io.srconnector.sync.RecordSource;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.StreamSpec;
import io.srconnector.sync.SyncContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applications' record source. SmartRecruiters has no application list: a candidate's applications are the
 * {@code primaryAssignment} and {@code secondaryAssignments[]} of {@code GET /candidates/{id}}. This source walks the
 * candidates that the same run has just read (their details are in {@code ats_candidates.remote_data}), a page of
 * candidates at a time, and emits one record per assignment with remote id {@code <candidateId>:<jobId>} and path
 * variables {@code candidateId} and {@code jobId} (field-mapping §6.1); the page route then reads
 * {@code GET /candidates/{candidateId}/jobs/{jobId}} and the rest. A page always holds all applications of its
 * candidates, so the page route may sweep the applications those candidates no longer have.
 */
@Component("candidateAssignmentSource")
public class CandidateAssignmentSource implements RecordSource {
    private final JdbcTemplate jdbc;

    public CandidateAssignmentSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void read(SyncContext ctx, StreamSpec spec, String startCursor, Consumer<RecordPage> onPage) {
        String after = startCursor == null ? "" : startCursor;
        int candidatesPerPage = Math.max(1, spec.pageSize() / 2);
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT id, remote_id, remote_data -> '/candidates/{id}' AS details FROM ats_candidates
                    WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                    ORDER BY id LIMIT ?""", ctx.integrationId(), ctx.runId(), after, candidatesPerPage);
            if (rows.isEmpty()) {
                return;
            }
            List<RemoteRecord> records = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                parents.add((String) row.get("id"));
                Object details = row.get("details");
                if (details == null) {
                    continue;
                }
                records.addAll(assignments((String) row.get("remote_id"), Json.read(details.toString())));
            }
            after = (String) rows.get(rows.size() - 1).get("id");
            boolean last = rows.size() < candidatesPerPage;
            onPage.accept(new RecordPage(records, last ? null : after, parents));
            if (last) {
                return;
            }
        }
    }

    /** One record per assignment of a {@code CandidateDetails} body. */
    public static List<RemoteRecord> assignments(String candidateId, JsonNode details) {
        List<RemoteRecord> out = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        if (details.hasNonNull("primaryAssignment")) {
            all.add(details.get("primaryAssignment"));
        }
        details.path("secondaryAssignments").forEach(all::add);
        for (JsonNode a : all) {
            String jobId = a.path("job").path("id").asText(null);
            if (jobId == null || jobId.isBlank()) {
                continue;
            }
            String remoteId = candidateId + ":" + jobId;
            if (out.stream().anyMatch(r -> r.remoteId().equals(remoteId))) {
                continue;
            }
            out.add(new RemoteRecord(remoteId, Map.of("candidateId", candidateId, "jobId", jobId), null, null));
        }
        return out;
    }
}
