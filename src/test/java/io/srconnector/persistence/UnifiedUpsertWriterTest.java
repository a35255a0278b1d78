package io.srconnector.persistence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.JobMapper;
import io.srconnector.mapping.MappingContext;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Job;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UnifiedUpsertWriter#contentHash}: what decides whether {@code changed_at} moves (field-mapping §0.1: only
 * when the record's own unified fields change, never on remote_data alone). The SQL upsert itself needs PostgreSQL
 * and is not covered by these unit tests.
 */
class UnifiedUpsertWriterTest {
    private final JobMapper mapper = new JobMapper();
    private final MappingContext ctx = new MappingContext("smartrecruiters:sandbox");

    private static RemoteRecord job() {
        RemoteRecord r = new RemoteRecord("7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c", Map.of(), JobMapper.LIST,
                Fixtures.json("mapping/jobs/jobs-list.json").path("content").get(0));
        r.put(JobMapper.DETAILS, Fixtures.json("mapping/jobs/job-details.json"));
        return r;
    }

    @Test
    void isAHexSha256AndStable() {
        String a = UnifiedUpsertWriter.contentHash(mapper.toUnified(job(), ctx));
        String b = UnifiedUpsertWriter.contentHash(mapper.toUnified(job(), ctx));

        assertThat(a).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(b);
    }

    @Test
    void remoteDataOnlyChangesDoNotChangeTheHash() {
        RemoteRecord changed = job();
        // lastActivityOn moves on new applicants; it is not mapped to any own field
        ((ObjectNode) changed.get(JobMapper.DETAILS)).put("lastActivityOn", "2024-06-01T00:00:00.000Z");
        ((ObjectNode) changed.get(JobMapper.DETAILS)).put("someNewSrField", "x");

        assertThat(UnifiedUpsertWriter.contentHash(mapper.toUnified(changed, ctx)))
                .isEqualTo(UnifiedUpsertWriter.contentHash(mapper.toUnified(job(), ctx)));
    }

    @Test
    void anOwnFieldChangeChangesTheHash() {
        RemoteRecord changed = job();
        ((ObjectNode) changed.get(JobMapper.DETAILS)).put("title", "Staff Java Developer");

        assertThat(UnifiedUpsertWriter.contentHash(mapper.toUnified(changed, ctx)))
                .isNotEqualTo(UnifiedUpsertWriter.contentHash(mapper.toUnified(job(), ctx)));
    }

    @Test
    void mapKeyOrderDoesNotChangeTheHash() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", Map.of("y", 2, "x", 1));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", Map.of("x", 1, "y", 2));
        ba.put("a", 1);
        Job base = mapper.toUnified(job(), ctx);

        assertThat(UnifiedUpsertWriter.contentHash(withCustomFields(base, ab)))
                .isEqualTo(UnifiedUpsertWriter.contentHash(withCustomFields(base, ba)));
        assertThat(Json.write(withCustomFields(base, ba))).contains("\"custom_fields\":{\"a\":1,\"b\":{\"x\":1,\"y\":2}}");
    }

    private static Job withCustomFields(Job j, Map<String, Object> customFields) {
        List<IntegrationField> fields = j.integrationFields();
        return new Job(j.id(), j.remoteId(), j.name(), j.jobCode(), j.description(), j.confidential(), j.weeklyHours(),
                j.employmentType(), j.status(), j.visibility(), j.category(), j.department(), j.postUrl(),
                j.experienceLevel(), j.remoteWorkStatus(), j.salaryAmount(), j.salaryAmountFrom(), j.salaryAmountTo(),
                j.salaryCurrency(), j.salaryPeriod(), j.location(), customFields, fields, j.remoteUrl(), j.openedAt(),
                j.closedAt(), j.remoteCreatedAt(), j.remoteUpdatedAt(), j.contactId());
    }
}
