package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Unified ATS job (Kombo {@code GET /ats/jobs}, own fields; stages, postings, screening questions and hiring team are
 * nested by the read API). Source: SmartRecruiters {@code GET /jobs/{jobId}} and {@code GET /jobs/{jobId}/status/history}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Job(String id, String remoteId, String name, String jobCode, String description, Boolean confidential,
                  BigDecimal weeklyHours, String employmentType, String status, String visibility, String category,
                  String department, String postUrl, String experienceLevel, String remoteWorkStatus,
                  BigDecimal salaryAmount, BigDecimal salaryAmountFrom, BigDecimal salaryAmountTo,
                  String salaryCurrency, String salaryPeriod, Location location, Map<String, Object> customFields,
                  List<IntegrationField> integrationFields, String remoteUrl, Instant openedAt, Instant closedAt,
                  Instant remoteCreatedAt, Instant remoteUpdatedAt, String contactId) implements UnifiedRecord {
}
