package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Unified ATS offer (Kombo {@code GET /ats/offers}, own fields; coverage sheet "Offers"). Source: SmartRecruiters
 * {@code GET /offers} (company-wide, ADMINISTRATOR credentials only). SmartRecruiters offers reference a candidate
 * and a job, not an application: {@code application_id} is resolved by {@code OfferApplicationEnricher} and stays null
 * when no synced application matches.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Offer(String id, String remoteId, String status, Instant employmentStartDate, String applicationId,
                    Map<String, Object> customFields, List<IntegrationField> integrationFields,
                    Instant remoteCreatedAt, Instant remoteUpdatedAt) implements UnifiedRecord {

    /** A copy with another application id. */
    public Offer withApplicationId(String applicationId) {
        return new Offer(id, remoteId, status, employmentStartDate, applicationId, customFields, integrationFields,
                remoteCreatedAt, remoteUpdatedAt);
    }

    /** A copy with other integration fields (e.g. labelled ones). */
    public Offer withIntegrationFields(List<IntegrationField> fields) {
        return new Offer(id, remoteId, status, employmentStartDate, applicationId, customFields, fields,
                remoteCreatedAt, remoteUpdatedAt);
    }
}
