package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * Join row "job asks screening question" (Kombo model {@code ats_join_jobs_screening_questions}; coverage sheet
 * "Job-specific screening questions": {@code index}, {@code required}, {@code precondition_question_id},
 * {@code precondition_options}, {@code job_id}, {@code question_id}). {@code precondition_options} holds Kombo option
 * ids (select parents) or booleans (BOOLEAN parents).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobScreeningQuestion(String id, String jobId, String questionId, Integer index, Boolean required,
                                   String preconditionQuestionId, List<Object> preconditionOptions)
        implements UnifiedRecord {
}
