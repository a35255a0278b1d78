package io.srconnector.write;

import io.srconnector.write.quirks.TagRemoval;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code DELETE /v1/ats/candidates/{candidate_id}/tags} {@code {tag: {name}}} (coverage sheet: Remove tag from
 * candidate): SmartRecruiters has no single-tag delete, so the tag is removed by the read-remove-replace-verify cycle
 * of {@link TagRemoval} ({@code GET} / {@code PUT /candidates/{id}/tags}, scope {@code candidates_manage}). A tag the
 * candidate does not have is a success with a warning. The candidate is refreshed afterwards.
 */
@Component("removeCandidateTagAction")
public class RemoveCandidateTagAction extends WriteAction {
    private final RecordRefs refs;
    private final SrWrites sr;
    private final WriteSettings settings;

    public RemoveCandidateTagAction(RecordRefs refs, SrWrites sr, WriteSettings settings) {
        this.refs = refs;
        this.sr = sr;
        this.settings = settings;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        ctx.input(new AddCandidateTagAction.Input(refs.candidate(ctx.integrationId(),
                WriteContext.pathParam(exchange, "candidate_id"), "candidate_id"), AddCandidateTagAction.tagName(ctx)));
    }

    @Override
    protected void perform(WriteContext ctx) {
        AddCandidateTagAction.Input in = ctx.input(AddCandidateTagAction.Input.class);
        TagRemoval.remove(sr, ctx.integrationId(), in.candidate().remoteId(), in.tag(),
                settings.getTagRemovalAttempts(), ctx.warnings());
        ctx.refreshCandidate(in.candidate().remoteId());
    }
}
