package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Unified ATS application stage (Kombo {@code GET /ats/application-stages}). SmartRecruiters stages are its fixed
 * candidate statuses plus the sub-statuses of its hiring processes ({@code GET /configuration/hiring-processes});
 * {@code remote_id} is {@code STATUS} or {@code STATUS|subStatus}; {@code global_index} is the 0-based position in
 * the one global stage list (coverage sheet: Application Stages).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplicationStage(String id, String remoteId, String name, Integer globalIndex) implements UnifiedRecord {
}
