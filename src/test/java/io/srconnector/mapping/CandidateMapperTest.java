package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.model.Candidate;
import io.srconnector.model.EmailAddress;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Location;
import io.srconnector.model.PhoneNumber;
import io.srconnector.model.SocialMedia;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CandidateMapper}: field-mapping §4, coverage sheet "Candidates", failure case FC-13. */
class CandidateMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String CANDIDATE_ID = "5a0f2f4c-9b1e-4d3a-8c7e-2b6d1e9f0a11";
    private static final String NOTICE = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";
    private static final String SALARY = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a";

    private final CandidateMapper mapper = new CandidateMapper();
    private final MappingContext ctx = new MappingContext(INTEGRATION,
            Map.of("candidates", Map.of(NOTICE, "notice_period", SALARY, "expected_salary"),
                    "jobs", Map.of("ignored", "ignored")));

    /** A candidate as the candidates page route builds it: list item, details, primary job bound, properties. */
    private static RemoteRecord fullCandidate() {
        JsonNode item = Fixtures.json("mapping/candidates/candidates-list.json").path("content").get(0);
        RemoteRecord r = new RemoteRecord(CANDIDATE_ID, Map.of(), CandidateMapper.LIST, item);
        r.put(CandidateMapper.DETAILS, Fixtures.json("mapping/candidates/candidate-details.json"));
        r.vars().put("primaryJobId", "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c");
        r.put(CandidateMapper.PROPERTIES, Fixtures.json("mapping/candidates/candidate-properties.json"));
        return r;
    }

    private static List<RemoteRecord> listOnlyPage() {
        List<RemoteRecord> out = new ArrayList<>();
        for (JsonNode item : Fixtures.json("mapping/candidates/candidates-list.json").path("content")) {
            out.add(new RemoteRecord(item.get("id").asText(), Map.of(), CandidateMapper.LIST, item));
        }
        return out;
    }

    @Test
    void mapsEveryCoverageFieldOfAFullCandidate() {
        Candidate c = mapper.toUnified(fullCandidate(), ctx);

        assertThat(c.id()).isEqualTo("AiM2cdArpcCk2pvMck8mFNnS");
        assertThat(c.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_candidates", CANDIDATE_ID));
        assertThat(c.remoteId()).isEqualTo(CANDIDATE_ID);
        assertThat(c.firstName()).isEqualTo("Jane");
        assertThat(c.lastName()).isEqualTo("Doe");
        // the current experience entry
        assertThat(c.company()).isEqualTo("Acme Corp");
        assertThat(c.title()).isEqualTo("Java Developer");
        assertThat(c.source()).isEqualTo("LinkedIn");
        assertThat(c.phoneNumbers()).containsExactly(new PhoneNumber("+1 206 555 0100", null));
        assertThat(c.emailAddresses()).containsExactly(new EmailAddress("jane.doe@example.com", null));
        assertThat(c.socialMedia()).containsExactly(
                new SocialMedia("https://www.linkedin.com/in/janedoe", "LINKEDIN", null),
                new SocialMedia("https://www.facebook.com/janedoe", "FACEBOOK", null),
                new SocialMedia("https://twitter.com/janedoe", "TWITTER", null),
                new SocialMedia("https://janedoe.example.com", "WEBSITE", null),
                new SocialMedia(null, "SKYPE", "jane.doe"));
        assertThat(c.location()).isEqualTo(new Location("Seattle", "US", "Seattle, Washington, United States",
                "Washington", null, null, null));
        assertThat(c.customFields()).containsExactly(
                Map.entry("notice_period", "3 months"),
                Map.entry("expected_salary", Map.of("code", "EUR", "value", 65000)));
        assertThat(c.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
        assertThat(c.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-05T14:02:11Z"));
        // not on the coverage sheet
        assertThat(c.confidential()).isNull();
        assertThat(c.remoteUrl()).isNull();
    }

    @Test
    void integrationFieldsCarryEveryPropertyWithItsNormalisedValue() {
        Candidate c = mapper.toUnified(fullCandidate(), ctx);

        assertThat(c.integrationFields()).containsExactly(
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", NOTICE), NOTICE, "CUSTOM", "3 months", "Notice period"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", SALARY), SALARY, "CUSTOM", Map.of("code", "EUR", "value", 65000),
                        "Expected salary"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b"),
                        "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b", "CUSTOM", true, "Willing to relocate"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b9c"),
                        "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b9c", "CUSTOM", new BigDecimal("7.5"), "Years of Java"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"),
                        "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", "CUSTOM", "Jäné 🚀", "Nickname"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e"),
                        "b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e", "CUSTOM", "de", "Citizenship"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "c9d0e1f2-a3b4-4c5d-8e6f-7a8b9c0d1e2f"),
                        "c9d0e1f2-a3b4-4c5d-8e6f-7a8b9c0d1e2f", "CUSTOM", "2024-06-01", "Available from"),
                new IntegrationField(ctx.integrationFieldId("ats_candidates", "CUSTOM", "d0e1f2a3-b4c5-4d6e-8f7a-8b9c0d1e2f3a"),
                        "d0e1f2a3-b4c5-4d6e-8f7a-8b9c0d1e2f3a", "CUSTOM", "50fe861de4b00265edec6775", "Referrer"));
    }

    @Test
    void remoteDataHoldsEveryFetchedBodyByEndpoint() {
        Mapped<Candidate> m = mapper.toUnified(List.of(fullCandidate()), ctx).get(0);

        assertThat(m.remoteData().fieldNames()).toIterable().containsExactly(
                "/candidates", "/candidates/{id}", "/candidates/{id}/jobs/{primaryJobId}/properties");
        assertThat(m.remoteData().path("/candidates/{id}").path("tags")).hasSize(2);
    }

    @Test
    void mapsACandidateWithMissingOptionalFieldsNullsAndUnicode() {
        JsonNode d = Fixtures.json("mapping/candidates/candidate-details-minimal.json");
        RemoteRecord r = new RemoteRecord(d.get("id").asText(), Map.of(), CandidateMapper.LIST, Json.read("{}"));
        r.put(CandidateMapper.DETAILS, d);

        Candidate c = mapper.toUnified(r, ctx);
        assertThat(c.remoteId()).isEqualTo("2e1c0d9f-8a7b-4c6d-9e4f-3a2b1c0d9e8f");
        assertThat(c.firstName()).isEqualTo("Zoë");
        assertThat(c.lastName()).isEqualTo("Ångström-Łukasiewicz 李");
        // no current entry: the one with the latest start date ("2018-03" after "2018-01-15" and "2015")
        assertThat(c.company()).isEqualTo("Bürokratie AG");
        assertThat(c.title()).isEqualTo("Consultant");
        assertThat(c.source()).isNull();
        assertThat(c.phoneNumbers()).isEmpty();
        // fails Kombo's e-mail pattern: dropped
        assertThat(c.emailAddresses()).isEmpty();
        assertThat(c.socialMedia()).isEmpty();
        assertThat(c.location()).isNull();
        assertThat(c.customFields()).isEmpty();
        assertThat(c.integrationFields()).isEmpty();
        assertThat(c.remoteCreatedAt()).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
        assertThat(c.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    /** FC-13: a candidate without updatedOn, or with updatedOn null, gets remote_updated_at = createdOn. */
    @Test
    void fc13MissingOrNullUpdatedOnFallsBackToCreatedOn() {
        List<Mapped<Candidate>> mapped = mapper.toUnified(listOnlyPage(), ctx);

        assertThat(mapped).extracting(m -> m.record().firstName()).containsExactly("Jane", "Noupdate", "Nullupdate");
        assertThat(mapped).extracting(m -> m.record().remoteUpdatedAt()).containsExactly(
                Instant.parse("2024-03-05T14:02:11Z"),
                Instant.parse("2024-01-10T08:00:00Z"),
                Instant.parse("2024-01-11T09:30:00Z"));
        assertThat(mapped).extracting(m -> m.record().remoteCreatedAt()).containsExactly(
                Instant.parse("2024-03-01T09:15:00Z"),
                Instant.parse("2024-01-10T08:00:00Z"),
                Instant.parse("2024-01-11T09:30:00Z"));
    }

    @Test
    void fc13NoTimestampsAtAllGiveNulls() {
        RemoteRecord r = new RemoteRecord("c-none", Map.of(), CandidateMapper.LIST,
                Json.read("{\"id\":\"c-none\",\"firstName\":\"No\",\"createdOn\":null}"));

        Candidate c = mapper.toUnified(r, ctx);
        assertThat(c.remoteCreatedAt()).isNull();
        assertThat(c.remoteUpdatedAt()).isNull();
        assertThat(c.firstName()).isEqualTo("No");
    }

    @Test
    void aListItemWithoutDetailsMapsItsOwnFields() {
        Candidate c = mapper.toUnified(listOnlyPage().get(0), ctx);

        assertThat(c.firstName()).isEqualTo("Jane");
        assertThat(c.emailAddresses()).containsExactly(new EmailAddress("jane.doe@example.com", null));
        assertThat(c.location().country()).isEqualTo("US");
        // the list has no experience, phone, web or primary source
        assertThat(c.company()).isNull();
        assertThat(c.title()).isNull();
        assertThat(c.phoneNumbers()).isEmpty();
        assertThat(c.socialMedia()).isEmpty();
        assertThat(c.source()).isNull();
    }

    @Test
    void aCurrentExperienceWinsOverALaterStartDate() {
        JsonNode experience = Json.read("""
                [{"company":"Later Inc","title":"Later","current":false,"startDate":"2023-01-01"},
                 {"company":"Now GmbH","title":"Now","current":true,"startDate":"2010"},
                 {"company":"Second current","title":"X","current":true,"startDate":"2024"}]""");

        assertThat(CandidateMapper.currentExperience(experience).path("company").asText()).isEqualTo("Now GmbH");
        assertThat(CandidateMapper.currentExperience(Json.read("[]"))).isNull();
        assertThat(CandidateMapper.currentExperience(Json.mapper().missingNode())).isNull();
    }

    @Test
    void startDatesOfDifferentPrecisionCompareAfterPadding() {
        JsonNode experience = Json.read("""
                [{"company":"A","startDate":"2019-05-20"},
                 {"company":"B","startDate":"2019-06"},
                 {"company":"C","startDate":"2019"}]""");

        assertThat(CandidateMapper.currentExperience(experience).path("company").asText()).isEqualTo("B");
    }

    @Test
    void emptyWebValuesAndBlankPhoneAreLeftOut() {
        RemoteRecord r = fullCandidate();
        ObjectNode d = (ObjectNode) r.get(CandidateMapper.DETAILS);
        d.set("web", Json.read("{\"linkedin\":\"\",\"facebook\":null,\"twitter\":\"https://twitter.com/x\",\"skype\":\" \"}"));
        d.put("phoneNumber", "   ");

        Candidate c = mapper.toUnified(r, ctx);
        assertThat(c.socialMedia()).containsExactly(new SocialMedia("https://twitter.com/x", "TWITTER", null));
        assertThat(c.phoneNumbers()).isEmpty();
    }

    @Test
    void serialisesWithKomboFieldNames() {
        JsonNode json = Json.read(Json.write(mapper.toUnified(fullCandidate(), ctx)));

        assertThat(json.fieldNames()).toIterable().contains("id", "remote_id", "first_name", "last_name", "company",
                "title", "source", "phone_numbers", "email_addresses", "social_media", "location", "custom_fields",
                "integration_fields", "remote_created_at", "remote_updated_at");
        assertThat(json.path("phone_numbers").get(0).path("phone_number").asText()).isEqualTo("+1 206 555 0100");
        assertThat(json.path("phone_numbers").get(0).has("type")).isTrue();
        assertThat(json.path("email_addresses").get(0).path("email_address").asText())
                .isEqualTo("jane.doe@example.com");
        assertThat(json.path("social_media").get(4).path("username").asText()).isEqualTo("jane.doe");
        assertThat(json.path("remote_updated_at").asText()).isEqualTo("2024-03-05T14:02:11.000Z");
    }
}
