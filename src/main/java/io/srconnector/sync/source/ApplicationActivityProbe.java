package io.srconnector.sync.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.mapping.CandidateStatuses;
import io.srconnector.paging.PageIdPaginator;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import io.srconnector.sync.SyncSettings;
import io.srconnector.sync.UpdatedAfterBound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SmartRecruiters quirk: whether an application's status change moves its candidate's {@code updatedOn} is not
 * documented (smartrecruiters-api.md §4.5, §9.3), so a delta read of {@code GET /candidates?updatedAfter} alone may miss
 * it. This probe finds such applications without reading every candidate:
 * <ol>
 *   <li>{@code GET /jobs?lastActivityAfter=<bound>&sort=job_id} — jobs with activity (SmartRecruiters moves a job's
 *       {@code lastActivityOn} on edits and new applicants; the sandbox also on status changes);</li>
 *   <li>{@code GET /candidates?jobId=<job>} per such job — the list item carries the primary assignment's status and
 *       sub-status;</li>
 *   <li>{@code GET /candidates/{id}} for candidates whose application on that job is a secondary one (the list has no
 *       status for those);</li>
 *   <li>applications whose status or sub-status differs from ours, or that we do not have yet, are returned for a
 *       full re-read. Candidates this run already re-read are skipped (their applications are read anyway).</li>
 * </ol>
 * On by {@code connector.sync.application-activity-probe}; its cost is measured in docs/syncs.md. Removed
 * applications are left to the next full sync, like every deletion.
 */
@Component
public class ApplicationActivityProbe {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationActivityProbe.class);
    private final SmartRecruitersRequester requester;
    private final JdbcTemplate jdbc;
    private final PageIdPaginator paginator;

    public ApplicationActivityProbe(SmartRecruitersRequester requester, JdbcTemplate jdbc, SyncSettings settings) {
        this.requester = requester;
        this.jdbc = jdbc;
        this.paginator = new PageIdPaginator(requester, settings.getMaxPages());
    }

    /**
     * @param ctx the applications model's context of a delta run ({@code deltaSince} set)
     * @return records ({@code <candidateId>:<jobId>}, variables {@code candidateId}, {@code jobId}) of applications
     *         whose stage differs from ours or that are new
     */
    public List<RemoteRecord> changedApplications(SyncContext ctx) {
        String integration = ctx.integrationId();
        Set<String> activeJobs = new LinkedHashSet<>();
        paginator.paginate(ctx.get("/jobs").query("sort", "job_id")
                        .query("lastActivityAfter", UpdatedAfterBound.parameter(ctx.deltaSince())), null, 100,
                page -> page.items().forEach(j -> {
                    String id = j.path("id").asText(null);
                    if (id != null) {
                        activeJobs.add(id);
                    }
                }));
        if (activeJobs.isEmpty()) {
            return List.of();
        }
        Set<String> rereadThisRun = new HashSet<>(jdbc.queryForList(
                "SELECT remote_id FROM ats_candidates WHERE integration_id = ? AND last_seen_run_id = ?",
                String.class, integration, ctx.runId()));
        Map<String, String> storedStages = storedStages(integration, activeJobs);
        Map<String, RemoteRecord> changed = new LinkedHashMap<>();
        Map<String, Set<String>> needDetails = new LinkedHashMap<>();
        for (String jobId : activeJobs) {
            paginator.paginate(ctx.get("/candidates").query("jobId", jobId), null, 100,
                    page -> page.items().forEach(c -> {
                        String candidateId = c.path("id").asText(null);
                        if (candidateId == null || rereadThisRun.contains(candidateId)) {
                            return;
                        }
                        JsonNode primary = c.path("primaryAssignment");
                        if (jobId.equals(primary.path("job").path("id").asText(null))) {
                            compare(candidateId, jobId, primary, storedStages, changed);
                        } else {
                            needDetails.computeIfAbsent(candidateId, k -> new LinkedHashSet<>()).add(jobId);
                        }
                    }));
        }
        for (Map.Entry<String, Set<String>> e : needDetails.entrySet()) {
            JsonNode details = requester.json(ctx.get("/candidates/" + e.getKey()).build());
            List<JsonNode> assignments = new ArrayList<>();
            if (details.hasNonNull("primaryAssignment")) {
                assignments.add(details.get("primaryAssignment"));
            }
            details.path("secondaryAssignments").forEach(assignments::add);
            for (JsonNode a : assignments) {
                String jobId = a.path("job").path("id").asText(null);
                if (jobId != null && e.getValue().contains(jobId)) {
                    compare(e.getKey(), jobId, a, storedStages, changed);
                }
            }
        }
        LOG.info("[{}] application activity probe: {} active job(s), {} candidate detail(s) read, {} application(s) "
                + "changed without their candidate", integration, activeJobs.size(), needDetails.size(), changed.size());
        return new ArrayList<>(changed.values());
    }

    private static void compare(String candidateId, String jobId, JsonNode assignment, Map<String, String> stored,
                                Map<String, RemoteRecord> changed) {
        String status = CandidateStatuses.normalize(assignment.path("status").asText(null));
        if (status == null) {
            return;
        }
        String remote = CandidateStatuses.stageRemoteId(status, assignment.path("subStatus").asText(null));
        String remoteId = candidateId + ":" + jobId;
        if (!remote.equals(stored.get(remoteId))) {
            changed.putIfAbsent(remoteId, new RemoteRecord(remoteId,
                    Map.of("candidateId", candidateId, "jobId", jobId), null, null));
        }
    }

    /** Our applications on the given jobs: remote id → the remote id of their current stage. */
    private Map<String, String> storedStages(String integration, Set<String> jobRemoteIds) {
        String[] jobIds = jobRemoteIds.stream().map(j -> UnifiedIds.of(integration, "ats_jobs", j))
                .toArray(String[]::new);
        Map<String, String> out = new HashMap<>();
        jdbc.query("""
                SELECT a.remote_id, s.remote_id FROM ats_applications a
                LEFT JOIN ats_application_stages s ON s.id = a.current_stage_id
                WHERE a.integration_id = ? AND a.remote_deleted_at IS NULL AND a.job_id = ANY (?)""",
                ps -> {
                    ps.setString(1, integration);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", jobIds));
                }, rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }
}
