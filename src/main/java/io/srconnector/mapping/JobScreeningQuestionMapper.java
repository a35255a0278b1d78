package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.JobScreeningQuestion;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static io.srconnector.mapping.SrValues.text;

/**
 * A job's Application API configuration → join rows {@code ats_join_jobs_screening_questions} (field-mapping §15):
 * {@code index} = 0-based position in {@code questions[]}, {@code required} = any field required,
 * {@code precondition_question_id}/{@code precondition_options} from {@code settings.conditionals}
 * ({@link ScreeningQuestionFormats#precondition}).
 */
@Component("jobScreeningQuestionMapper")
public class JobScreeningQuestionMapper extends RecordMapper<JobScreeningQuestion> {

    @Override
    public List<Mapped<JobScreeningQuestion>> toUnified(List<RemoteRecord> jobs, MappingContext ctx) {
        List<Mapped<JobScreeningQuestion>> out = new ArrayList<>();
        for (RemoteRecord job : jobs) {
            String jobId = ctx.id("ats_jobs", job.var("jobId"));
            JsonNode config = job.get(ScreeningQuestionMapper.CONFIGURATION);
            int index = 0;
            for (JsonNode q : config.path("questions")) {
                String remoteId = text(q.path("id"));
                if (remoteId == null) {
                    continue;
                }
                String questionId = ctx.id("ats_screening_questions", remoteId);
                ScreeningQuestionFormats.Precondition pre = ScreeningQuestionFormats.precondition(config, remoteId, ctx);
                out.add(new Mapped<>(new JobScreeningQuestion(
                        ctx.id("ats_join_jobs_screening_questions", jobId + ":" + questionId), jobId, questionId,
                        index++, ScreeningQuestionFormats.required(q), pre == null ? null : pre.questionId(),
                        pre == null ? null : pre.options()), null));
            }
        }
        return out;
    }
}
