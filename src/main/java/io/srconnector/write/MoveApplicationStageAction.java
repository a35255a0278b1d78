package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.write.quirks.StageTargets;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code PUT /v1/ats/applications/{application_id}/stage} {@code {stage_id}} (coverage sheet: Move application to
 * stage) → SmartRecruiters {@code PUT /candidates/{candidateId}/jobs/{jobId}/status {status, subStatus}} (scope
 * {@code candidates_manage}); the unified stage maps back to status and sub-status ({@link StageTargets}).
 * SmartRecruiters refuses a status whose sub-status is mandatory without one ({@code REQUIRED_SUB_STATUS_OMITTED});
 * such refusals come back translated with their code. The application and its candidate are refreshed.
 */
@Component("moveApplicationStageAction")
public class MoveApplicationStageAction extends WriteAction {
    private final RecordRefs refs;
    private final SrWrites sr;

    public MoveApplicationStageAction(RecordRefs refs, SrWrites sr) {
        this.refs = refs;
        this.sr = sr;
    }

    record Input(RecordRefs.ApplicationRef application, StageTargets.Target stage) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.ApplicationRef app = refs.application(ctx.integrationId(),
                WriteContext.pathParam(exchange, "application_id"), "application_id");
        String stageId = Fields.requiredText(ctx.body(), "stage_id", "stage_id", 200);
        ctx.input(new Input(app, refs.stage(ctx.integrationId(), stageId, "stage_id")));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        move(sr, ctx.integrationId(), in.application().candidateRemoteId(), in.application().jobRemoteId(),
                in.stage(), "move the application to the stage");
        ctx.refreshApplication(in.application().candidateRemoteId(), in.application().jobRemoteId());
        ctx.refreshCandidate(in.application().candidateRemoteId());
    }

    /** {@code PUT /candidates/{candidateId}/jobs/{jobId}/status} with the stage's status and sub-status. */
    static void move(SrWrites sr, String integrationId, String candidateId, String jobId, StageTargets.Target stage,
                     String what) {
        sr.send(integrationId, "PUT", "/candidates/" + candidateId + "/jobs/" + jobId + "/status", body(stage), what);
    }

    /** {@code CandidateStatus {status, subStatus?}}. */
    public static ObjectNode body(StageTargets.Target stage) {
        ObjectNode b = Json.mapper().createObjectNode().put("status", stage.status());
        if (stage.subStatus() != null) {
            b.put("subStatus", stage.subStatus());
        }
        return b;
    }
}
