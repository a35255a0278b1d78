package io.srconnector.write.quirks;

import io.srconnector.mapping.CandidateStatuses;

/**
 * SmartRecruiters quirk: stages are not records but a status plus an optional hiring-process sub-status label, and a
 * stage is set with {@code PUT /candidates/{id}/jobs/{jobId}/status {status, subStatus}} (smartrecruiters-api.md
 * §4.6, §5). A unified stage's remote id is {@code STATUS} or {@code STATUS|subStatus}
 * ({@link CandidateStatuses#stageRemoteId}); this maps it back. Invariant W5 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class StageTargets {

    /** A SmartRecruiters status (Customer API spelling) and sub-status label (null when none). */
    public record Target(String status, String subStatus) {
    }

    private StageTargets() {
    }

    /**
     * The status and sub-status of a stage remote id; Application-API spellings ({@code IN-REVIEW}, {@code OFFER})
     * are normalised. Null for a remote id that names no SmartRecruiters status.
     */
    public static Target fromRemoteId(String remoteId) {
        if (remoteId == null || remoteId.isBlank()) {
            return null;
        }
        int bar = remoteId.indexOf('|');
        String status = CandidateStatuses.normalize(bar < 0 ? remoteId : remoteId.substring(0, bar));
        if (status == null) {
            return null;
        }
        String sub = bar < 0 ? null : remoteId.substring(bar + 1);
        if (sub != null && (sub.isBlank() || !CandidateStatuses.WITH_SUB_STATUSES.contains(status))) {
            return null;
        }
        return new Target(status, sub);
    }
}
