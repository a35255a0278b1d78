package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Unified ATS screening question (Kombo {@code ats_screening_questions}, nested as {@code jobs[].screening_questions};
 * coverage sheet "Screening questions": {@code title}, {@code description}, {@code format}). Source: the Application
 * API configuration of a job's posting ({@code GET /postings/{uuid}/configuration}); a library question used by
 * several jobs is one record. {@code category} is DEMOGRAPHIC for SmartRecruiters DIVERSITY questions, else null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScreeningQuestion(String id, String remoteId, String title, String description, QuestionFormat format,
                                String category) implements UnifiedRecord {
}
