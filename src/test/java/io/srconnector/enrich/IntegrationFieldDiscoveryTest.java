package io.srconnector.enrich;

import io.srconnector.json.Json;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link IntegrationFieldDiscovery#parse}: the three SmartRecruiters property-definition shapes. */
class IntegrationFieldDiscoveryTest {

    @Test
    void jobAndCandidatePropertyDefinitionsAreContentItemsById() {
        var jobs = IntegrationFieldDiscovery.parse(Fixtures.json("smartrecruiters/configuration-job-properties.from-schema.json"));
        assertThat(jobs).isNotEmpty();
        assertThat(jobs.get(0).key()).isEqualTo(Fixtures.json("smartrecruiters/configuration-job-properties.from-schema.json")
                .path("content").get(0).path("id").asText());
        assertThat(jobs.get(0).label()).isNotBlank();
        var candidates = IntegrationFieldDiscovery.parse(
                Fixtures.json("smartrecruiters/configuration-candidate-properties.from-schema.json"));
        assertThat(candidates).isNotEmpty();
        assertThat(candidates).allSatisfy(d -> assertThat(d.valueType()).isNotBlank());
    }

    @Test
    void offerPropertyDefinitionsAreCategoryPropertiesByKey() {
        var offers = IntegrationFieldDiscovery.parse(Json.read("""
                {"categories": [
                  {"id": "compensation", "properties": [{"key": "baseSalary", "label": "Base salary", "required": true, "type": "CURRENCY"}]},
                  {"id": "contract", "properties": [{"key": "startDate", "label": "Start date", "type": "DATE"}, {"label": "no key"}]}]}"""));
        assertThat(offers).containsExactly(
                new IntegrationFieldDiscovery.Definition("baseSalary", "Base salary", "CURRENCY"),
                new IntegrationFieldDiscovery.Definition("startDate", "Start date", "DATE"));
    }
}
