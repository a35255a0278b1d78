package io.srconnector.sync.source;

import io.srconnector.mapping.JobPostingMapper;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Record source of screening questions. SmartRecruiters has no job-level question list: the questions of a job are
 * the Application API configuration of one of its published postings ({@code GET /postings/{uuid}/configuration},
 * field-mapping §7). This source walks the jobs the run has just synced and picks, from the job postings the same run
 * read, the Posting API {@code uuid} of the default job ad's posting (else of any published ad's posting): one record
 * per job with path variables {@code jobId} and {@code uuid}. A job without a published posting yields no record but
 * is still a parent of its page, so questions it no longer shows are swept.
 */
@Component("jobPostingConfigurationSource")
public class JobPostingConfigurationSource extends SeenInRunSource {
    private static final String POSTING = JobPostingMapper.POSTING;
    private static final String AD = JobPostingMapper.AD;

    public JobPostingConfigurationSource(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    protected String pageSql() {
        return """
                SELECT j.id, j.remote_id,
                  (SELECT p.remote_data -> '%1$s' ->> 'uuid' FROM ats_job_postings p
                   WHERE p.integration_id = j.integration_id AND p.job_id = j.id
                     AND p.last_seen_run_id = j.last_seen_run_id AND p.remote_deleted_at IS NULL
                     AND p.remote_data -> '%1$s' ->> 'uuid' IS NOT NULL
                   ORDER BY COALESCE((p.remote_data -> '%2$s' ->> 'default')::boolean, false) DESC, p.remote_id
                   LIMIT 1) AS uuid
                FROM ats_jobs j
                JOIN (SELECT id FROM ats_jobs
                      WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                      ORDER BY id LIMIT ?) page ON page.id = j.id
                ORDER BY j.id""".formatted(POSTING, AD);
    }

    @Override
    protected List<RemoteRecord> records(Map<String, Object> row, SyncContext ctx) {
        String jobId = text(row, "remote_id");
        String uuid = text(row, "uuid");
        if (jobId == null || uuid == null) {
            return List.of();
        }
        return List.of(new RemoteRecord(jobId, Map.of("jobId", jobId, "uuid", uuid), null, null));
    }
}
