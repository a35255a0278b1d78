package io.srconnector.sandbox.limit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit test of the sliding window and concurrency permits with a hand-driven clock (D-rate numbers). */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(RateLimitSettings.smartRecruitersDefaults(), nanos::get);

    @Test
    void tenPerSecondSlidingWindow() {
        for (int i = 0; i < 10; i++) {
            RateLimiter.Admission a = limiter.acquire("k", "GET /jobs");
            assertThat(a.admitted()).isTrue();
            assertThat(a.remaining()).isEqualTo(9 - i);
            a.release();
            nanos.addAndGet(10_000_000L);
        }
        RateLimiter.Admission eleventh = limiter.acquire("k", "GET /jobs");
        assertThat(eleventh.admitted()).isFalse();
        assertThat(eleventh.reason()).isEqualTo(RateLimiter.Admission.Reason.RATE);
        assertThat(eleventh.remaining()).isZero();
        assertThat(limiter.acquire("other-credential", "GET /jobs").admitted()).as("budgets are per credential").isTrue();
        nanos.addAndGet(900_000_000L); // the first admission is now exactly 1 s old and leaves the window
        assertThat(limiter.acquire("k", "GET /jobs").admitted()).isTrue();
        assertThat(limiter.acquire("k", "GET /jobs").admitted()).isFalse();
        assertThat(limiter.rejectedCount()).isEqualTo(2);
    }

    @Test
    void eightConcurrentAndOneConcurrentCandidateList() {
        RateLimiter wide = new RateLimiter(RateLimitSettings.smartRecruitersDefaults().withLimits(1000, 8), nanos::get);
        RateLimiter.Admission first = wide.acquire("k", RateLimitSettings.LIST_CANDIDATES);
        assertThat(first.admitted()).isTrue();
        assertThat(first.concurrentLimit()).isEqualTo(1);
        assertThat(first.concurrentRemaining()).isZero();
        RateLimiter.Admission second = wide.acquire("k", RateLimitSettings.LIST_CANDIDATES);
        assertThat(second.admitted()).isFalse();
        assertThat(second.reason()).isEqualTo(RateLimiter.Admission.Reason.CONCURRENCY);
        RateLimiter.Admission[] held = new RateLimiter.Admission[7];
        for (int i = 0; i < 7; i++) {
            held[i] = wide.acquire("k", "GET /candidates/{id}");
            assertThat(held[i].admitted()).isTrue();
        }
        assertThat(held[6].concurrentRemaining()).isZero();
        assertThat(wide.acquire("k", "GET /jobs").admitted()).as("ninth concurrent request").isFalse();
        first.release();
        first.release();
        assertThat(wide.acquire("k", "GET /jobs").admitted()).isTrue();
    }

    @Test
    void disabledLimiterAdmitsEverythingButStillCounts() {
        RateLimiter off = new RateLimiter(RateLimitSettings.smartRecruitersDefaults().withEnabled(false), nanos::get);
        RateLimiter.Admission last = null;
        for (int i = 0; i < 20; i++) {
            last = off.acquire("k", RateLimitSettings.LIST_CANDIDATES);
            assertThat(last.admitted()).isTrue();
        }
        assertThat(last.remaining()).isZero();
        assertThat(off.rejectedCount()).isZero();
    }
}
