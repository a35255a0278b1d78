package io.srconnector.integration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applications created (or imported) through this connector, keyed by SmartRecruiters' (candidate id, job id) pair
 * (table {@code tracked_applications}). Write actions record every application they create here; the per-integration
 * setting "sync only created applications" restricts syncs to them.
 */
@Repository
public class TrackedApplications {
    private final JdbcTemplate jdbc;

    public TrackedApplications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an application as tracked (idempotent).
     *
     * @return when it was first tracked
     */
    public Instant track(String integrationId, String candidateRemoteId, String jobRemoteId) {
        jdbc.update("""
                INSERT INTO tracked_applications (integration_id, candidate_remote_id, job_remote_id)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", integrationId, candidateRemoteId, jobRemoteId);
        return jdbc.queryForObject("""
                SELECT tracked_at FROM tracked_applications
                WHERE integration_id = ? AND candidate_remote_id = ? AND job_remote_id = ?""", Timestamp.class,
                integrationId, candidateRemoteId, jobRemoteId).toInstant();
    }

    /** Whether an application is tracked. */
    public boolean isTracked(String integrationId, String candidateRemoteId, String jobRemoteId) {
        return !jdbc.queryForList("""
                SELECT 1 FROM tracked_applications
                WHERE integration_id = ? AND candidate_remote_id = ? AND job_remote_id = ?""", Integer.class,
                integrationId, candidateRemoteId, jobRemoteId).isEmpty();
    }

    /** SmartRecruiters candidate ids with at least one tracked application. */
    public List<String> trackedCandidateIds(String integrationId) {
        return jdbc.queryForList("SELECT DISTINCT candidate_remote_id FROM tracked_applications "
                + "WHERE integration_id = ? ORDER BY 1", String.class, integrationId);
    }

    /** SmartRecruiters job ids with at least one tracked application. */
    public List<String> trackedJobIds(String integrationId) {
        return jdbc.queryForList("SELECT DISTINCT job_remote_id FROM tracked_applications "
                + "WHERE integration_id = ? ORDER BY 1", String.class, integrationId);
    }

    /** The tracked (candidate id, job id) pairs of an integration, as {@code <candidateId>:<jobId>}. */
    public Set<String> trackedPairs(String integrationId) {
        return new HashSet<>(jdbc.queryForList("SELECT candidate_remote_id || ':' || job_remote_id "
                + "FROM tracked_applications WHERE integration_id = ?", String.class, integrationId));
    }
}
