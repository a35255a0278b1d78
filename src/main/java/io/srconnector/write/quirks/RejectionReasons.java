package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.write.RecordRefs;
import io.srconnector.write.SrWrites;

/**
 * Rejection reasons are SmartRecruiters configuration ({@code GET /configuration/rejection-reasons} →
 * {@code {content[{id, label}]}}, smartrecruiters-api.md §4.7), read live so the write does not depend on the
 * rejection-reason model having been synced. A {@code rejection_reason_id} is the Kombo id of a reason
 * ({@code UnifiedIds.of(integration, "ats_rejection_reasons", reasonId)}, field-mapping §0.2), {@code remote:<id>}
 * or the SmartRecruiters id itself. An unknown reason answers 404 before anything is written.
 */
public final class RejectionReasons {

    /** A SmartRecruiters rejection reason. */
    public record Reason(String id, String label) {
    }

    private RejectionReasons() {
    }

    /**
     * Finds the reason.
     *
     * @throws ApiException 404 naming {@code rejection_reason_id}
     */
    public static Reason resolve(SrWrites sr, String integrationId, String value) {
        String wanted = value.startsWith(RecordRefs.REMOTE_PREFIX) ? value.substring(RecordRefs.REMOTE_PREFIX.length()) : null;
        JsonNode list = sr.get(integrationId, "/configuration/rejection-reasons", "read the rejection reasons");
        for (JsonNode r : list.path("content")) {
            String id = r.path("id").asText();
            if (id.equals(wanted) || id.equals(value)
                    || UnifiedIds.of(integrationId, "ats_rejection_reasons", id).equals(value)) {
                return new Reason(id, r.path("label").asText(null));
            }
        }
        throw ApiException.notFound("rejection_reason_id", value);
    }
}
