package io.srconnector.write;

import io.srconnector.write.quirks.CandidateAttachmentTarget;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /v1/ats/candidates/{candidate_id}/attachments} {@code {attachment: {…}}} (coverage sheet: Add attachment
 * to candidate): SmartRecruiters keeps files per application, so the file goes to the candidate's primary
 * application ({@link CandidateAttachmentTarget}) through {@link AttachmentUploads}.
 */
@Component("addCandidateAttachmentAction")
public class AddCandidateAttachmentAction extends WriteAction {
    private final RecordRefs refs;
    private final AttachmentInputs inputs;
    private final AttachmentUploads uploads;
    private final SrWrites sr;

    public AddCandidateAttachmentAction(RecordRefs refs, AttachmentInputs inputs, AttachmentUploads uploads,
                                        SrWrites sr) {
        this.refs = refs;
        this.inputs = inputs;
        this.uploads = uploads;
        this.sr = sr;
    }

    record Input(RecordRefs.CandidateRef candidate, Attachment attachment) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        RecordRefs.CandidateRef c = refs.candidate(ctx.integrationId(),
                WriteContext.pathParam(exchange, "candidate_id"), "candidate_id");
        ctx.input(new Input(c, inputs.decode(Fields.requiredObject(ctx.body(), "attachment", "attachment"),
                "attachment")));
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        String job = CandidateAttachmentTarget.primaryJob(sr, ctx.integrationId(), in.candidate().remoteId());
        uploads.upload(ctx.integrationId(), in.candidate().remoteId(), job, in.attachment());
    }
}
