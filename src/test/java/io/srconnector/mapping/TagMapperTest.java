package io.srconnector.mapping;

import io.srconnector.json.Json;
import io.srconnector.model.CandidateTag;
import io.srconnector.model.Tag;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TagMapper} and {@link CandidateTagMapper}: field-mapping §8, §9, coverage sheet "Tags", "Candidate tags". */
class TagMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    private static RemoteRecord candidate(String id, String tagsBody) {
        return new RemoteRecord(id, Map.of("candidateId", id), TagMapper.TAGS, Json.read(tagsBody));
    }

    private final List<RemoteRecord> page = List.of(
            new RemoteRecord("c-1", Map.of("candidateId", "c-1"), TagMapper.TAGS,
                    Fixtures.json("mapping/tags/candidate-tags.json")),
            candidate("c-2", "{\"tags\": [\"java\", \"Java\", \" \", null, \"java\"]}"),
            candidate("c-3", "{\"tags\": []}"),
            candidate("c-4", "{}"));

    @Test
    void tagsAreTheDistinctStringsOfThePage() {
        List<Mapped<Tag>> tags = new TagMapper().toUnified(page, ctx);

        assertThat(tags).extracting(m -> m.record().name()).containsExactly("fluent english", "java", "Java");
        Tag java = tags.get(1).record();
        assertThat(java.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_tags", "java"));
        assertThat(java.remoteId()).isEqualTo("java");
        assertThat(tags.get(2).record().id()).as("case is kept: another tag").isNotEqualTo(java.id());
        assertThat(tags).allSatisfy(m -> assertThat(m.remoteData()).as("no tag resource in SmartRecruiters").isNull());
    }

    @Test
    void candidateTagsJoinEachCandidateToItsDistinctTags() {
        List<Mapped<CandidateTag>> joins = new CandidateTagMapper().toUnified(page, ctx);

        String c1 = UnifiedIds.of(INTEGRATION, "ats_candidates", "c-1");
        String c2 = UnifiedIds.of(INTEGRATION, "ats_candidates", "c-2");
        String java = UnifiedIds.of(INTEGRATION, "ats_tags", "java");
        assertThat(joins).extracting(m -> m.record().candidateId()).containsExactly(c1, c1, c2, c2);
        assertThat(joins).extracting(m -> m.record().tagId()).containsExactly(
                UnifiedIds.of(INTEGRATION, "ats_tags", "fluent english"), java, java,
                UnifiedIds.of(INTEGRATION, "ats_tags", "Java"));
        CandidateTag first = joins.get(0).record();
        assertThat(first.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_join_candidates_tags",
                c1 + ":" + first.tagId()));
        assertThat(joins).extracting(m -> m.record().id()).doesNotHaveDuplicates();
    }
}
