package io.srconnector.mapping;

import io.srconnector.model.IntegrationField;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CustomFields}: the integration's custom-field mapping over SmartRecruiters properties. */
class CustomFieldsTest {
    private static final List<IntegrationField> FIELDS = List.of(
            new IntegrationField("jobs:p1", "p1", "CUSTOM", "CC-100", "Cost center"),
            new IntegrationField("jobs:p2", "p2", "CUSTOM", Map.of("code", "USD", "value", 1), "Budget"),
            new IntegrationField("jobs:p3", "p3", "CUSTOM", null, "Empty"));

    @Test
    void mappedPropertiesAppearUnderTheirConfiguredKeys() {
        Map<String, Object> out = CustomFields.of(FIELDS, Map.of("p2", "budget", "p1", "cost_center", "p3", "empty"));

        // in the order of the record's properties; a mapped property without value is kept as null
        assertThat(out.keySet()).containsExactly("cost_center", "budget", "empty");
        assertThat(out.get("cost_center")).isEqualTo("CC-100");
        assertThat(out.get("budget")).isEqualTo(Map.of("code", "USD", "value", 1));
        assertThat(out.get("empty")).isNull();
    }

    @Test
    void unmappedPropertiesStayOut() {
        assertThat(CustomFields.of(FIELDS, Map.of("p1", "cost_center", "unknown", "x")))
                .containsOnlyKeys("cost_center");
    }

    @Test
    void noMappingGivesAnEmptyObject() {
        assertThat(CustomFields.of(FIELDS, Map.of())).isEmpty();
        assertThat(CustomFields.of(List.of(), Map.of("p1", "x"))).isEmpty();
    }
}
