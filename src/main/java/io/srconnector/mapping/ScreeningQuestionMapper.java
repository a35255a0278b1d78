package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.model.ScreeningQuestion;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters Application API questions ({@code GET /postings/{uuid}/configuration?conditionalsIncluded=true},
 * read for one posting of each job) → unified screening questions (field-mapping §7): one record per question id
 * (a library question on several jobs is one record), {@code title} = label, {@code description} null
 * (SmartRecruiters has no help text on a question), {@code format} and {@code category} by
 * {@link ScreeningQuestionFormats}; remote_data is the question under {@code /postings/{uuid}/configuration}.
 */
@Component("screeningQuestionMapper")
public class ScreeningQuestionMapper extends RecordMapper<ScreeningQuestion> {
    /** remote_data key of the configuration body on the records (one per job) of the screening-questions stream. */
    public static final String CONFIGURATION = "/postings/{uuid}/configuration?conditionalsIncluded=true";
    /** remote_data key of a question record. */
    public static final String QUESTION = "/postings/{uuid}/configuration";

    @Override
    public List<Mapped<ScreeningQuestion>> toUnified(List<RemoteRecord> jobs, MappingContext ctx) {
        List<Mapped<ScreeningQuestion>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (RemoteRecord job : jobs) {
            for (JsonNode q : job.get(CONFIGURATION).path("questions")) {
                String id = text(q.path("id"));
                if (id == null || !seen.add(id)) {
                    continue;
                }
                ObjectNode remoteData = Json.mapper().createObjectNode();
                remoteData.set(QUESTION, q);
                out.add(new Mapped<>(new ScreeningQuestion(ctx.id("ats_screening_questions", id), id,
                        text(q.path("label")), null, ScreeningQuestionFormats.format(q, ctx),
                        ScreeningQuestionFormats.category(q)), remoteData));
            }
        }
        return out;
    }
}
