package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SmartRecruiters job-ad publishing state → Kombo job-posting {@code status} and {@code visibility}
 * (field-mapping §3). A job ad only says PUBLISHED or NOT_PUBLISHED; whether an unpublished ad was ever published —
 * Kombo's INACTIVE versus DRAFT — shows only in its publication history
 * ({@code GET /jobs/{jobId}/jobads/{jobAdId}/postings?activeOnly=false}).
 */
public final class JobPostingStatuses {
    private JobPostingStatuses() {
    }

    /**
     * @param postingStatus the ad's {@code postingStatus}
     * @param publications  the ad's {@code PublicationList} with inactive entries (missing node when not read)
     * @return ACTIVE (PUBLISHED), INACTIVE (NOT_PUBLISHED with any past publication), DRAFT (never published), or
     *         null for an unknown or absent value
     */
    public static String status(String postingStatus, JsonNode publications) {
        if ("PUBLISHED".equals(postingStatus)) {
            return "ACTIVE";
        }
        if ("NOT_PUBLISHED".equals(postingStatus)) {
            return publications.path("content").size() > 0 ? "INACTIVE" : "DRAFT";
        }
        return null;
    }

    /** The ad's {@code visibility}: PUBLIC, INTERNAL; PRIVATE → UNLISTED (link only); others → null. */
    public static String visibility(String visibility) {
        if (visibility == null) {
            return null;
        }
        return switch (visibility) {
            case "PUBLIC" -> "PUBLIC";
            case "INTERNAL" -> "INTERNAL";
            case "PRIVATE" -> "UNLISTED";
            default -> null;
        };
    }
}
