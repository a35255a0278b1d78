package io.srconnector.write;

import io.srconnector.json.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /v1/ats/candidates/{candidate_id}/tags} {@code {tag: {name}}} (coverage sheet: Add tag to candidate)
 * → SmartRecruiters {@code POST /candidates/{id}/tags {"tags": [name]}}, which appends (scope
 * {@code candidates_manage}). SmartRecruiters tags are plain strings of at most 50 characters; a tag the candidate
 * already has stays once. The candidate is refreshed afterwards.
 */
@Component("addCandidateTagAction")
public class AddCandidateTagAction extends WriteAction {
    /** SmartRecruiters' longest tag. */
    public static final int MAX_TAG = 50;

    private final RecordRefs refs;
    private final SrWrites sr;

    public AddCandidateTagAction(RecordRefs refs, SrWrites sr) {
        this.refs = refs;
        this.sr = sr;
    }

    /** Validated input: the candidate and the tag name. */
    record Input(RecordRefs.CandidateRef candidate, String tag) {
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        ctx.input(new Input(refs.candidate(ctx.integrationId(), WriteContext.pathParam(exchange, "candidate_id"),
                "candidate_id"), tagName(ctx)));
    }

    /** {@code tag.name}: required, at most 50 characters (SmartRecruiters' limit). */
    static String tagName(WriteContext ctx) {
        return Fields.requiredText(Fields.requiredObject(ctx.body(), "tag", "tag"), "name", "tag.name", MAX_TAG);
    }

    @Override
    protected void perform(WriteContext ctx) {
        Input in = ctx.input(Input.class);
        var body = Json.mapper().createObjectNode();
        body.putArray("tags").add(in.tag());
        sr.send(ctx.integrationId(), "POST", "/candidates/" + in.candidate().remoteId() + "/tags", body,
                "add the tag");
        ctx.refreshCandidate(in.candidate().remoteId());
    }
}
