package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code GET /v1/ats/applications/{application_id}/attachments} (coverage sheet: Get application attachments): a live
 * read of the application's files with their content ({@link AttachmentReader}); answers
 * {@code {status, data: {results}, warnings}}.
 */
@Component("getApplicationAttachmentsAction")
public class GetApplicationAttachmentsAction extends WriteAction {
    private final RecordRefs refs;
    private final AttachmentReader reader;

    public GetApplicationAttachmentsAction(RecordRefs refs, AttachmentReader reader) {
        this.refs = refs;
        this.reader = reader;
    }

    @Override
    protected boolean hasBody() {
        return false;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        ctx.input(refs.application(ctx.integrationId(), WriteContext.pathParam(exchange, "application_id"),
                "application_id"));
    }

    @Override
    protected void perform(WriteContext ctx) {
        RecordRefs.ApplicationRef app = ctx.input(RecordRefs.ApplicationRef.class);
        ObjectNode data = WriteContext.object();
        ArrayNode results = data.putArray("results");
        reader.application(ctx.integrationId(), app.candidateRemoteId(), app.jobRemoteId(), false).forEach(results::add);
        ctx.data(data);
    }
}
