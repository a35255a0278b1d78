package io.srconnector.persistence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UnifiedIds}: deterministic 24-character base58 ids (field-mapping §0.1). */
class UnifiedIdsTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";

    @Test
    void isBase58OfSha256OfIntegrationModelAndRemoteIdCutTo24() {
        // computed independently: base58(sha256("smartrecruiters:sandbox\0ats_jobs\0<id>"))[0:24]
        assertThat(UnifiedIds.of(INTEGRATION, "ats_jobs", "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c"))
                .isEqualTo("HyPeyhx3Nc3QCLturYnMs9au");
        assertThat(UnifiedIds.of(INTEGRATION, "ats_candidates", "5a0f2f4c-9b1e-4d3a-8c7e-2b6d1e9f0a11"))
                .isEqualTo("AiM2cdArpcCk2pvMck8mFNnS");
        assertThat(UnifiedIds.of(INTEGRATION, "ats_users", "50fe861de4b00265edec6775"))
                .isEqualTo("45VALHJ9EpWFUzG2qfpq939c");
    }

    @Test
    void isDeterministic() {
        assertThat(UnifiedIds.of("i", "ats_jobs", "r")).isEqualTo(UnifiedIds.of("i", "ats_jobs", "r"));
    }

    @Test
    void alwaysHas24Base58CharactersAndNeverCollidesOnASample() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = UnifiedIds.of(INTEGRATION, "ats_candidates", "candidate-" + i);
            assertThat(id).hasSize(UnifiedIds.LENGTH).matches("^[1-9A-HJ-NP-Za-km-z]{24}$");
            assertThat(UnifiedIds.looksLikeId(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(2000);
    }

    @Test
    void differsPerIntegrationModelAndRemoteId() {
        String base = UnifiedIds.of("int-a", "ats_jobs", "123");

        assertThat(UnifiedIds.of("int-b", "ats_jobs", "123")).isNotEqualTo(base);
        assertThat(UnifiedIds.of("int-a", "ats_candidates", "123")).isNotEqualTo(base);
        assertThat(UnifiedIds.of("int-a", "ats_jobs", "124")).isNotEqualTo(base);
    }

    @Test
    void theSeparatorPreventsAmbiguousConcatenations() {
        assertThat(UnifiedIds.of("ab", "c", "d")).isNotEqualTo(UnifiedIds.of("a", "bc", "d"));
        assertThat(UnifiedIds.of("a", "b", "cd")).isNotEqualTo(UnifiedIds.of("a", "bc", "d"));
    }

    @Test
    void unicodeRemoteIdsWork() {
        String tag = UnifiedIds.of(INTEGRATION, "ats_tags", "Fließend Deutsch 🇩🇪");

        assertThat(tag).hasSize(24);
        assertThat(tag).isNotEqualTo(UnifiedIds.of(INTEGRATION, "ats_tags", "Fliessend Deutsch 🇩🇪"));
    }

    @Test
    void nullRemoteIdGivesNull() {
        assertThat(UnifiedIds.of(INTEGRATION, "ats_jobs", null)).isNull();
    }

    @Test
    void looksLikeId() {
        assertThat(UnifiedIds.looksLikeId("HyPeyhx3Nc3QCLturYnMs9au")).isTrue();
        assertThat(UnifiedIds.looksLikeId("HyPeyhx3Nc3QCLturYnMs9a")).isFalse();
        assertThat(UnifiedIds.looksLikeId("HyPeyhx3Nc3QCLturYnMs9a0")).isFalse();
        assertThat(UnifiedIds.looksLikeId("7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c")).isFalse();
        assertThat(UnifiedIds.looksLikeId(null)).isFalse();
    }
}
