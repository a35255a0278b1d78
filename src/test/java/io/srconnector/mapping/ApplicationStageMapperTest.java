package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.ApplicationStage;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link ApplicationStageMapper}: field-mapping §5, coverage sheet "Application Stages". */
class ApplicationStageMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String STANDARD = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
    private static final String LEGACY = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String EXECUTIVE = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";

    private final ApplicationStageMapper mapper = new ApplicationStageMapper();
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    /** Four processes in listing order: Legacy (inactive), Standard (active), Internship (inactive), Executive (active). */
    private static List<RemoteRecord> processes() {
        List<RemoteRecord> out = new ArrayList<>();
        for (JsonNode p : Fixtures.json("mapping/application-stages/hiring-processes.json").path("content")) {
            out.add(new RemoteRecord(p.get("id").asText(), Map.of(), ApplicationStageMapper.LIST, p));
        }
        return out;
    }

    @Test
    void buildsTheOneGlobalStageListWithEveryCoverageField() {
        List<ApplicationStage> stages = mapper.toUnified(processes(), ctx).stream().map(Mapped::record).toList();

        assertThat(stages).extracting(ApplicationStage::remoteId, ApplicationStage::name, ApplicationStage::globalIndex)
                .containsExactly(
                        tuple("LEAD", "Lead", 0),
                        tuple("NEW", "New", 1),
                        tuple("IN_REVIEW", "In Review", 2),
                        tuple("IN_REVIEW|Phone screen", "Phone screen", 3),
                        tuple("IN_REVIEW|Hiring manager review", "Hiring manager review", 4),
                        tuple("IN_REVIEW|Board review", "Board review", 5),
                        tuple("IN_REVIEW|Legacy screen", "Legacy screen", 6),
                        tuple("INTERVIEW", "Interview", 7),
                        tuple("INTERVIEW|Technical interview", "Technical interview", 8),
                        tuple("INTERVIEW|Onsite", "Onsite", 9),
                        tuple("INTERVIEW|Dîner d'équipe 🍽", "Dîner d'équipe 🍽", 10),
                        tuple("INTERVIEW|Group assessment", "Group assessment", 11),
                        tuple("OFFERED", "Offered", 12),
                        tuple("OFFERED|Offer approval", "Offer approval", 13),
                        tuple("OFFERED|Contract négociation", "Contract négociation", 14),
                        tuple("HIRED", "Hired", 15),
                        tuple("REJECTED", "Rejected", 16),
                        tuple("WITHDRAWN", "Withdrawn", 17),
                        tuple("TRANSFERRED", "Transferred", 18));
        assertThat(stages).allSatisfy(s ->
                assertThat(s.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_application_stages", s.remoteId())));
        assertThat(stages).extracting(ApplicationStage::id).doesNotHaveDuplicates();
    }

    @Test
    void remoteDataNamesTheStatusAndTheFirstProcessListingTheSubStatus() {
        Map<String, JsonNode> byRemoteId = new java.util.LinkedHashMap<>();
        mapper.toUnified(processes(), ctx).forEach(m -> byRemoteId.put(m.record().remoteId(), m.remoteData()));

        JsonNode onsite = byRemoteId.get("INTERVIEW|Onsite").path(ApplicationStageMapper.LIST);
        assertThat(onsite.path("status").asText()).isEqualTo("INTERVIEW");
        assertThat(onsite.path("subStatus").asText()).isEqualTo("Onsite");
        // listed by Legacy (inactive) first in the response, but active processes come first
        assertThat(onsite.path("hiringProcessId").asText()).isEqualTo(STANDARD);
        assertThat(onsite.path("hiringProcessName").asText()).isEqualTo("Standard hiring process");

        assertThat(byRemoteId.get("IN_REVIEW|Board review").path(ApplicationStageMapper.LIST)
                .path("hiringProcessId").asText()).isEqualTo(EXECUTIVE);
        assertThat(byRemoteId.get("IN_REVIEW|Legacy screen").path(ApplicationStageMapper.LIST)
                .path("hiringProcessId").asText()).isEqualTo(LEGACY);
        assertThat(byRemoteId.get("INTERVIEW|Group assessment").path(ApplicationStageMapper.LIST)
                .path("hiringProcessName").asText()).isEqualTo("Internship process");

        JsonNode lead = byRemoteId.get("LEAD").path(ApplicationStageMapper.LIST);
        assertThat(lead.path("status").asText()).isEqualTo("LEAD");
        assertThat(lead.path("subStatus").isNull()).isTrue();
        assertThat(lead.has("hiringProcessId")).isFalse();
    }

    @Test
    void subStatusesOfStatusesWithoutSubStagesAndUnknownKeysAreIgnored() {
        List<String> ids = mapper.toUnified(processes(), ctx).stream().map(m -> m.record().remoteId()).toList();

        assertThat(ids).noneMatch(id -> id.startsWith("HIRED|") || id.startsWith("NOT_A_STATUS"));
        assertThat(ids).doesNotContain("IN-REVIEW|Board review");
    }

    @Test
    void withoutHiringProcessesTheFixedStatusesRemain() {
        List<ApplicationStage> stages = mapper.toUnified(List.of(), ctx).stream().map(Mapped::record).toList();

        assertThat(stages).extracting(ApplicationStage::remoteId).containsExactly(
                "LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED");
        assertThat(stages).extracting(ApplicationStage::globalIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aProcessWithoutActiveFlagCountsAsActiveAndBlankLabelsAreSkipped() {
        RemoteRecord inactive = new RemoteRecord("a", Map.of(), ApplicationStageMapper.LIST, Json.read(
                "{\"id\":\"a\",\"name\":\"A\",\"active\":false,\"subStatuses\":{\"INTERVIEW\":[\"Second\"]}}"));
        RemoteRecord noFlag = new RemoteRecord("b", Map.of(), ApplicationStageMapper.LIST, Json.read(
                "{\"id\":\"b\",\"name\":\"B\",\"subStatuses\":{\"INTERVIEW\":[\"First\",\"\",null,\"Second\"]}}"));

        List<String> ids = mapper.toUnified(List.of(inactive, noFlag), ctx).stream()
                .map(m -> m.record().remoteId()).toList();
        assertThat(ids).containsSubsequence("INTERVIEW", "INTERVIEW|First", "INTERVIEW|Second", "OFFERED");
        assertThat(ids).filteredOn(id -> id.startsWith("INTERVIEW|")).containsExactly("INTERVIEW|First", "INTERVIEW|Second");
    }

    @Test
    void theListIsTheSameWhateverTheRunSoIdsAreStable() {
        List<String> first = mapper.toUnified(processes(), ctx).stream().map(m -> m.record().id()).toList();
        List<String> second = mapper.toUnified(processes(), ctx).stream().map(m -> m.record().id()).toList();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void serialisesWithKomboFieldNames() {
        ApplicationStage s = mapper.toUnified(processes(), ctx).get(3).record();
        JsonNode json = Json.read(Json.write(s));

        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "remote_id", "name", "global_index");
        assertThat(json.path("remote_id").asText()).isEqualTo("IN_REVIEW|Phone screen");
        assertThat(json.path("global_index").asInt()).isEqualTo(3);
    }
}
