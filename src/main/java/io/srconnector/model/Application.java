package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Unified ATS application (Kombo {@code GET /ats/applications}, own fields). SmartRecruiters has no application
 * list: an application is the pair (candidate, job) from {@code GET /candidates/{id}} assignments, detailed by
 * {@code GET /candidates/{id}/jobs/{jobId}}, its status history and its properties. {@code remote_id} is
 * {@code <candidateId>:<jobId>}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Application(String id, String remoteId, String outcome, String rejectionReasonName, Instant rejectedAt,
                          String currentStageId, String jobId, String candidateId,
                          List<Map<String, Object>> screeningQuestionAnswers, Map<String, Object> customFields,
                          List<IntegrationField> integrationFields, String remoteUrl, Instant remoteCreatedAt,
                          Instant remoteUpdatedAt) implements UnifiedRecord {
}
