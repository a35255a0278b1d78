package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.write.quirks.ResultLinkAsNote;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/ats/candidates/{candidate_id}/result-links} {@code {label, url, details?}} (coverage sheet: Add
 * result link to candidate): like {@link AddApplicationResultLinkAction}, a note on the candidate
 * ({@link ResultLinkAsNote}), shared with the hiring teams of all the candidate's jobs as
 * {@code GET /candidates/{id}} lists them (with everyone when the candidate has no application).
 */
@Component("addCandidateResultLinkAction")
public class AddCandidateResultLinkAction extends WriteAction {
    private final RecordRefs refs;
    private final SrWrites sr;
    private final CandidateNotes notes;

    public AddCandidateResultLinkAction(RecordRefs refs, SrWrites sr, CandidateNotes notes) {
        this.refs = refs;
        this.sr = sr;
        this.notes = notes;
    }

    record Input(RecordRefs.CandidateRef candidate, String text) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.CandidateRef c = refs.candidate(ctx.integrationId(),
                WriteContext.pathParam(exchange, "candidate_id"), "candidate_id");
        ctx.input(new Input(c, ResultLinks.noteText(ctx.body())));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        JsonNode details = sr.get(ctx.integrationId(), "/candidates/" + in.candidate().remoteId(), "read the candidate");
        notes.post(ctx.integrationId(), in.candidate().remoteId(), in.text(), jobIds(details), "add the result link");
    }

    /** The job ids of a {@code CandidateDetails}' primary and secondary assignments. */
    static List<String> jobIds(JsonNode details) {
        List<String> out = new ArrayList<>();
        JsonNode primary = details.path("primaryAssignment").path("job").path("id");
        if (primary.isTextual()) {
            out.add(primary.asText());
        }
        for (JsonNode a : details.path("secondaryAssignments")) {
            String id = a.path("job").path("id").asText(null);
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
