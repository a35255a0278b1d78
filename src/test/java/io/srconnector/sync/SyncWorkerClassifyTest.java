package io.srconnector.sync;

import io.srconnector.http.SrClientException;
import io.srconnector.http.SrPermissionDeniedException;
import io.srconnector.http.SrRateLimitedException;
import io.srconnector.http.SrServerException;
import io.srconnector.http.SrTransportException;
import io.srconnector.http.SrUnauthorizedException;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link SyncWorker} reports a model's failure and whether it tries the model again from its checkpoint:
 * transient SmartRecruiters failures are retried, a permission problem and bad requests are not (FC-03, FC-10).
 */
class SyncWorkerClassifyTest {
    @Test
    void transientFailuresAreRetriedOthersAreNot() {
        assertThat(classify(new SrRateLimitedException(429, "RATE_LIMIT_EXCEEDED", "m", "GET", "/jobs", null, null)))
                .isEqualTo(SyncWorker.Failure.RATE_LIMITED);
        assertThat(classify(new SrServerException(503, null, "m", "GET", "/jobs", null, null)))
                .isEqualTo(SyncWorker.Failure.REMOTE_UNAVAILABLE);
        assertThat(classify(new SrTransportException(0, null, "m", "GET", "/jobs", null, null)))
                .isEqualTo(SyncWorker.Failure.REMOTE_UNAVAILABLE);
        assertThat(classify(new SrUnauthorizedException(401, null, "m", "GET", "/jobs", null, null)))
                .isEqualTo(SyncWorker.Failure.AUTHENTICATION_INVALID);
        assertThat(classify(new SrPermissionDeniedException(403, null, "m", "GET", "/offers", null, null)))
                .isEqualTo(SyncWorker.Failure.PERMISSION_MISSING);
        assertThat(classify(new SrClientException(400, "INVALID_PARAMETER", "m", "GET", "/jobs", null, null)))
                .isEqualTo(SyncWorker.Failure.REMOTE_ERROR);
        assertThat(classify(new IllegalStateException("mapping bug"))).isEqualTo(SyncWorker.Failure.INTERNAL);

        assertThat(SyncWorker.Failure.RATE_LIMITED.transientError).isTrue();
        assertThat(SyncWorker.Failure.REMOTE_UNAVAILABLE.transientError).isTrue();
        assertThat(SyncWorker.Failure.AUTHENTICATION_INVALID.transientError).isTrue();
        assertThat(SyncWorker.Failure.PERMISSION_MISSING.transientError).isFalse();
        assertThat(SyncWorker.Failure.REMOTE_ERROR.transientError).isFalse();
        assertThat(SyncWorker.Failure.INTERNAL.transientError).isFalse();
    }

    /** Failures arrive wrapped by Camel. */
    private static SyncWorker.Failure classify(Exception cause) {
        return SyncWorker.classify(new CamelExecutionException("route failed", null, cause));
    }
}
