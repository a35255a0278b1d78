package io.srconnector.mapping;

import io.srconnector.model.JobRole;
import io.srconnector.model.JobUser;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link HiringTeamMapper}, {@link HiringTeamRoles}: field-mapping §14, coverage sheet "Job hiring team members". */
class HiringTeamMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String JOB = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";
    private final MappingContext ctx = new MappingContext(INTEGRATION);

    private List<Mapped<JobUser>> map(String fixture) {
        RemoteRecord job = new RemoteRecord(JOB, Map.of("jobId", JOB), null, null);
        job.put(HiringTeamMapper.HIRING_TEAM, Fixtures.json(fixture));
        return new HiringTeamMapper().toUnified(List.of(job), ctx);
    }

    @Test
    void mapsEveryCoverageField() {
        List<Mapped<JobUser>> rows = map("mapping/hiring-team/hiring-team.json");

        assertThat(rows).hasSize(3);
        JobUser recruiter = rows.get(0).record();
        String jobId = UnifiedIds.of(INTEGRATION, "ats_jobs", JOB);
        String userId = UnifiedIds.of(INTEGRATION, "ats_users", "50fe861de4b00265edec6775");
        assertThat(recruiter.jobId()).isEqualTo(jobId);
        assertThat(recruiter.userId()).isEqualTo(userId);
        assertThat(recruiter.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_join_jobs_users", jobId + ":" + userId));
        assertThat(recruiter.roles()).containsExactly(new JobRole("RECRUITER", "Recruiter", "JOB", "RECRUITER"));
        assertThat(rows.get(1).record().roles()).containsExactly(
                new JobRole("HIRING_MANAGER", "Hiring manager", "JOB", "HIRING_MANAGER"));
        assertThat(rows.get(2).record().roles()).containsExactly(
                new JobRole("INTERVIEW_TEAM", "Interview team", "JOB", "INTERVIEWER"));
        assertThat(rows.get(0).remoteData().path(HiringTeamMapper.HIRING_TEAM).get(0).path("role").asText())
                .isEqualTo("RECRUITER");
    }

    @Test
    void aUserWithSeveralRolesIsOneMemberAndCustomRolesAreKept() {
        List<Mapped<JobUser>> rows = map("mapping/hiring-team/hiring-team-variants.json");

        assertThat(rows).as("the entry without a user id is skipped").hasSize(3);
        assertThat(rows.get(0).record().roles()).containsExactly(
                new JobRole("RECRUITER", "Recruiter", "JOB", "RECRUITER"),
                new JobRole("COORDINATOR", "Coordinator", "JOB", "COORDINATOR"));
        assertThat(rows.get(0).remoteData().path(HiringTeamMapper.HIRING_TEAM)).hasSize(2);
        assertThat(rows.get(1).record().roles()).containsExactly(new JobRole("EXECUTIVE", "Executive", "JOB", null));
        assertThat(rows.get(2).record().roles()).containsExactly(
                new JobRole("Talent sourcer", "Talent sourcer", "JOB", "SOURCER"));
    }

    @Test
    void aJobWithoutTeamHasNoRows() {
        RemoteRecord job = new RemoteRecord(JOB, Map.of("jobId", JOB), null, null);
        assertThat(new HiringTeamMapper().toUnified(List.of(job), ctx)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"RECRUITER, RECRUITER", "HIRING_MANAGER, HIRING_MANAGER",
            "COORDINATOR, COORDINATOR", "INTERVIEW_TEAM, INTERVIEWER", "EXECUTIVE, null", "Talent sourcer, SOURCER",
            "Sourcer, SOURCER", "hiring-manager, HIRING_MANAGER", "Agency partner, null", "'', null"})
    void unifiedRoleTypes(String role, String expected) {
        assertThat(HiringTeamRoles.unifiedType(role)).isEqualTo(expected);
    }
}
