package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's system role (Kombo SDK {@code users.system_roles[]}); from SmartRecruiters {@code systemRole.id}. */
public record SystemRole(@JsonProperty("remote_id") String remoteId,
                         @JsonProperty("remote_label") String remoteLabel,
                         String scope,
                         @JsonProperty("unified_type") String unifiedType) {
}
