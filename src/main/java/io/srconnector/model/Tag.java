package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Unified ATS tag (Kombo {@code GET /ats/tags}; coverage sheet "Tags"). SmartRecruiters has no tag resource: tags are
 * strings on candidates, so {@code remote_id} and {@code name} are the tag string itself.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Tag(String id, String remoteId, String name) implements UnifiedRecord {
}
