package io.srconnector.enrich;

import io.srconnector.model.IntegrationField;
import io.srconnector.model.Offer;
import io.srconnector.persistence.Mapped;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfferPropertyLabels}: offer properties are a bare key→value map; labels come from the definitions. */
class OfferPropertyLabelsTest {

    @Test
    void labelsComeFromTheDefinitionsAndUnknownKeysStayUnlabelled() {
        Offer o = new Offer("id", "o-1", "SENT", null, null, Map.of(), List.of(
                new IntegrationField("f1", "startDate", "CUSTOM", "2024-06-01", null),
                new IntegrationField("f2", "legacyKey", "CUSTOM", "x", null),
                new IntegrationField("f3", "baseSalary", "CUSTOM", "65000", "Own label")), null, null);

        List<Mapped<Offer>> out = OfferPropertyLabels.labelled(List.of(new Mapped<>(o, null)),
                Map.of("startDate", "Start date", "baseSalary", "Base salary"));

        assertThat(out.get(0).record().integrationFields()).extracting(IntegrationField::label)
                .containsExactly("Start date", null, "Own label");
        assertThat(out.get(0).record().remoteId()).isEqualTo("o-1");
    }
}
