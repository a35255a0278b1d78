package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.RejectionReason;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RejectionReasonMapper}: field-mapping §13, coverage sheet "Rejection reasons". */
class RejectionReasonMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    private static List<RemoteRecord> records(JsonNode body) {
        List<RemoteRecord> out = new ArrayList<>();
        body.path("content").forEach(i -> out.add(new RemoteRecord(i.path("id").asText(), Map.of(),
                RejectionReasonMapper.LIST, i)));
        return out;
    }

    @Test
    void mapsEveryCoverageField() {
        JsonNode body = Fixtures.json("mapping/rejection-reasons/rejection-reasons.json");
        List<Mapped<RejectionReason>> out = new RejectionReasonMapper().toUnified(records(body), ctx);

        assertThat(out).hasSize(2);
        RejectionReason r = out.get(0).record();
        assertThat(r.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_rejection_reasons", "2e4b6d8f-1a3c-4e5a-9b7d-0c2e4f6a8b1d"));
        assertThat(r.id()).hasSize(24);
        assertThat(r.remoteId()).isEqualTo("2e4b6d8f-1a3c-4e5a-9b7d-0c2e4f6a8b1d");
        assertThat(r.name()).isEqualTo("Not enough experience");
        assertThat(out.get(0).remoteData().path(RejectionReasonMapper.LIST)).isEqualTo(body.path("content").get(0));
        assertThat(out.get(1).record().name()).isEqualTo("Position filled");
    }

    @Test
    void aReasonWithoutLabelHasANullName() {
        RemoteRecord r = new RemoteRecord("rr-9", Map.of(), RejectionReasonMapper.LIST, Json.read("{\"id\":\"rr-9\"}"));
        RejectionReason reason = new RejectionReasonMapper().toUnified(r, ctx);
        assertThat(reason.remoteId()).isEqualTo("rr-9");
        assertThat(reason.name()).isNull();
    }
}
