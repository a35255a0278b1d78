package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.persistence.UnifiedReader;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.write.quirks.StageTargets;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Resolves the ids a write names — Kombo ids of synced records, or {@code remote:<SmartRecruiters id>} where Kombo
 * allows it — to SmartRecruiters ids, from the synced tables (no SmartRecruiters call). An unknown id answers
 * {@code 404} naming the field; nothing has been sent to SmartRecruiters then.
 */
@Component
public class RecordRefs {
    /** Kombo's prefix for a remote id in place of a Kombo id. */
    public static final String REMOTE_PREFIX = "remote:";

    private final UnifiedReader reader;

    public RecordRefs(UnifiedReader reader) {
        this.reader = reader;
    }

    /** A job: its SmartRecruiters id and Kombo id. */
    public record JobRef(String remoteId, String id) {
    }

    /** A candidate: its SmartRecruiters id and Kombo id. */
    public record CandidateRef(String remoteId, String id) {
    }

    /** An application: SmartRecruiters candidate and job ids, and its Kombo id. */
    public record ApplicationRef(String candidateRemoteId, String jobRemoteId, String id) {
        /** {@code candidateId:jobId}. */
        public String remoteId() {
            return candidateRemoteId + ":" + jobRemoteId;
        }
    }

    /**
     * A job by Kombo id or {@code remote:<id>} (the job need not be synced then; SmartRecruiters answers for it).
     *
     * @throws ApiException 404 naming {@code field}
     */
    public JobRef job(String integrationId, String value, String field) {
        if (value.startsWith(REMOTE_PREFIX)) {
            String remote = Fields.remoteIdSegment(value.substring(REMOTE_PREFIX.length()), field);
            return new JobRef(remote, UnifiedIds.of(integrationId, "ats_jobs", remote));
        }
        ObjectNode row = row(UnifiedTables.JOBS, integrationId, value, field);
        return new JobRef(row.get("remote_id").asText(), value);
    }

    /** A candidate by Kombo id or {@code remote:<id>}. */
    public CandidateRef candidate(String integrationId, String value, String field) {
        if (value.startsWith(REMOTE_PREFIX)) {
            String remote = Fields.remoteIdSegment(value.substring(REMOTE_PREFIX.length()), field);
            return new CandidateRef(remote, UnifiedIds.of(integrationId, "ats_candidates", remote));
        }
        ObjectNode row = row(UnifiedTables.CANDIDATES, integrationId, value, field);
        return new CandidateRef(row.get("remote_id").asText(), value);
    }

    /** An application by Kombo id, or {@code remote:<candidateId>:<jobId>}. */
    public ApplicationRef application(String integrationId, String value, String field) {
        String remote;
        if (value.startsWith(REMOTE_PREFIX)) {
            remote = value.substring(REMOTE_PREFIX.length());
        } else {
            remote = row(UnifiedTables.APPLICATIONS, integrationId, value, field).get("remote_id").asText();
        }
        int colon = remote.indexOf(':');
        if (colon <= 0 || colon == remote.length() - 1) {
            throw ApiException.notFound(field, value);
        }
        String candidate = Fields.remoteIdSegment(remote.substring(0, colon), field);
        String job = Fields.remoteIdSegment(remote.substring(colon + 1), field);
        return new ApplicationRef(candidate, job, UnifiedIds.of(integrationId, "ats_applications", candidate + ":" + job));
    }

    /** A stage by Kombo id (or {@code remote:STATUS|subStatus}) as SmartRecruiters status and sub-status. */
    public StageTargets.Target stage(String integrationId, String value, String field) {
        String remote;
        if (value.startsWith(REMOTE_PREFIX)) {
            remote = value.substring(REMOTE_PREFIX.length());
        } else {
            remote = row(UnifiedTables.APPLICATION_STAGES, integrationId, value, field).get("remote_id").asText();
        }
        StageTargets.Target t = StageTargets.fromRemoteId(remote);
        if (t == null) {
            throw ApiException.notFound(field, value);
        }
        return t;
    }

    private ObjectNode row(UnifiedTable<?> table, String integrationId, String id, String field) {
        if (!UnifiedIds.looksLikeId(id)) {
            throw ApiException.notFound(field, id);
        }
        List<ObjectNode> rows = reader.byColumn(table, integrationId, "id", List.of(id), false, null);
        if (rows.isEmpty() || rows.get(0).path("remote_id").isNull()) {
            throw ApiException.notFound(field, id);
        }
        return rows.get(0);
    }
}
