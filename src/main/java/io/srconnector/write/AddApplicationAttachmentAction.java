package io.srconnector.write;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /v1/ats/applications/{application_id}/attachments} {@code {attachment: {name, content_type, data |
 * data_url, type}}} (coverage sheet: Add attachment to application) → SmartRecruiters
 * {@code POST /candidates/{candidateId}/jobs/{jobId}/attachments} (multipart, {@link AttachmentUploads}). Size and
 * content type are checked, and a {@code data_url} downloaded, before the upload ({@link AttachmentInputs}).
 */
@Component("addApplicationAttachmentAction")
public class AddApplicationAttachmentAction extends WriteAction {
    private final RecordRefs refs;
    private final AttachmentInputs inputs;
    private final AttachmentUploads uploads;

    public AddApplicationAttachmentAction(RecordRefs refs, AttachmentInputs inputs, AttachmentUploads uploads) {
        this.refs = refs;
        this.inputs = inputs;
        this.uploads = uploads;
    }

    record Input(RecordRefs.ApplicationRef application, Attachment attachment) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.ApplicationRef app = refs.application(ctx.integrationId(),
                WriteContext.pathParam(exchange, "application_id"), "application_id");
        ctx.input(new Input(app, inputs.decode(Fields.requiredObject(ctx.body(), "attachment", "attachment"),
                "attachment")));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        uploads.upload(ctx.integrationId(), in.application().candidateRemoteId(), in.application().jobRemoteId(),
                in.attachment());
    }
}
