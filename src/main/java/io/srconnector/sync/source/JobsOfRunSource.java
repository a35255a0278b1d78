package io.srconnector.sync.source;

import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Record source of the models read per job (job postings: {@code GET /jobs/{jobId}/jobads}; hiring team:
 * {@code GET /jobs/{jobId}/hiring-team}): one record per job the run has just synced, remote id and path variable
 * {@code jobId} = the SmartRecruiters job id. Job templates are not synced jobs, so they are not walked.
 */
@Component("jobsOfRunSource")
public class JobsOfRunSource extends SeenInRunSource {

    public JobsOfRunSource(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    protected String pageSql() {
        return """
                SELECT id, remote_id FROM ats_jobs
                WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                ORDER BY id LIMIT ?""";
    }

    @Override
    protected List<RemoteRecord> records(Map<String, Object> row, SyncContext ctx) {
        String jobId = text(row, "remote_id");
        return jobId == null ? List.of() : List.of(new RemoteRecord(jobId, Map.of("jobId", jobId), null, null));
    }
}
