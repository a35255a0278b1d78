package io.srconnector.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SmartRecruiters' candidate (application) statuses and how they map to unified stages and outcomes
 * (field-mapping §5, §6.2; failure case FC-08). The Customer API spells them {@code IN_REVIEW, OFFERED, HIRED};
 * the Application API {@code IN-REVIEW, OFFER, HIRE}; both normalise to the Customer API names. Unknown values
 * normalise to null (the raw value stays in remote_data) and never fail a sync.
 */
public final class CandidateStatuses {
    /** The fixed statuses in hiring order (CandidateStatusEnum). */
    public static final List<String> ORDER = List.of("LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED",
            "REJECTED", "WITHDRAWN", "TRANSFERRED");
    /** Statuses that hiring processes refine with sub-statuses. */
    public static final Set<String> WITH_SUB_STATUSES = Set.of("IN_REVIEW", "INTERVIEW", "OFFERED");

    private static final Map<String, String> ALIASES = Map.of(
            "OFFER", "OFFERED", "HIRE", "HIRED", "INREVIEW", "IN_REVIEW", "IN_PROGRESS", "IN_REVIEW");
    private static final Map<String, String> LABELS = Map.of(
            "LEAD", "Lead", "NEW", "New", "IN_REVIEW", "In Review", "INTERVIEW", "Interview", "OFFERED", "Offered",
            "HIRED", "Hired", "REJECTED", "Rejected", "WITHDRAWN", "Withdrawn", "TRANSFERRED", "Transferred");

    private CandidateStatuses() {
    }

    /** The Customer API spelling of a status from any SmartRecruiters API, or null when unknown. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        s = ALIASES.getOrDefault(s, s);
        return ORDER.contains(s) ? s : null;
    }

    /**
     * Unified outcome: PENDING while in process (LEAD … OFFERED), HIRED, DECLINED for REJECTED and WITHDRAWN; null for
     * TRANSFERRED (the application was closed by moving the candidate to another job: neither hired nor declined)
     * and for unknown statuses.
     */
    public static String outcome(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED" -> "PENDING";
            case "HIRED" -> "HIRED";
            case "REJECTED", "WITHDRAWN" -> "DECLINED";
            default -> null;
        };
    }

    /** Whether the status ends the application by rejection or withdrawal (sets rejected_at). */
    public static boolean isRejection(String status) {
        return "REJECTED".equals(status) || "WITHDRAWN".equals(status);
    }

    /** The stage remote id: {@code STATUS} or {@code STATUS|subStatus} (a '|' cannot occur in the enum). */
    public static String stageRemoteId(String status, String subStatus) {
        if (status == null) {
            return null;
        }
        return subStatus == null || subStatus.isBlank() || !WITH_SUB_STATUSES.contains(status)
                ? status : status + "|" + subStatus;
    }

    /** A main status in words, e.g. {@code IN_REVIEW} → "In Review". */
    public static String label(String status) {
        return LABELS.getOrDefault(status, status);
    }
}
