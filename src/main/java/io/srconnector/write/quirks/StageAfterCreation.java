package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.write.SrWrites;
import io.srconnector.write.Warnings;

/**
 * SmartRecruiters quirk (coverage sheet, Create candidate): a candidate cannot be created in a stage — every create
 * starts as NEW. With a {@code stage_id}, the new application is moved right after the create with
 * {@code PUT /candidates/{candidateId}/jobs/{jobId}/status {status, subStatus}} (needs {@code candidates_manage}).
 * The create has happened by then, so a failed move does not fail the request: it is reported in {@code warnings}
 * with the created ids, never hidden, and nothing is rolled back. Invariant W5 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class StageAfterCreation {

    private StageAfterCreation() {
    }

    /**
     * Moves the created application to the stage.
     *
     * @param createdIds Kombo ids of what was created, for the warning ({@code "candidate X, application Y"})
     * @return true when moved
     */
    public static boolean move(SrWrites sr, String integrationId, String candidateRemoteId, String jobRemoteId,
                               StageTargets.Target stage, String createdIds, Warnings warnings) {
        ObjectNode body = Json.mapper().createObjectNode().put("status", stage.status());
        if (stage.subStatus() != null) {
            body.put("subStatus", stage.subStatus());
        }
        try {
            sr.send(integrationId, "PUT", "/candidates/" + candidateRemoteId + "/jobs/" + jobRemoteId + "/status",
                    body, "move the new application to the stage");
            return true;
        } catch (ApiException e) {
            warnings.add("Created " + createdIds + ", but SmartRecruiters cannot create in a stage and moving it to "
                    + stage.status() + (stage.subStatus() == null ? "" : " / " + stage.subStatus())
                    + " afterwards failed (" + e.getMessage() + "); it stays in NEW.");
            return false;
        }
    }
}
