package io.srconnector.write;

import io.srconnector.write.quirks.NoteMarkup;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code POST /v1/ats/applications/{application_id}/notes} {@code {content, content_type: "PLAIN_TEXT"}} (coverage
 * sheet: Add note to application) → SmartRecruiters Message API {@code POST /messages/shares}: a note linked to the
 * candidate ({@code #[CANDIDATE:<id>]}) and shared with the hiring team of the application's job (see
 * {@link CandidateNotes}). SmartRecruiter markup in the content is neutralised ({@link NoteMarkup}).
 */
@Component("addApplicationNoteAction")
public class AddApplicationNoteAction extends WriteAction {
    private final RecordRefs refs;
    private final CandidateNotes notes;

    public AddApplicationNoteAction(RecordRefs refs, CandidateNotes notes) {
        this.refs = refs;
        this.notes = notes;
    }

    record Input(RecordRefs.ApplicationRef application, String content) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.ApplicationRef app = refs.application(ctx.integrationId(),
                WriteContext.pathParam(exchange, "application_id"), "application_id");
        String content = Fields.requiredText(ctx.body(), "content", "content", CandidateNotes.MAX_TEXT);
        Fields.requiredEnum(ctx.body(), "content_type", "content_type", List.of("PLAIN_TEXT"));
        ctx.input(new Input(app, content));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        notes.post(ctx.integrationId(), in.application().candidateRemoteId(), NoteMarkup.escape(in.content()),
                List.of(in.application().jobRemoteId()), "add the note");
    }
}
