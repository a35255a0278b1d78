package io.srconnector.mapping;

import java.util.Locale;

/**
 * SmartRecruiters offer statuses → Kombo's closed offer-status enum (field-mapping §12.1):
 * CREATED, PENDING_APPROVAL, NOT_APPROVED → DRAFT (not yet approved, or approval refused and back to rework);
 * APPROVED → APPROVED; PENDING_ACCEPTANCE → SENT (with the candidate); ACCEPTED → ACCEPTED; NOT_ACCEPTED → DECLINED;
 * ABANDONED → ABANDONED. Unknown values map to null (the raw value stays in remote_data) and never fail a sync
 * (the FC-08 rule for vocabularies).
 */
public final class OfferStatuses {
    private OfferStatuses() {
    }

    /** The unified status of a SmartRecruiters offer status (any case, '-' or ' ' for '_'), or null. */
    public static String unified(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "CREATED", "PENDING_APPROVAL", "NOT_APPROVED" -> "DRAFT";
            case "APPROVED" -> "APPROVED";
            case "PENDING_ACCEPTANCE" -> "SENT";
            case "ACCEPTED" -> "ACCEPTED";
            case "NOT_ACCEPTED" -> "DECLINED";
            case "ABANDONED" -> "ABANDONED";
            default -> null;
        };
    }
}
