package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code GET /v1/ats/candidates/{candidate_id}/attachments} (coverage sheet: Get candidate attachments): a live read
 * of the files of all the candidate's applications — the assignments of {@code GET /candidates/{id}}, primary first —
 * with their content ({@link AttachmentReader}); each names its {@code application_id} (SmartRecruiters keeps files
 * per application, so none is candidate-level).
 */
@Component("getCandidateAttachmentsAction")
public class GetCandidateAttachmentsAction extends WriteAction {
    private final RecordRefs refs;
    private final AttachmentReader reader;
    private final SrWrites sr;

    public GetCandidateAttachmentsAction(RecordRefs refs, AttachmentReader reader, SrWrites sr) {
        this.refs = refs;
        this.reader = reader;
        this.sr = sr;
    }

    @Override
    protected boolean hasBody() {
        return false;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        ctx.input(refs.candidate(ctx.integrationId(), WriteContext.pathParam(exchange, "candidate_id"),
                "candidate_id"));
    }

    @Override
    protected void perform(WriteContext ctx) {
        RecordRefs.CandidateRef c = ctx.input(RecordRefs.CandidateRef.class);
        JsonNode details = sr.get(ctx.integrationId(), "/candidates/" + c.remoteId(), "read the candidate");
        ObjectNode data = WriteContext.object();
        ArrayNode results = data.putArray("results");
        for (String job : AddCandidateResultLinkAction.jobIds(details)) {
            Fields.remoteIdSegment(job, "job id");
            reader.application(ctx.integrationId(), c.remoteId(), job, true).forEach(results::add);
        }
        ctx.data(data);
    }
}
