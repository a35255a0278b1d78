package io.srconnector.write.quirks;

import io.srconnector.mapping.CandidateStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Unified stage remote ids map back to SmartRecruiters status and sub-status. */
class StageTargetsTest {

    @Test
    void statusAndSubStatusRoundTrip() {
        for (String status : CandidateStatuses.ORDER) {
            assertThat(StageTargets.fromRemoteId(CandidateStatuses.stageRemoteId(status, null)))
                    .isEqualTo(new StageTargets.Target(status, null));
        }
        assertThat(StageTargets.fromRemoteId(CandidateStatuses.stageRemoteId("INTERVIEW", "Technical interview")))
                .isEqualTo(new StageTargets.Target("INTERVIEW", "Technical interview"));
        assertThat(StageTargets.fromRemoteId("OFFERED|Offer sent | 2")).isEqualTo(new StageTargets.Target("OFFERED", "Offer sent | 2"));
    }

    @Test
    void applicationApiSpellingsAreNormalised() {
        assertThat(StageTargets.fromRemoteId("IN-REVIEW|Phone screen")).isEqualTo(new StageTargets.Target("IN_REVIEW", "Phone screen"));
        assertThat(StageTargets.fromRemoteId("HIRE")).isEqualTo(new StageTargets.Target("HIRED", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BOGUS", "NEW|sub", "HIRED|x", "INTERVIEW|", "' OR 1=1 --"})
    void whatNamesNoStatusIsNull(String remoteId) {
        assertThat(StageTargets.fromRemoteId(remoteId)).isNull();
    }
}
