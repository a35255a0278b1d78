package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.JobScreeningQuestion;
import io.srconnector.model.QuestionFormat;
import io.srconnector.model.QuestionOption;
import io.srconnector.model.ScreeningQuestion;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ScreeningQuestionMapper}, {@link JobScreeningQuestionMapper}, {@link ScreeningQuestionFormats}:
 * field-mapping §7, §7.1, §15; coverage sheet "Screening questions" and "Job-specific screening questions".
 */
class ScreeningQuestionMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    private static RemoteRecord job(String jobId, String fixture) {
        RemoteRecord r = new RemoteRecord(jobId, Map.of("jobId", jobId, "uuid", "u-" + jobId), null, null);
        r.put(ScreeningQuestionMapper.CONFIGURATION, Fixtures.json(fixture));
        return r;
    }

    private Map<String, ScreeningQuestion> questions(List<RemoteRecord> jobs) {
        Map<String, ScreeningQuestion> out = new LinkedHashMap<>();
        new ScreeningQuestionMapper().toUnified(jobs, ctx).forEach(m -> out.put(m.record().remoteId(), m.record()));
        return out;
    }

    private String option(String question, String field, String value) {
        return ScreeningQuestionFormats.optionId(ctx, question, field, value);
    }

    @Test
    void mapsEveryCoverageFieldOfEveryFieldType() {
        List<RemoteRecord> jobs = List.of(job("job-1", "mapping/screening-questions/configuration-all-types.json"));
        List<Mapped<ScreeningQuestion>> mapped = new ScreeningQuestionMapper().toUnified(jobs, ctx);
        Map<String, ScreeningQuestion> q = questions(jobs);

        assertThat(q).hasSize(13);
        ScreeningQuestion text = q.get("q-text");
        assertThat(text.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_screening_questions", "q-text"));
        assertThat(text.title()).isEqualTo("Which licence class do you hold?");
        assertThat(text.description()).as("SmartRecruiters has no help text").isNull();
        assertThat(text.format()).isEqualTo(QuestionFormat.text("SINGLE_LINE"));
        assertThat(text.category()).isNull();
        assertThat(q.get("q-textarea").format()).isEqualTo(QuestionFormat.text("MULTI_LINE"));
        assertThat(q.get("q-select").format()).isEqualTo(QuestionFormat.singleSelect("DROPDOWN", List.of(
                new QuestionOption(option("q-select", "value", "a"), "a", "0-2"),
                new QuestionOption(option("q-select", "value", "b"), "b", "3-5"))));
        assertThat(q.get("q-radio").format()).isEqualTo(QuestionFormat.singleSelect("RADIO", List.of(
                new QuestionOption(option("q-radio", "value", "1"), "1", "Yes"),
                new QuestionOption(option("q-radio", "value", "0"), "0", "No"))));
        assertThat(q.get("q-multi").format()).isEqualTo(QuestionFormat.multiSelect(List.of(
                new QuestionOption(option("q-multi", "value", "java"), "java", "Java"),
                new QuestionOption(option("q-multi", "value", "sql"), "sql", "SQL"))));
        assertThat(q.get("q-confirm").format()).isEqualTo(QuestionFormat.of("BOOLEAN"));
        assertThat(q.get("q-shifts").format().type()).isEqualTo("MULTI_SELECT");
        assertThat(q.get("q-shifts").format().options()).extracting(QuestionOption::name).containsExactly("Early", "Late");
        assertThat(q.get("q-info").format()).isEqualTo(QuestionFormat.of("INFORMATION"));
        assertThat(q.get("q-languages").format().type()).as("repeatable, two fields").isEqualTo("UNKNOWN");
        assertThat(q.get("q-languages").format().rawQuestion().path("id").asText()).isEqualTo("q-languages");
        assertThat(q.get("q-future").format().type()).as("unknown field type").isEqualTo("UNKNOWN");
        assertThat(q.get("q-gender").category()).isEqualTo("DEMOGRAPHIC");
        assertThat(q.get("q-gender").format().type()).isEqualTo("SINGLE_SELECT");
        assertThat(mapped.get(0).remoteData().path(ScreeningQuestionMapper.QUESTION).path("id").asText()).isEqualTo("q-text");
    }

    @Test
    void formatsSerializeAsKombosVariants() {
        assertThat(Json.write(QuestionFormat.text("SINGLE_LINE"))).isEqualTo("{\"type\":\"TEXT\",\"display_type\":\"SINGLE_LINE\"}");
        assertThat(Json.write(QuestionFormat.of("BOOLEAN"))).isEqualTo("{\"type\":\"BOOLEAN\"}");
        assertThat(Json.write(QuestionFormat.multiSelect(List.of(new QuestionOption("id1", "r1", "One")))))
                .isEqualTo("{\"type\":\"MULTI_SELECT\",\"options\":[{\"id\":\"id1\",\"remote_id\":\"r1\",\"name\":\"One\"}]}");
        assertThat(Json.write(QuestionFormat.unknown(Json.read("{\"id\":\"q\"}"))))
                .isEqualTo("{\"type\":\"UNKNOWN\",\"raw_question\":{\"id\":\"q\"}}");
    }

    @Test
    void jobQuestionsCarryIndexRequiredAndPreconditions() {
        RemoteRecord job = job("job-1", "mapping/screening-questions/configuration-all-types.json");
        List<Mapped<JobScreeningQuestion>> rows = new JobScreeningQuestionMapper().toUnified(List.of(job), ctx);

        assertThat(rows).hasSize(13);
        String jobId = UnifiedIds.of(INTEGRATION, "ats_jobs", "job-1");
        JobScreeningQuestion first = rows.get(0).record();
        String q1 = UnifiedIds.of(INTEGRATION, "ats_screening_questions", "q-text");
        assertThat(first.jobId()).isEqualTo(jobId);
        assertThat(first.questionId()).isEqualTo(q1);
        assertThat(first.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_join_jobs_screening_questions", jobId + ":" + q1));
        assertThat(first.index()).isZero();
        assertThat(first.required()).isTrue();
        assertThat(first.preconditionQuestionId()).isNull();
        assertThat(first.preconditionOptions()).isNull();
        assertThat(rows).extracting(m -> m.record().index()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(rows.get(1).record().required()).isFalse();

        JobScreeningQuestion sponsorship = rows.get(4).record();
        assertThat(sponsorship.preconditionQuestionId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_screening_questions", "q-radio"));
        assertThat(sponsorship.preconditionOptions()).containsExactly(option("q-radio", "value", "0"));
        JobScreeningQuestion where = rows.get(7).record();
        assertThat(where.preconditionQuestionId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_screening_questions", "q-confirm"));
        assertThat(where.preconditionOptions()).as("a BOOLEAN parent: the checked value").containsExactly(true);
    }

    @Test
    void theDocumentedConditionalsTemplateLinksTheLicenceQuestionToTheDrivingLicenceAnswerYes() {
        RemoteRecord job = job("job-2", "mapping/screening-questions/configuration-conditionals.json");
        List<Mapped<JobScreeningQuestion>> rows = new JobScreeningQuestionMapper().toUnified(List.of(job), ctx);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).record().preconditionQuestionId())
                .isEqualTo(UnifiedIds.of(INTEGRATION, "ats_screening_questions", "4c8e2a6f-1b3d-4f5a-9c7e-0d2f4a6c8e1b"));
        assertThat(rows.get(1).record().preconditionOptions())
                .containsExactly(option("4c8e2a6f-1b3d-4f5a-9c7e-0d2f4a6c8e1b", "value", "1"));
    }

    @Test
    void aLibraryQuestionOnTwoJobsIsOneQuestionAndTwoJobRows() {
        List<RemoteRecord> jobs = List.of(job("job-1", "mapping/screening-questions/configuration.json"),
                job("job-2", "mapping/screening-questions/configuration.json"));
        assertThat(new ScreeningQuestionMapper().toUnified(jobs, ctx)).hasSize(4);
        List<Mapped<JobScreeningQuestion>> rows = new JobScreeningQuestionMapper().toUnified(jobs, ctx);
        assertThat(rows).hasSize(8);
        assertThat(rows).extracting(m -> m.record().id()).doesNotHaveDuplicates();
        assertThat(questions(jobs).get("6e0a4c8b-3d5f-4b7c-9e1a-2f4b6d8f0c3e").format().type()).isEqualTo("UNKNOWN");
    }

    @Test
    void aJobWithoutConfigurationHasNoQuestions() {
        RemoteRecord r = new RemoteRecord("job-3", Map.of("jobId", "job-3"), null, null);
        assertThat(new ScreeningQuestionMapper().toUnified(List.of(r), ctx)).isEmpty();
        assertThat(new JobScreeningQuestionMapper().toUnified(List.of(r), ctx)).isEmpty();
        JsonNode empty = Json.read("{\"questions\": [{\"label\": \"no id\"}]}");
        r.put(ScreeningQuestionMapper.CONFIGURATION, empty);
        assertThat(new ScreeningQuestionMapper().toUnified(List.of(r), ctx)).isEmpty();
    }
}
