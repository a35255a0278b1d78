package io.srconnector.sync;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UpdatedAfterBound}: an inclusive lower bound sent to a filter that may be strict. */
class UpdatedAfterBoundTest {
    @Test
    void sendsOneMillisecondBeforeTheBoundInSmartRecruitersFormat() {
        assertThat(UpdatedAfterBound.parameter(Instant.parse("2024-05-01T00:00:00Z")))
                .isEqualTo("2024-04-30T23:59:59.999Z");
        assertThat(UpdatedAfterBound.parameter(Instant.parse("2024-05-01T10:20:30.123456Z")))
                .isEqualTo("2024-05-01T10:20:30.122Z");
    }
}
