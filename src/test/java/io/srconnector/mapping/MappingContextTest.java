package io.srconnector.mapping;

import io.srconnector.persistence.UnifiedIds;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MappingContext}: ids and custom-field keys for the mappers. */
class MappingContextTest {

    @Test
    void idsAreTheIntegrationsDeterministicIds() {
        MappingContext ctx = new MappingContext("smartrecruiters:sandbox");

        assertThat(ctx.id("ats_jobs", "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c")).isEqualTo("HyPeyhx3Nc3QCLturYnMs9au");
        assertThat(ctx.id("ats_jobs", "x")).isEqualTo(UnifiedIds.of("smartrecruiters:sandbox", "ats_jobs", "x"));
        assertThat(ctx.id("ats_jobs", null)).isNull();
    }

    @Test
    void customFieldKeysPerModelDefaultToEmpty() {
        MappingContext ctx = new MappingContext("i", Map.of("jobs", Map.of("p1", "cost_center")));

        assertThat(ctx.customFieldKeys("jobs")).containsExactly(Map.entry("p1", "cost_center"));
        assertThat(ctx.customFieldKeys("candidates")).isEmpty();
        assertThat(new MappingContext("i").customFieldKeys("jobs")).isEmpty();
    }
}
