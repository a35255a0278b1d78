package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * Join row "user is on the job's hiring team" (Kombo model {@code ats_join_jobs_users}; coverage sheet "Job hiring
 * team members": {@code roles}, {@code job_id}, {@code user_id}). Source: SmartRecruiters
 * {@code GET /jobs/{jobId}/hiring-team}; a user listed with several roles is one row with all of them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobUser(String id, String jobId, String userId, List<JobRole> roles) implements UnifiedRecord {
}
