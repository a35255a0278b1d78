package io.srconnector.write;

import io.srconnector.write.quirks.ResultLinkAsNote;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code POST /v1/ats/applications/{application_id}/result-links} {@code {label, url, details?}} (coverage sheet: Add
 * result link to application). SmartRecruiters has no result-link endpoint for non-partners; the link becomes a note
 * on the candidate shared with the hiring team of the application's job ({@link ResultLinkAsNote},
 * {@code POST /messages/shares}).
 */
@Component("addApplicationResultLinkAction")
public class AddApplicationResultLinkAction extends WriteAction {
    private final RecordRefs refs;
    private final CandidateNotes notes;

    public AddApplicationResultLinkAction(RecordRefs refs, CandidateNotes notes) {
        this.refs = refs;
        this.notes = notes;
    }

    record Input(RecordRefs.ApplicationRef application, String text) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.ApplicationRef app = refs.application(ctx.integrationId(),
                WriteContext.pathParam(exchange, "application_id"), "application_id");
        ctx.input(new Input(app, ResultLinks.noteText(ctx.body())));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        notes.post(ctx.integrationId(), in.application().candidateRemoteId(), in.text(),
                List.of(in.application().jobRemoteId()), "add the result link");
    }
}
