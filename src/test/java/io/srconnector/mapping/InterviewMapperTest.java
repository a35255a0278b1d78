package io.srconnector.mapping;

import io.srconnector.model.Interview;
import io.srconnector.model.InterviewUser;
import io.srconnector.model.Location;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.source.ChildRecords;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InterviewMapper}, {@link InterviewUserMapper}: field-mapping §10, §11; coverage sheet "Interviews",
 * "Interviewing team members".
 */
class InterviewMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String CANDIDATE = "5a0f2f4c-9b1e-4d3a-8c7e-2b6d1e9f0a11";
    private static final String JOB = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";
    private static final String LIST = "/interviews-api/v201904/interviews?applicationId={applicationId}";
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    /** The interview records the interviews page route builds from one application's list. */
    private static List<RemoteRecord> interviews(String fixture) {
        RemoteRecord app = new RemoteRecord(CANDIDATE + ":" + JOB,
                Map.of("candidateId", CANDIDATE, "jobId", JOB, "applicationId", "app-1"), null, null);
        app.put(LIST, Fixtures.json(fixture));
        return ChildRecords.children(List.of(app), LIST, "/content", InterviewMapper.ITEM, "interviewId");
    }

    @Test
    void mapsEveryCoverageField() {
        RemoteRecord r = interviews("mapping/interviews/interviews.json").get(0);
        Interview i = new InterviewMapper().toUnified(r, ctx);

        assertThat(i.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_interviews", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"));
        assertThat(i.remoteId()).isEqualTo("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
        assertThat(i.title()).isEqualTo("Technical interview");
        assertThat(i.startingAt()).isEqualTo(Instant.parse("2024-03-04T17:00:00Z"));
        assertThat(i.endingAt()).isEqualTo(Instant.parse("2024-03-04T18:00:00Z"));
        assertThat(i.location()).isEqualTo(new Location(null, null, "Acme HQ, 1st Avenue 100, Seattle", null, null, null, null));
        assertThat(i.applicationId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_applications", CANDIDATE + ":" + JOB));
        assertThat(i.canceled()).isFalse();
        assertThat(i.stageId()).isNull();
        assertThat(i.videoConferencingUrl()).isNull();
        assertThat(i.remoteCreatedAt()).isEqualTo(Instant.parse("2024-03-02T11:00:00Z"));
        assertThat(i.remoteUpdatedAt()).isNull();
        assertThat(r.remoteData().path(InterviewMapper.ITEM).path("organizerId").asText()).isEqualTo("50fe861de4b00265edec6775");
        assertThat(r.remoteData().fieldNames()).toIterable().containsExactly(InterviewMapper.ITEM);
    }

    @Test
    void severalTimeslotsAreSummarisedAndAVideoLinkIsNotALocation() {
        List<RemoteRecord> rs = interviews("mapping/interviews/interviews-variants.json");
        Interview i = new InterviewMapper().toUnified(rs.get(0), ctx);

        assertThat(i.title()).as("earliest timeslot, no title: its type").isEqualTo("Phone");
        assertThat(i.startingAt()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(i.endingAt()).isEqualTo(Instant.parse("2024-03-06T10:30:00Z"));
        assertThat(i.location().raw()).isEqualTo("Phone call");
        assertThat(i.videoConferencingUrl()).isEqualTo("https://meet.example.com/12345678");
    }

    @Test
    void anInterviewWithoutTimeslotsOrReferencesUsesItsApplication() {
        Interview i = new InterviewMapper().toUnified(interviews("mapping/interviews/interviews-variants.json").get(1), ctx);
        assertThat(i.remoteId()).isEqualTo("e1000000-0000-4000-8000-000000000002");
        assertThat(i.applicationId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_applications", CANDIDATE + ":" + JOB));
        assertThat(i.title()).isNull();
        assertThat(i.startingAt()).isNull();
        assertThat(i.endingAt()).isNull();
        assertThat(i.location()).isNull();
        assertThat(i.videoConferencingUrl()).isNull();
        assertThat(i.remoteCreatedAt()).isNull();
    }

    @Test
    void interviewersAreTheDistinctUsersOfAllTimeslots() {
        List<RemoteRecord> rs = interviews("mapping/interviews/interviews-variants.json");
        List<Mapped<InterviewUser>> rows = new InterviewUserMapper().toUnified(rs, ctx);

        String interview = UnifiedIds.of(INTEGRATION, "ats_interviews", "e1000000-0000-4000-8000-000000000001");
        String u1 = UnifiedIds.of(INTEGRATION, "ats_users", "5f1a2b3c4d5e6f7a8b9c0d1e");
        String u2 = UnifiedIds.of(INTEGRATION, "ats_users", "50fe861de4b00265edec6775");
        assertThat(rows).extracting(m -> m.record().userId()).containsExactly(u1, u2);
        assertThat(rows).extracting(m -> m.record().interviewId()).containsOnly(interview);
        assertThat(rows.get(0).record().id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_join_interviews_users", interview + ":" + u1));
        assertThat(new InterviewUserMapper().toUnified(interviews("mapping/interviews/interviews.json"), ctx)).hasSize(2);
    }
}
