package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Offer;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfferMapper}, {@link OfferStatuses}: field-mapping §12, coverage sheet "Offers". */
class OfferMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private final MappingContext ctx = new MappingContext(INTEGRATION,
            Map.of("offers", Map.of("offerPropertyKey1", "signing_bonus")));

    private static RemoteRecord offer(String fixture, int index) {
        JsonNode item = Fixtures.json(fixture).path("content").get(index);
        return new RemoteRecord(item.path("id").asText(), Map.of(), OfferMapper.LIST, item);
    }

    @Test
    void mapsEveryCoverageField() {
        RemoteRecord r = offer("mapping/offers/offers.json", 0);
        Offer o = new OfferMapper().toUnified(r, ctx);

        assertThat(o.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_offers", "3d2c1b0a-9f8e-4d7c-b6a5-4e3f2d1c0b9a"));
        assertThat(o.remoteId()).isEqualTo("3d2c1b0a-9f8e-4d7c-b6a5-4e3f2d1c0b9a");
        assertThat(o.status()).isEqualTo("SENT");
        assertThat(o.applicationId()).as("resolved by OfferApplicationEnricher").isNull();
        assertThat(o.employmentStartDate()).isNull();
        assertThat(o.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-10T08:00:00Z"));
        assertThat(o.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-11T12:30:00Z"));
        assertThat(o.integrationFields()).containsExactly(
                new IntegrationField(ctx.integrationFieldId("ats_offers", "CUSTOM", "offerPropertyKey1"),
                        "offerPropertyKey1", "CUSTOM", "value 1", null),
                new IntegrationField(ctx.integrationFieldId("ats_offers", "CUSTOM", "offerPropertyKey2"),
                        "offerPropertyKey2", "CUSTOM", "value 2", null));
        assertThat(o.customFields()).isEqualTo(Map.of("signing_bonus", "value 1"));
        assertThat(r.remoteData().path(OfferMapper.LIST).path("actions").path("job").path("url").asText()).endsWith(
                "/jobs/7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c");
    }

    @Test
    void withoutMappingCustomFieldsAreEmpty() {
        Offer o = new OfferMapper().toUnified(offer("mapping/offers/offers.json", 0), new MappingContext(INTEGRATION));
        assertThat(o.customFields()).isEmpty();
        assertThat(o.integrationFields()).hasSize(2);
    }

    @Test
    void unknownStatusesAndMissingFieldsMapToNull() {
        Offer unknown = new OfferMapper().toUnified(offer("mapping/offers/offers-variants.json", 1), ctx);
        assertThat(unknown.status()).isNull();
        assertThat(unknown.integrationFields()).isEmpty();
        Offer minimal = new OfferMapper().toUnified(offer("mapping/offers/offers-variants.json", 2), ctx);
        assertThat(minimal.remoteId()).isEqualTo("o-minimal");
        assertThat(minimal.status()).isNull();
        assertThat(minimal.remoteCreatedAt()).isNull();
        assertThat(minimal.remoteUpdatedAt()).isNull();
        assertThat(minimal.customFields()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"CREATED, DRAFT", "PENDING_APPROVAL, DRAFT", "NOT_APPROVED, DRAFT",
            "APPROVED, APPROVED", "PENDING_ACCEPTANCE, SENT", "ACCEPTED, ACCEPTED", "NOT_ACCEPTED, DECLINED",
            "ABANDONED, ABANDONED", "pending-acceptance, SENT", "SOMETHING_NEW, null", "null, null"})
    void statuses(String sr, String unified) {
        assertThat(OfferStatuses.unified(sr)).isEqualTo(unified);
    }
}
