package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Unified ATS candidate (Kombo {@code GET /ats/candidates}, own fields; applications and tags are nested by the read
 * API). Source: SmartRecruiters {@code GET /candidates} and {@code GET /candidates/{id}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Candidate(String id, String remoteId, String firstName, String lastName, String company, String title,
                        Boolean confidential, String source, List<PhoneNumber> phoneNumbers,
                        List<EmailAddress> emailAddresses, List<SocialMedia> socialMedia, Location location,
                        Map<String, Object> customFields, List<IntegrationField> integrationFields, String remoteUrl,
                        Instant remoteCreatedAt, Instant remoteUpdatedAt) implements UnifiedRecord {
}
