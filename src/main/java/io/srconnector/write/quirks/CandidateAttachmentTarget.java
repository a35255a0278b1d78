package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import io.srconnector.write.SrWrites;

/**
 * SmartRecruiters quirk: files live per application — the candidate-level upload
 * ({@code POST /candidates/{id}/attachments}) is deprecated (smartrecruiters-api.md §4.4, §5). A file added to a
 * candidate is therefore uploaded to the candidate's primary assignment (its newest application, as
 * {@code GET /candidates/{id}} names it). A candidate without any application (talent pool) cannot take a file: 422.
 * Invariant W10 in {@code docs/smartrecruiters-invariants.md}.
 */
public final class CandidateAttachmentTarget {

    private CandidateAttachmentTarget() {
    }

    /**
     * The job id of the candidate's primary assignment.
     *
     * @throws ApiException 422 for a candidate without applications
     */
    public static String primaryJob(SrWrites sr, String integrationId, String candidateRemoteId) {
        JsonNode details = sr.get(integrationId, "/candidates/" + candidateRemoteId, "read the candidate");
        String job = details.path("primaryAssignment").path("job").path("id").asText(null);
        if (job == null || job.isBlank()) {
            throw new ApiException(422, "REMOTE.INPUT_INVALID", "Candidate has no application",
                    "SmartRecruiters keeps files per application, and the candidate has none");
        }
        return job;
    }
}
