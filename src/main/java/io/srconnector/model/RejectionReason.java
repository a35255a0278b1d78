package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Unified ATS rejection reason (Kombo {@code GET /ats/rejection-reasons}; coverage sheet "Rejection reasons").
 * Source: SmartRecruiters {@code GET /configuration/rejection-reasons} ({@code {id, label}}); {@code remote_id} is the
 * reason id that {@code PUT /candidates/{id}/jobs/{jobId}/status} takes as {@code reason}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RejectionReason(String id, String remoteId, String name) implements UnifiedRecord {
}
