package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.model.Application;
import io.srconnector.model.ApplicationStage;
import io.srconnector.model.IntegrationField;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** {@link ApplicationMapper}: field-mapping §6, coverage sheet "Applications", failure case FC-08. */
class ApplicationMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String CANDIDATE_ID = "5a0f2f4c-9b1e-4d3a-8c7e-2b6d1e9f0a11";
    private static final String JOB_ID = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";
    private static final String REMOTE_ID = CANDIDATE_ID + ":" + JOB_ID;
    private static final String NOTICE = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";
    private static final String SALARY = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a";
    private static final String RELOCATE = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b";
    private static final String BONUS = "f0e1d2c3-b4a5-4968-8776-655443322110";

    private final ApplicationMapper mapper = new ApplicationMapper();
    private final MappingContext ctx = new MappingContext(INTEGRATION,
            Map.of("applications", Map.of(NOTICE, "notice_period", BONUS, "bonus_pct")));

    /** An application as the applications page route builds it: details, status history, properties. */
    private static RemoteRecord application() {
        RemoteRecord r = new RemoteRecord(REMOTE_ID, Map.of("candidateId", CANDIDATE_ID, "jobId", JOB_ID), null, null);
        r.put(ApplicationMapper.DETAILS, Fixtures.json("mapping/applications/application.json"));
        r.put(ApplicationMapper.HISTORY, Fixtures.json("mapping/applications/application-status-history.json"));
        r.put(ApplicationMapper.PROPERTIES, Fixtures.json("mapping/applications/application-properties.json"));
        return r;
    }

    private static RemoteRecord withStatus(String status, String subStatus) {
        RemoteRecord r = application();
        ObjectNode a = (ObjectNode) r.get(ApplicationMapper.DETAILS);
        a.put("status", status);
        if (subStatus == null) {
            a.remove("subStatus");
        } else {
            a.put("subStatus", subStatus);
        }
        return r;
    }

    private static String stageId(String stageRemoteId) {
        return UnifiedIds.of(INTEGRATION, "ats_application_stages", stageRemoteId);
    }

    @Test
    void mapsEveryCoverageFieldOfARejectedApplication() {
        Application a = mapper.toUnified(application(), ctx);

        assertThat(a.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_applications", REMOTE_ID)).hasSize(24);
        assertThat(a.remoteId()).isEqualTo(REMOTE_ID);
        assertThat(a.outcome()).isEqualTo("DECLINED");
        assertThat(a.rejectionReasonName()).isEqualTo("Not enough experience");
        assertThat(a.rejectedAt()).isEqualTo(Instant.parse("2024-03-05T14:02:11Z"));
        assertThat(a.currentStageId()).isEqualTo(stageId("REJECTED"));
        // the same ids the job and candidate mappers give (pinned in their tests)
        assertThat(a.jobId()).isEqualTo("HyPeyhx3Nc3QCLturYnMs9au");
        assertThat(a.candidateId()).isEqualTo("AiM2cdArpcCk2pvMck8mFNnS");
        assertThat(a.customFields()).containsExactly(
                Map.entry("notice_period", "1 month"),
                Map.entry("bonus_pct", new BigDecimal("12")));
        assertThat(a.integrationFields()).containsExactly(
                new IntegrationField(ctx.integrationFieldId("ats_applications", "CUSTOM", NOTICE), NOTICE, "CUSTOM", "1 month", "Notice period"),
                new IntegrationField(ctx.integrationFieldId("ats_applications", "CUSTOM", SALARY), SALARY, "CUSTOM",
                        Map.of("code", "USD", "value", 120000.5), "Expected salary"),
                new IntegrationField(ctx.integrationFieldId("ats_applications", "CUSTOM", RELOCATE), RELOCATE, "CUSTOM", false, "Willing to relocate"),
                new IntegrationField(ctx.integrationFieldId("ats_applications", "CUSTOM", BONUS), BONUS, "CUSTOM", new BigDecimal("12"), "Bonus %"));
        // first status change that is not LEAD (here NEW) and the latest status change
        assertThat(a.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
        assertThat(a.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-05T14:02:11Z"));
        // off the coverage sheet
        assertThat(a.screeningQuestionAnswers()).isNull();
        assertThat(a.remoteUrl()).isEqualTo("https://api.smartrecruiters.com/candidates/" + CANDIDATE_ID + "/jobs/" + JOB_ID);
    }

    @Test
    void remoteDataHoldsEveryFetchedBodyByEndpoint() {
        Mapped<Application> m = mapper.toUnified(List.of(application()), ctx).get(0);

        assertThat(m.remoteData().fieldNames()).toIterable().containsExactly(
                ApplicationMapper.DETAILS, ApplicationMapper.HISTORY, ApplicationMapper.PROPERTIES);
        assertThat(m.remoteData().path(ApplicationMapper.DETAILS).path("applicationId").asText())
                .isEqualTo("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
    }

    @Test
    void aPendingApplicationHasItsSubStageAndNoRejectionEvenWithAStaleReason() {
        Application a = mapper.toUnified(withStatus("INTERVIEW", "Technical interview"), ctx);

        assertThat(a.outcome()).isEqualTo("PENDING");
        assertThat(a.currentStageId()).isEqualTo(stageId("INTERVIEW|Technical interview"));
        assertThat(a.rejectionReasonName()).isNull();
        assertThat(a.rejectedAt()).isNull();
    }

    @Test
    void aWithdrawnApplicationTakesTheWithdrawalReasonAndWithdrawalTime() {
        RemoteRecord r = withStatus("WITHDRAWN", null);
        ((ObjectNode) r.get(ApplicationMapper.DETAILS)).set("reasonOfWithdrawal",
                Json.read("{\"id\":\"w-1\",\"label\":\"Accepted another offer — ça arrive\"}"));
        r.put(ApplicationMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-03-01T09:15:00.000Z","status":"NEW"},
                            {"changedOn":"2024-03-07T10:00:00.000Z","status":"WITHDRAWN"}]}"""));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.outcome()).isEqualTo("DECLINED");
        assertThat(a.rejectionReasonName()).isEqualTo("Accepted another offer — ça arrive");
        assertThat(a.rejectedAt()).isEqualTo(Instant.parse("2024-03-07T10:00:00Z"));
        assertThat(a.currentStageId()).isEqualTo(stageId("WITHDRAWN"));
    }

    @Test
    void rejectedAtIsTheLatestEntryIntoTheCurrentStatusWhateverTheHistoryOrder() {
        RemoteRecord r = application();
        r.put(ApplicationMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-03-10T08:00:00.000Z","status":"REJECTED"},
                            {"changedOn":"2024-03-01T09:15:00.000Z","status":"NEW"},
                            {"changedOn":"2024-03-02T09:15:00.000Z","status":"REJECTED"},
                            {"changedOn":"2024-03-05T09:15:00.000Z","status":"IN-REVIEW"}]}"""));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.rejectedAt()).isEqualTo(Instant.parse("2024-03-10T08:00:00Z"));
        assertThat(a.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
        assertThat(a.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-10T08:00:00Z"));
    }

    @Test
    void aHiredApplicationIsHiredWithoutRejectionTime() {
        Application a = mapper.toUnified(withStatus("HIRED", null), ctx);

        assertThat(a.outcome()).isEqualTo("HIRED");
        assertThat(a.currentStageId()).isEqualTo(stageId("HIRED"));
        assertThat(a.rejectedAt()).isNull();
        assertThat(a.rejectionReasonName()).isNull();
    }

    /** FC-08: every spelling of every SmartRecruiters API maps to the documented outcome and stage. */
    @ParameterizedTest(name = "{0} / {1} -> {2}, stage {3}")
    @CsvSource(nullValues = "null", value = {
            "IN-REVIEW,   Phone screen,   PENDING,  IN_REVIEW|Phone screen",
            "IN_REVIEW,   Phone screen,   PENDING,  IN_REVIEW|Phone screen",
            "in review,   null,           PENDING,  IN_REVIEW",
            "IN_PROGRESS, null,           PENDING,  IN_REVIEW",
            "OFFER,       null,           PENDING,  OFFERED",
            "OFFERED,     Offer approval, PENDING,  OFFERED|Offer approval",
            "HIRE,        null,           HIRED,    HIRED",
            "HIRED,       null,           HIRED,    HIRED",
            "LEAD,        null,           PENDING,  LEAD",
            "NEW,         null,           PENDING,  NEW",
            "INTERVIEW,   Onsite,         PENDING,  INTERVIEW|Onsite",
            "REJECTED,    Onsite,         DECLINED, REJECTED",
            "WITHDRAWN,   null,           DECLINED, WITHDRAWN",
            "TRANSFERRED, null,           null,     TRANSFERRED",
            "ON_HOLD,     null,           null,     ON_HOLD",
            "OTHER,       Something,      null,     OTHER",
    })
    void fc08StatusVocabularies(String status, String subStatus, String outcome, String stageRemoteId) {
        Application a = mapper.toUnified(withStatus(status, subStatus), ctx);

        assertThat(a.outcome()).isEqualTo(outcome);
        assertThat(a.currentStageId()).isEqualTo(stageId(stageRemoteId));
    }

    /** FC-08: TRANSFERRED closes the application on the old job without marking it rejected (outcome null). */
    @Test
    void fc08TransferredIsNeitherDeclinedNorRejected() {
        RemoteRecord r = withStatus("TRANSFERRED", null);
        r.put(ApplicationMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-03-01T09:15:00.000Z","status":"NEW"},
                            {"changedOn":"2024-03-08T09:15:00.000Z","status":"TRANSFERRED"}]}"""));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.outcome()).isNull();
        assertThat(a.rejectedAt()).isNull();
        assertThat(a.rejectionReasonName()).isNull();
        assertThat(a.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-08T09:15:00Z"));
    }

    /** FC-08: an unseen status never fails the page; the record is kept with its raw value in remote_data. */
    @Test
    void fc08UnknownStatusIsKeptRawAndNeverFailsThePage() {
        RemoteRecord onHold = withStatus("ON_HOLD", "Budget freeze");
        assertThatCode(() -> mapper.toUnified(onHold, ctx)).doesNotThrowAnyException();

        List<Mapped<Application>> page = mapper.toUnified(List.of(onHold, application()), ctx);
        assertThat(page).hasSize(2);
        Application a = page.get(0).record();
        assertThat(a.outcome()).isNull();
        assertThat(a.rejectionReasonName()).isNull();
        assertThat(a.rejectedAt()).isNull();
        assertThat(page.get(0).remoteData().path(ApplicationMapper.DETAILS).path("status").asText()).isEqualTo("ON_HOLD");
    }

    /** FC-08: the Application API spelling lands on the very stage the stage mapper lists. */
    @Test
    void fc08ApplicationApiSpellingPointsAtAListedStage() {
        RemoteRecord process = new RemoteRecord("p", Map.of(), ApplicationStageMapper.LIST, Json.read(
                "{\"id\":\"p\",\"name\":\"P\",\"active\":true,\"subStatuses\":{\"IN_REVIEW\":[\"Phone screen\"]}}"));
        List<Mapped<ApplicationStage>> stages = new ApplicationStageMapper().toUnified(List.of(process), ctx);

        Application a = mapper.toUnified(withStatus("IN-REVIEW", "Phone screen"), ctx);
        Application b = mapper.toUnified(withStatus("OFFER", null), ctx);
        assertThat(stages).extracting(m -> m.record().id()).contains(a.currentStageId(), b.currentStageId());
    }

    /** FC-08: a LEAD is not yet an application received: remote_created_at is the first non-LEAD change. */
    @Test
    void fc08LeadDoesNotCountAsCreation() {
        RemoteRecord r = withStatus("IN_REVIEW", null);
        r.put(ApplicationMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-03-04T10:00:00.000Z","status":"IN_REVIEW"},
                            {"changedOn":"2024-02-20T10:00:00.000Z","status":"LEAD"},
                            {"changedOn":"2024-03-03T10:00:00.000Z","status":"NEW"}]}"""));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-03T10:00:00Z"));
        assertThat(a.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-03-04T10:00:00Z"));
    }

    @Test
    void anApplicationThatIsOnlyALeadIsCreatedAtItsFirstChange() {
        RemoteRecord r = withStatus("LEAD", null);
        r.put(ApplicationMapper.HISTORY, Json.read("""
                {"content":[{"changedOn":"2024-02-20T10:00:00.000Z","status":"LEAD"},
                            {"changedOn":null,"status":"NEW"}]}"""));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.remoteCreatedAt()).isEqualTo(Instant.parse("2024-02-20T10:00:00Z"));
        assertThat(a.remoteUpdatedAt()).isEqualTo(Instant.parse("2024-02-20T10:00:00Z"));
        assertThat(a.outcome()).isEqualTo("PENDING");
    }

    /** Coverage sheet: the timestamps are only filled when the status history was synced. */
    @Test
    void withoutStatusHistoryTheHistoryFieldsAreNull() {
        RemoteRecord r = new RemoteRecord(REMOTE_ID, Map.of("candidateId", CANDIDATE_ID, "jobId", JOB_ID), null, null);
        r.put(ApplicationMapper.DETAILS, Fixtures.json("mapping/applications/application.json"));

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.outcome()).isEqualTo("DECLINED");
        assertThat(a.rejectionReasonName()).isEqualTo("Not enough experience");
        assertThat(a.rejectedAt()).isNull();
        assertThat(a.remoteCreatedAt()).isNull();
        assertThat(a.remoteUpdatedAt()).isNull();
        assertThat(a.customFields()).isEmpty();
        assertThat(a.integrationFields()).isEmpty();
    }

    @Test
    void missingStatusGivesNullOutcomeAndStage() {
        RemoteRecord r = application();
        ((ObjectNode) r.get(ApplicationMapper.DETAILS)).remove("status");

        Application a = mapper.toUnified(r, ctx);
        assertThat(a.outcome()).isNull();
        assertThat(a.currentStageId()).isNull();
        assertThat(a.rejectedAt()).isNull();
        assertThat(a.jobId()).isEqualTo("HyPeyhx3Nc3QCLturYnMs9au");
    }

    @Test
    void aNonHttpUrlIsNotARemoteUrl() {
        RemoteRecord r = application();
        ((ObjectNode) r.get(ApplicationMapper.DETAILS)).put("url", "/candidates/x/jobs/y");

        assertThat(mapper.toUnified(r, ctx).remoteUrl()).isNull();
    }

    @Test
    void serialisesWithKomboFieldNames() {
        JsonNode json = Json.read(Json.write(mapper.toUnified(application(), ctx)));

        assertThat(json.fieldNames()).toIterable().contains("id", "remote_id", "outcome", "rejection_reason_name",
                "rejected_at", "current_stage_id", "job_id", "candidate_id", "custom_fields", "integration_fields",
                "remote_created_at", "remote_updated_at");
        assertThat(json.path("rejected_at").asText()).isEqualTo("2024-03-05T14:02:11.000Z");
        assertThat(json.path("outcome").asText()).isEqualTo("DECLINED");
        assertThat(json.path("custom_fields").path("notice_period").asText()).isEqualTo("1 month");
    }
}
