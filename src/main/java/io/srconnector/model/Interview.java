package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/**
 * Unified ATS interview (Kombo {@code GET /ats/interviews}, own fields; coverage sheet "Interviews"). Source:
 * SmartRecruiters Interview API {@code GET /interviews-api/v201904/interviews?applicationId=}; one unified interview per
 * SmartRecruiters interview, its timeslots summarised (earliest start, latest end).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Interview(String id, String remoteId, String title, Instant startingAt, Instant endingAt,
                        Location location, String applicationId, String stageId, Boolean canceled,
                        String videoConferencingUrl, Instant remoteCreatedAt, Instant remoteUpdatedAt)
        implements UnifiedRecord {
}
