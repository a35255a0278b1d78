package io.srconnector.sync.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.TagMapper;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.StreamSpec;
import io.srconnector.sync.SyncContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Record source of tags and candidate tags. SmartRecruiters returns a candidate's tags with the candidate
 * ({@code GET /candidates} and {@code GET /candidates/{id}}: {@code tags[]}), so tags cost no extra call: this source
 * walks the candidates the run has just synced and hands each one's tags on as the body of
 * {@code GET /candidates/{id}/tags} ({@code {"tags": [...]}}), preferring the detail body's list.
 */
@Component("candidateTagsSource")
public class CandidateTagsSource extends SeenInRunSource {

    public CandidateTagsSource(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    protected String pageSql() {
        return """
                SELECT c.id, c.remote_id,
                  COALESCE(c.remote_data -> '/candidates/{id}' -> 'tags', c.remote_data -> '/candidates' -> 'tags') AS tags
                FROM ats_candidates c
                JOIN (SELECT id FROM ats_candidates
                      WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                      ORDER BY id LIMIT ?) page ON page.id = c.id
                ORDER BY c.id""";
    }

    @Override
    protected int parentsPerPage(StreamSpec spec) {
        return Math.max(1, spec.pageSize() * 5);
    }

    @Override
    protected List<RemoteRecord> records(Map<String, Object> row, SyncContext ctx) {
        String candidateId = text(row, "remote_id");
        if (candidateId == null) {
            return List.of();
        }
        ObjectNode body = Json.mapper().createObjectNode();
        Object tags = row.get("tags");
        body.set("tags", tags == null ? Json.mapper().createArrayNode() : Json.read(tags.toString()));
        return List.of(new RemoteRecord(candidateId, Map.of("candidateId", candidateId), TagMapper.TAGS, body));
    }
}
