package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Join row "candidate has tag" (Kombo model {@code ats_join_candidates_tags}; coverage sheet "Candidate tags"):
 * Kombo ids only; {@code id} is hashed from the two joined ids.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CandidateTag(String id, String candidateId, String tagId) implements UnifiedRecord {
}
