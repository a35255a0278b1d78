package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.write.SrWrites;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SmartRecruiters quirk (coverage sheet: "read_jobs permission is required because we need to look up job posting
 * details when creating candidates"): screening answers and consent can only be sent with the Application API, which
 * applies to a <em>posting</em> ({@code POST /postings/{uuid}/candidates}), not to a job. The posting is found from
 * the job's ads: {@code GET /jobs/{jobId}/jobads} (scope {@code jobs_read}) → a {@code PUBLISHED}, not
 * {@code PRIVATE} ad (private ads are not on the Posting API), the default one first and public before internal →
 * the posting uuid in its {@code applyUrl} ({@code …/publication/<uuid>}). A job with no such ad has no posting
 * (and no screening questions).
 * Invariant W2 in {@code docs/smartrecruiters-invariants.md}.
 */
public final class JobPostingLookup {
    private static final Pattern UUID_IN_URL = Pattern.compile("/publication/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private JobPostingLookup() {
    }

    /** The uuid of the job's published posting, or null when it has none. */
    public static String publishedPostingUuid(SrWrites sr, String integrationId, String jobRemoteId) {
        JsonNode ads = sr.get(integrationId, "/jobs/" + jobRemoteId + "/jobads", "read the job's ads");
        JsonNode list = ads.isArray() ? ads : ads.path("content");
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode ad : list) {
            if (!"PUBLISHED".equals(ad.path("postingStatus").asText())
                    || "PRIVATE".equals(ad.path("visibility").asText())) {
                continue;
            }
            Matcher m = UUID_IN_URL.matcher(ad.path("applyUrl").asText(""));
            if (!m.find()) {
                continue;
            }
            int rank = (ad.path("default").asBoolean(false) ? 0 : 10)
                    + ("INTERNAL".equals(ad.path("visibility").asText()) ? 1 : 0);
            if (rank < bestRank) {
                best = m.group(1);
                bestRank = rank;
            }
        }
        return best;
    }
}
