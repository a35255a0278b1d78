package io.srconnector.mapping;

import io.srconnector.model.CandidateTag;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * SmartRecruiters candidate tags → join rows {@code ats_join_candidates_tags} (field-mapping §9): one row per
 * (candidate, distinct tag string); {@code id} hashed from the candidate's and the tag's Kombo ids.
 */
@Component("candidateTagMapper")
public class CandidateTagMapper extends RecordMapper<CandidateTag> {

    @Override
    public List<Mapped<CandidateTag>> toUnified(List<RemoteRecord> candidates, MappingContext ctx) {
        List<Mapped<CandidateTag>> out = new ArrayList<>();
        for (RemoteRecord c : candidates) {
            String candidateId = ctx.id("ats_candidates", c.remoteId());
            for (String t : TagMapper.tags(c)) {
                String tagId = ctx.id("ats_tags", t);
                out.add(new Mapped<>(new CandidateTag(ctx.id("ats_join_candidates_tags", candidateId + ":" + tagId),
                        candidateId, tagId), null));
            }
        }
        return out;
    }
}
