package io.srconnector.write;

import io.srconnector.api.ApiException;
import io.srconnector.write.quirks.NoteMarkup;
import io.srconnector.write.quirks.RejectionReasons;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code POST /v1/ats/applications/{application_id}/reject} {@code {rejection_reason_id, note?}} (coverage sheet:
 * Reject application) → SmartRecruiters {@code PUT /candidates/{candidateId}/jobs/{jobId}/status
 * {"status": "REJECTED", "reason": <reason id>}} (scope {@code candidates_manage}; errors {@code REASON_NOT_FOUND},
 * {@code NO_REASON_SUPPORT_FOR_STATUS}). The reason is checked live first ({@link RejectionReasons}). SmartRecruiters'
 * status change takes no text, so an optional {@code note} is passed through as a note on the application
 * ({@link CandidateNotes}); if that fails after the rejection, the answer says so in {@code warnings}.
 */
@Component("rejectApplicationAction")
public class RejectApplicationAction extends WriteAction {
    private final RecordRefs refs;
    private final SrWrites sr;
    private final CandidateNotes notes;

    public RejectApplicationAction(RecordRefs refs, SrWrites sr, CandidateNotes notes) {
        this.refs = refs;
        this.sr = sr;
        this.notes = notes;
    }

    record Input(RecordRefs.ApplicationRef application, String reasonId, String note) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.ApplicationRef app = refs.application(ctx.integrationId(),
                WriteContext.pathParam(exchange, "application_id"), "application_id");
        String reason = Fields.requiredText(ctx.body(), "rejection_reason_id", "rejection_reason_id", 200);
        String note = Fields.optionalText(ctx.body(), "note", "note", CandidateNotes.MAX_TEXT);
        ctx.input(new Input(app, reason, note));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        RecordRefs.ApplicationRef app = in.application();
        RejectionReasons.Reason reason = RejectionReasons.resolve(sr, ctx.integrationId(), in.reasonId());
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("status", "REJECTED").put("reason", reason.id());
        sr.send(ctx.integrationId(), "PUT", "/candidates/" + app.candidateRemoteId() + "/jobs/" + app.jobRemoteId()
                + "/status", body, "reject the application");
        ctx.refreshApplication(app.candidateRemoteId(), app.jobRemoteId());
        ctx.refreshCandidate(app.candidateRemoteId());
        if (in.note() != null) {
            try {
                notes.post(ctx.integrationId(), app.candidateRemoteId(), NoteMarkup.escape(in.note()),
                        List.of(app.jobRemoteId()), "add the rejection note");
            } catch (ApiException e) {
                ctx.warnings().add("The application " + app.id() + " was rejected, but the note could not be added: "
                        + e.getMessage());
            }
        }
    }
}
