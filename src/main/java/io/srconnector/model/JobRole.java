package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's role on one job (Kombo SDK {@code jobs[].hiring_team[].job_roles[]}): the SmartRecruiters hiring-team role
 * as {@code remote_id}, its words as {@code remote_label}, {@code scope} JOB and the unified type (HIRING_MANAGER,
 * RECRUITER, COORDINATOR, SOURCER, INTERVIEWER) or null when none fits.
 */
public record JobRole(@JsonProperty("remote_id") String remoteId,
                      @JsonProperty("remote_label") String remoteLabel,
                      String scope,
                      @JsonProperty("unified_type") String unifiedType) {
}
