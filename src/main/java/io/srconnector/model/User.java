package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** Unified ATS user (Kombo {@code GET /ats/users}); source: SmartRecruiters {@code GET /user-api/v201804/users}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(String id, String remoteId, String firstName, String lastName, String email, String status,
                   List<SystemRole> systemRoles) implements UnifiedRecord {
}
