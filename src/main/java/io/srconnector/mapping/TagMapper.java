package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.Tag;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters candidate tags → unified tags (field-mapping §8). SmartRecruiters has no tag resource and no tag
 * ids: a tag is a string on candidates ({@code Candidate.tags}, the body of {@code GET /candidates/{id}/tags}), so
 * the tag list is the union of the tags of the synced candidates, {@code remote_id} = {@code name} = the string (case
 * kept). Tags have no SmartRecruiters body of their own: {@code remote_data} is null.
 */
@Component("tagMapper")
public class TagMapper extends RecordMapper<Tag> {
    /** remote_data key of a candidate's tags ({@code {"tags": [...]}}) on the records of the tags stream. */
    public static final String TAGS = "/candidates/{id}/tags";

    @Override
    public List<Mapped<Tag>> toUnified(List<RemoteRecord> candidates, MappingContext ctx) {
        Set<String> seen = new LinkedHashSet<>();
        for (RemoteRecord c : candidates) {
            seen.addAll(tags(c));
        }
        List<Mapped<Tag>> out = new ArrayList<>(seen.size());
        for (String t : seen) {
            out.add(new Mapped<>(new Tag(ctx.id("ats_tags", t), t, t), null));
        }
        return out;
    }

    /** The distinct, non-blank tags of a candidate record, in SmartRecruiters' order. */
    static Set<String> tags(RemoteRecord candidate) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode t : candidate.get(TAGS).path("tags")) {
            String s = text(t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
