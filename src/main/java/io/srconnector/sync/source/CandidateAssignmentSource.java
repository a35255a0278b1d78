package io.srconnector.sync.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.ApplicationMapper;
import io.srconnector.sync.RecordPage;
import io.srconnector.sync.RecordSource;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.integration.TrackedApplications;
import io.srconnector.sync.StreamSpec;
import io.srconnector.sync.SyncContext;
import io.srconnector.sync.SyncSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applications' record source. SmartRecruiters has no application list: a candidate's applications are the
 * {@code primaryAssignment} and {@code secondaryAssignments[]} of {@code GET /candidates/{id}}. This source walks the
 * candidates that the same run has just read (their details are in {@code ats_candidates.remote_data}), a page of
 * candidates at a time, and emits one record per assignment with remote id {@code <candidateId>:<jobId>} and path
 * variables {@code candidateId} and {@code jobId} (field-mapping §6.1); the page route then reads
 * {@code GET /candidates/{candidateId}/jobs/{jobId}} and the rest. A page always holds all applications of its
 * candidates, so the page route may sweep the applications those candidates no longer have.
 * <p>In delta runs with {@code connector.sync.application-activity-probe} on, a last page holds the applications the
 * {@link ApplicationActivityProbe} found changed without their candidate. Under the integration's "sync only created
 * applications" setting only tracked applications are emitted.
 */
@Component("candidateAssignmentSource")
public class CandidateAssignmentSource implements RecordSource {
    /** Cursor of a run whose candidate pages are all done and whose probe page is next. */
    static final String PROBE_CURSOR = "~probe";
    private final JdbcTemplate jdbc;
    private final SyncSettings settings;
    private final ApplicationActivityProbe probe;
    private final TrackedApplications tracked;

    public CandidateAssignmentSource(JdbcTemplate jdbc, SyncSettings settings, ApplicationActivityProbe probe,
                                     TrackedApplications tracked) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.probe = probe;
        this.tracked = tracked;
    }

    @Override
    public void read(SyncContext ctx, StreamSpec spec, String startCursor, Consumer<RecordPage> onPage) {
        boolean probing = !ctx.full() && settings.isApplicationActivityProbe() && !ctx.run().trackedOnly();
        Set<String> trackedPairs = ctx.run().trackedOnly() ? tracked.trackedPairs(ctx.integrationId()) : null;
        if (!PROBE_CURSOR.equals(startCursor)) {
            readCandidates(ctx, spec, startCursor, probing, trackedPairs, onPage);
        }
        if (probing) {
            onPage.accept(new RecordPage(probe.changedApplications(ctx), null, List.of()));
        }
    }

    private void readCandidates(SyncContext ctx, StreamSpec spec, String startCursor, boolean probing,
                                Set<String> trackedPairs, Consumer<RecordPage> onPage) {
        String after = startCursor == null ? "" : startCursor;
        int candidatesPerPage = Math.max(1, spec.pageSize() / 2);
        while (true) {
            // Pick the page's ids first, then read only their (large) remote_data: an ORDER BY over rows whose
            // remote_data is selected would de-TOAST every remaining candidate before the LIMIT applies.
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT c.id, c.remote_id, c.remote_data -> '/candidates/{id}' AS details,
                      c.remote_data -> '/candidates/{id}/jobs/{primaryJobId}/properties' AS primary_properties
                    FROM ats_candidates c
                    JOIN (SELECT id FROM ats_candidates
                          WHERE integration_id = ? AND last_seen_run_id = ? AND remote_deleted_at IS NULL AND id > ?
                          ORDER BY id LIMIT ?) page ON page.id = c.id
                    ORDER BY c.id""", ctx.integrationId(), ctx.runId(), after, candidatesPerPage);
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
                List<RemoteRecord> apps = assignments((String) row.get("remote_id"), Json.read(details.toString()));
                if (trackedPairs != null) {
                    apps.removeIf(a -> !trackedPairs.contains(a.remoteId()));
                }
                reusePrimaryProperties(apps, Json.read(details.toString()), row.get("primary_properties"));
                records.addAll(apps);
            }
            after = (String) rows.get(rows.size() - 1).get("id");
            boolean last = rows.size() < candidatesPerPage;
            onPage.accept(new RecordPage(records, last ? (probing ? PROBE_CURSOR : null) : after, parents));
            if (last) {
                return;
            }
        }
    }

    /**
     * The candidate sync already read the primary application's properties (for the candidate's custom fields): hand
     * them to that application so they are not requested twice.
     */
    static void reusePrimaryProperties(List<RemoteRecord> apps, JsonNode details, Object primaryProperties) {
        String primaryJob = details.path("primaryAssignment").path("job").path("id").asText(null);
        if (primaryJob == null || primaryProperties == null) {
            return;
        }
        for (RemoteRecord r : apps) {
            if (primaryJob.equals(r.var("jobId"))) {
                r.put(ApplicationMapper.PROPERTIES, Json.read(primaryProperties.toString()));
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
