package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Join row "user interviews in the interview" (Kombo model {@code ats_join_interviews_users}; coverage sheet
 * "Interviewing team members": {@code interview_id}, {@code user_id}). Source: the interviewers of the interview's
 * timeslots.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InterviewUser(String id, String interviewId, String userId) implements UnifiedRecord {
}
