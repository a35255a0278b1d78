package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Job;
import io.srconnector.model.Location;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JobMapper}: field-mapping §2, coverage sheet "Jobs". */
class JobMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String JOB_ID = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";
    private static final String COST_CENTER = "52d95747e4b0ba7acb9217ea";
    private static final String BUDGET = "5e3f1a2b4c6d8e0f1a2b3c4d";
    private static final String RELOCATION = "6f4a2b3c5d7e9f1a2b3c4d5e";
    private static final String NOTE = "7a5b3c4d6e8f0a2b3c4d5e6f";

    private final JobMapper mapper = new JobMapper();
    private final MappingContext ctx = new MappingContext(INTEGRATION,
            Map.of("jobs", Map.of(COST_CENTER, "cost_center", BUDGET, "hiring_budget")));

    /** A job as the jobs page route builds it: list item, then details and status history. */
    private static RemoteRecord fullJob() {
        JsonNode item = Fixtures.json("mapping/jobs/jobs-list.json").path("content").get(0);
        RemoteRecord r = new RemoteRecord(JOB_ID, Map.of(), JobMapper.LIST, item);
        r.put(JobMapper.DETAILS, Fixtures.json("mapping/jobs/job-details.json"));
        r.put(JobMapper.HISTORY, Fixtures.json("mapping/jobs/job-status-history.json"));
        return r;
    }

    private static RemoteRecord detailsOnly(String fixture) {
        JsonNode d = Fixtures.json(fixture);
        RemoteRecord r = new RemoteRecord(d.get("id").asText(), Map.of(), JobMapper.LIST, Json.read("{}"));
        r.put(JobMapper.DETAILS, d);
        return r;
    }

    @Test
    void mapsEveryCoverageFieldOfAFullJob() {
        Job j = mapper.toUnified(fullJob(), ctx);

        assertThat(j.id()).isEqualTo("HyPeyhx3Nc3QCLturYnMs9au");
        assertThat(j.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_jobs", JOB_ID));
        assertThat(j.remoteId()).isEqualTo(JOB_ID);
        assertThat(j.name()).isEqualTo("Senior Java Developer");
        assertThat(j.jobCode()).isEqualTo("REF-1234");
        assertThat(j.description()).isEqualTo(
                "<h3>Company Description</h3><p>Acme builds recruiting software.</p>"
                        + "<h3>Job Description</h3><p>You will build backend services in Java.</p>"
                        + "<h3>Qualifications</h3><ul><li>5+ years of Java</li></ul>"
                        + "<h3>Additional Information</h3><p>Hybrid work possible.</p>");
        assertThat(j.employmentType()).isEqualTo("FULL_TIME");
        assertThat(j.status()).isEqualTo("OPEN");
        assertThat(j.visibility()).isEqualTo("PUBLIC");
        assertThat(j.category()).isEqualTo("Information Technology");
        assertThat(j.department()).isEqualTo("Engineering");
        assertThat(j.postUrl()).isEqualTo("https://jobs.smartrecruiters.com/Acme/743999912345678-senior-java-developer");
        assertThat(j.experienceLevel()).isEqualTo("Mid-Senior Level");
        assertThat(j.location()).isEqualTo(new Location("Seattle", "US",
                "1st Avenue 100, Seattle, Washington, 98101, United States", "Washington", "1st Avenue 100", null,
                "98101"));
        assertThat(j.customFields()).containsOnlyKeys("cost_center", "hiring_budget");
        assertThat(j.customFields().get("cost_center")).isEqualTo("CC-100 Engineering");
        assertThat(j.customFields().get("hiring_budget")).isEqualTo(Map.of("code", "USD", "value", 120000));
        assertThat(j.integrationFields()).containsExactly(
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", COST_CENTER), COST_CENTER, "CUSTOM", "CC-100 Engineering", "Cost center"),
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", BUDGET), BUDGET, "CUSTOM", Map.of("code", "USD", "value", 120000),
                        "Hiring budget"),
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", RELOCATION), RELOCATION, "CUSTOM", true, "Relocation offered"),
                new IntegrationField(ctx.integrationFieldId("ats_jobs", "CUSTOM", NOTE), NOTE, "CUSTOM", "Backfill for Q2", "Internal note"));
        // earliest SOURCING of the history (the job was on hold and sourced again later)
        assertThat(j.openedAt()).isEqualTo(Instant.parse("2024-02-03T09:30:00Z"));
        assertThat(j.remoteCreatedAt()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
        // updatedOn, not lastActivityOn (2024-03-05)
        assertThat(j.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    }

    @Test
    void fieldsOffTheCoverageSheet() {
        Job j = mapper.toUnified(fullJob(), ctx);

        assertThat(j.salaryAmountFrom()).isEqualByComparingTo(new BigDecimal("100000"));
        assertThat(j.salaryAmountTo()).isEqualByComparingTo(new BigDecimal("140000"));
        assertThat(j.salaryCurrency()).isEqualTo("USD");
        assertThat(j.remoteWorkStatus()).isNull();
        assertThat(j.confidential()).isNull();
        assertThat(j.weeklyHours()).isNull();
        assertThat(j.salaryAmount()).isNull();
        assertThat(j.salaryPeriod()).isNull();
        assertThat(j.remoteUrl()).isNull();
        assertThat(j.closedAt()).isNull();
        assertThat(j.contactId()).isNull();
    }

    @Test
    void remoteDataHoldsEveryFetchedBodyByEndpoint() {
        Mapped<Job> m = mapper.toUnified(List.of(fullJob()), ctx).get(0);

        assertThat(m.remoteData().fieldNames()).toIterable()
                .containsExactly("/jobs", "/jobs/{id}", "/jobs/{id}/status/history");
        assertThat(m.remoteData().path("/jobs/{id}").path("lastActivityOn").asText())
                .isEqualTo("2024-03-05T14:02:11.000Z");
        assertThat(m.remoteData().path("/jobs/{id}/status/history").path("content")).hasSize(5);
    }

    @Test
    void withoutCustomFieldMappingCustomFieldsIsEmptyButIntegrationFieldsAreFilled() {
        Job j = mapper.toUnified(fullJob(), new MappingContext(INTEGRATION));

        assertThat(j.customFields()).isEmpty();
        assertThat(j.integrationFields()).hasSize(4);
    }

    @Test
    void mapsAJobWithMissingOptionalFieldsNullsAndUnicode() {
        Job j = mapper.toUnified(detailsOnly("mapping/jobs/job-details-minimal.json"), ctx);

        assertThat(j.remoteId()).isEqualTo("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
        assertThat(j.name()).isEqualTo("Ingénieur·e logiciel — Zürich 日本");
        assertThat(j.jobCode()).isNull();
        // a blank section is left out; a section without a title has no heading
        assertThat(j.description()).isEqualTo("<p>Entwickle Dienste – äöü.</p>");
        assertThat(j.employmentType()).isEqualTo("PART_TIME");
        assertThat(j.status()).isEqualTo("DRAFT");
        assertThat(j.visibility()).isEqualTo("CONFIDENTIAL");
        assertThat(j.category()).isEqualTo("Computer Software");
        assertThat(j.department()).isNull();
        assertThat(j.postUrl()).isNull();
        assertThat(j.experienceLevel()).isEqualTo("entry_level");
        assertThat(j.location()).isEqualTo(new Location("Zürich", "CH", "Zürich, Switzerland", null, null, null, null));
        assertThat(j.remoteWorkStatus()).isEqualTo("REMOTE");
        assertThat(j.customFields()).isEmpty();
        assertThat(j.integrationFields()).isEmpty();
        assertThat(j.openedAt()).isNull();
        assertThat(j.remoteCreatedAt()).isEqualTo(Instant.parse("2024-04-02T08:15:30.123Z"));
        assertThat(j.remoteUpdatedAt()).isNull();
        assertThat(j.salaryAmountFrom()).isNull();
        assertThat(j.salaryCurrency()).isNull();
    }

    @Test
    void aListItemWithoutDetailsStillMaps() {
        JsonNode item = Fixtures.json("mapping/jobs/jobs-list.json").path("content").get(0);
        Job j = mapper.toUnified(new RemoteRecord(JOB_ID, Map.of(), JobMapper.LIST, item), ctx);

        assertThat(j.name()).isEqualTo("Senior Java Developer");
        assertThat(j.jobCode()).isEqualTo("REF-1234");
        assertThat(j.status()).isEqualTo("OPEN");
        assertThat(j.visibility()).isEqualTo("PUBLIC");
        assertThat(j.department()).isEqualTo("Engineering");
        assertThat(j.location().city()).isEqualTo("Seattle");
        assertThat(j.description()).isNull();
        assertThat(j.employmentType()).isNull();
        assertThat(j.category()).isNull();
        assertThat(j.experienceLevel()).isNull();
        assertThat(j.openedAt()).isNull();
        assertThat(j.integrationFields()).isEmpty();
        assertThat(j.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    }

    @Test
    void jobTemplatesAreNotJobs() {
        RemoteRecord template = detailsOnly("mapping/jobs/job-template.json");

        assertThat(mapper.toUnified(template, ctx)).isNull();
        List<Mapped<Job>> page = mapper.toUnified(List.of(template, fullJob()), ctx);
        assertThat(page).extracting(m -> m.record().remoteId()).containsExactly(JOB_ID);
    }

    @Test
    void openedAtIsNullWhenTheJobNeverSourced() {
        RemoteRecord r = fullJob();
        r.put(JobMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-02-01T08:00:00.000Z","status":"CREATED"},
                            {"changedOn":"2024-02-02T08:00:00.000Z","status":"CANCELLED"}]}"""));

        assertThat(mapper.toUnified(r, ctx).openedAt()).isNull();
    }

    @Test
    void unknownStatusAndVisibilityArePassedThroughAndLabelFallsBackToId() {
        RemoteRecord r = fullJob();
        ObjectNode d = (ObjectNode) r.get(JobMapper.DETAILS);
        d.put("status", "OTHER");
        d.put("postingStatus", "SOMETHING_NEW");
        d.set("typeOfEmployment", Json.read("{\"id\":\"zero_hours\",\"label\":\"Zero-hours contract\"}"));
        d.set("experienceLevel", Json.read("{\"id\":\"director\"}"));
        d.putNull("function");

        Job j = mapper.toUnified(r, ctx);
        assertThat(j.status()).isEqualTo("OTHER");
        assertThat(j.visibility()).isEqualTo("SOMETHING_NEW");
        assertThat(j.employmentType()).isEqualTo("Zero-hours contract");
        assertThat(j.experienceLevel()).isEqualTo("director");
        assertThat(j.category()).isEqualTo("Computer Software");
    }

    @Test
    void serialisesWithKomboFieldNames() {
        JsonNode json = Json.read(Json.write(mapper.toUnified(fullJob(), ctx)));

        assertThat(json.fieldNames()).toIterable().contains("id", "remote_id", "name", "job_code", "description",
                "employment_type", "status", "visibility", "category", "department", "post_url", "experience_level",
                "location", "custom_fields", "integration_fields", "opened_at", "remote_created_at",
                "remote_updated_at");
        assertThat(json.path("opened_at").asText()).isEqualTo("2024-02-03T09:30:00.000Z");
        assertThat(json.path("remote_created_at").asText()).isEqualTo("2024-02-01T08:00:00.000Z");
        assertThat(json.path("location").path("zip_code").asText()).isEqualTo("98101");
        assertThat(json.path("location").path("street_1").asText()).isEqualTo("1st Avenue 100");
        assertThat(json.path("location").has("street_2")).isTrue();
        assertThat(json.path("integration_fields").get(0).path("key").asText()).isEqualTo(COST_CENTER);
        assertThat(json.path("custom_fields").path("hiring_budget").path("code").asText()).isEqualTo("USD");
    }
}
