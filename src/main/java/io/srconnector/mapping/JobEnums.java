package io.srconnector.mapping;

import java.util.Locale;

/**
 * SmartRecruiters job vocabularies → Kombo's open enums (field-mapping §2.1–2.3). Values without a clear mapping
 * are passed through unchanged, as Kombo does for open enums.
 */
public final class JobEnums {
    private JobEnums() {
    }

    /** {@code typeOfEmployment} label (or id) → FULL_TIME, PART_TIME, CONTRACT, SEASONAL, INTERNSHIP, or the label. */
    public static String employmentType(String label, String id) {
        for (String v : new String[]{label, id}) {
            if (v == null) {
                continue;
            }
            String s = v.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            switch (s) {
                case "full-time", "fulltime", "permanent":
                    return "FULL_TIME";
                case "part-time", "parttime":
                    return "PART_TIME";
                case "contract", "contractor", "freelance":
                    return "CONTRACT";
                case "temporary", "seasonal":
                    return "SEASONAL";
                case "internship", "intern":
                    return "INTERNSHIP";
                default:
            }
        }
        return label != null ? label : id;
    }

    /** Job {@code status} → OPEN (SOURCING, INTERVIEW, OFFER), DRAFT (CREATED), CLOSED (FILLED, CANCELLED, ON_HOLD). */
    public static String status(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "CREATED" -> "DRAFT";
            case "SOURCING", "INTERVIEW", "OFFER" -> "OPEN";
            case "FILLED", "CANCELLED", "ON_HOLD" -> "CLOSED";
            default -> status;
        };
    }

    /** Job {@code postingStatus} → PUBLIC, INTERNAL, UNLISTED (PRIVATE), CONFIDENTIAL (NOT_PUBLISHED). */
    public static String visibility(String postingStatus) {
        if (postingStatus == null) {
            return null;
        }
        return switch (postingStatus) {
            case "PUBLIC" -> "PUBLIC";
            case "INTERNAL" -> "INTERNAL";
            case "PRIVATE" -> "UNLISTED";
            case "NOT_PUBLISHED" -> "CONFIDENTIAL";
            default -> postingStatus;
        };
    }
}
