package io.srconnector.sync.source;

import io.srconnector.mapping.ApplicationMapper;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Record source of interviews. SmartRecruiters lists interviews only per application, by the application's own id
 * ({@code GET /interviews-api/v201904/interviews?applicationId=}), which only {@code GET /candidates/{id}/jobs/{jobId}}
 * returns: this source walks the applications the run has just synced and emits one record per application with path
 * variables {@code candidateId}, {@code jobId} and {@code applicationId} (read from that stored body).
 *
 * <p>SmartRecruiters does not tie interviews to a status (an interview can be scheduled in any status), so by default
 * every application is asked. With {@code sync.interviews.only-interviewed-applications=true} only applications whose
 * status history reached INTERVIEW (or a later status: OFFERED, HIRED) are asked — one call less per earlier-stage
 * application, at the price of missing interviews scheduled without that status change.
 *
 * <p>A delta run asks only the applications that changed (or appeared) in this run: scheduling an interview in
 * SmartRecruiters normally goes with a status move (to INTERVIEW, a new sub-status), which changes the application.
 * An interview added or moved without any change to its application is seen by the next full sync (daily by
 * default); the applications not asked keep their interviews (they are not in the page's parents, so nothing is
 * swept for them).
 */
@Component("applicationsOfRunSource")
public class ApplicationsOfRunSource extends SeenInRunSource {
    private final boolean onlyInterviewed;

    public ApplicationsOfRunSource(JdbcTemplate jdbc,
                                   @Value("${sync.interviews.only-interviewed-applications:false}") boolean onlyInterviewed) {
        super(jdbc);
        this.onlyInterviewed = onlyInterviewed;
    }

    @Override
    protected String pageSql() {
        return """
                SELECT a.id, a.remote_id, a.remote_data -> '%s' ->> 'applicationId' AS application_id, a.changed_at,
                  EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(a.remote_data -> '%s' -> 'content', '[]'::jsonb)) h
                          WHERE upper(h ->> 'status') IN ('INTERVIEW', 'OFFERED', 'OFFER', 'HIRED', 'HIRE')) AS interviewed
                FROM ats_applications a
                JOIN (SELECT id FROM ats_applications
                      WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                      ORDER BY id LIMIT ?) page ON page.id = a.id
                ORDER BY a.id""".formatted(ApplicationMapper.DETAILS, ApplicationMapper.HISTORY);
    }

    @Override
    protected boolean includesParent(Map<String, Object> row, SyncContext ctx) {
        if (onlyInterviewed && !Boolean.TRUE.equals(row.get("interviewed"))) {
            return false;
        }
        if (ctx.full()) {
            return true;
        }
        java.sql.Timestamp changed = (java.sql.Timestamp) row.get("changed_at");
        return changed != null && !changed.toInstant().isBefore(ctx.run().startedAt());
    }

    @Override
    protected List<RemoteRecord> records(Map<String, Object> row, SyncContext ctx) {
        String remoteId = text(row, "remote_id");
        String applicationId = text(row, "application_id");
        int colon = remoteId == null ? -1 : remoteId.indexOf(':');
        if (applicationId == null || colon < 0 || !includesParent(row, ctx)) {
            return List.of();
        }
        return List.of(new RemoteRecord(remoteId, Map.of("candidateId", remoteId.substring(0, colon),
                "jobId", remoteId.substring(colon + 1), "applicationId", applicationId), null, null));
    }
}
