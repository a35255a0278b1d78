package io.srconnector.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CredentialLimits}: one rate limiter and two bulkheads per credential (FC-04). */
class CredentialLimitsTest {

    private static RequesterSettings settings(int rps, int maxConcurrent, Duration permitTimeout) {
        RequesterSettings s = new RequesterSettings();
        s.setRequestsPerSecond(rps);
        s.setMaxConcurrent(maxConcurrent);
        s.setMaxConcurrentCandidateList(1);
        s.setPermitTimeout(permitTimeout);
        return s;
    }

    @Test
    void defaultsAreSmartRecruitersDocumentedLimits() {
        RequesterSettings s = new RequesterSettings();

        assertThat(s.getRequestsPerSecond()).isEqualTo(10);
        assertThat(s.getMaxConcurrent()).isEqualTo(8);
        assertThat(s.getMaxConcurrentCandidateList()).isEqualTo(1);
        assertThat(s.getMaxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        CredentialLimits.Limits l = new CredentialLimits(s).forCredential("k");
        // 10 per sliding second (plus a 50 ms jitter margin), as SmartRecruiters counts them
        assertThat(l.rate().limit()).isEqualTo(10);
        assertThat(l.rate().window()).isEqualTo(Duration.ofMillis(1050));
        assertThat(l.concurrency().getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(8);
        assertThat(l.candidateList().getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(1);
    }

    @Test
    void oneSetOfLimitsPerCredentialKey() {
        CredentialLimits limits = new CredentialLimits(new RequesterSettings());

        assertThat(limits.forCredential("cred-a")).isSameAs(limits.forCredential("cred-a"));
        assertThat(limits.forCredential("cred-a")).isNotSameAs(limits.forCredential("cred-b"));
    }

    @Test
    void zeroRequestsPerSecondMeansNoRateLimiter() {
        assertThat(new CredentialLimits(settings(0, 8, Duration.ofSeconds(1))).forCredential("k").rate()).isNull();
    }

    @Test
    void aPermitHoldsAndReleasesTheConcurrencySlots() {
        CredentialLimits.Limits l = new CredentialLimits(settings(0, 3, Duration.ofMillis(50))).forCredential("k");

        CredentialLimits.Permit list = l.acquire(true, "GET", "/candidates");
        CredentialLimits.Permit other = l.acquire(false, "GET", "/jobs");
        assertThat(l.concurrency().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
        assertThat(l.candidateList().getMetrics().getAvailableConcurrentCalls()).isZero();

        list.close();
        other.close();
        assertThat(l.concurrency().getMetrics().getAvailableConcurrentCalls()).isEqualTo(3);
        assertThat(l.candidateList().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    /** FC-04: a second concurrent GET /candidates waits; past the permit timeout it fails as locally rate limited. */
    @Test
    void aSecondCandidateListCallWaitsAndTimesOutAsLocalConcurrencyLimit() {
        CredentialLimits.Limits l = new CredentialLimits(settings(0, 8, Duration.ofMillis(100))).forCredential("k");
        CredentialLimits.Permit first = l.acquire(true, "GET", "/candidates");

        assertThatThrownBy(() -> l.acquire(true, "GET", "/candidates"))
                .isInstanceOfSatisfying(SrRateLimitedException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.code()).isEqualTo("LOCAL_CONCURRENCY_LIMIT");
                    assertThat(e.path()).isEqualTo("/candidates");
                });
        // the failed attempt holds nothing
        assertThat(l.concurrency().getMetrics().getAvailableConcurrentCalls()).isEqualTo(7);
        // other calls still pass
        l.acquire(false, "GET", "/jobs").close();
        first.close();
        l.acquire(true, "GET", "/candidates").close();
    }

    @Test
    void aWaitingCandidateListCallProceedsWhenTheFirstEnds() throws Exception {
        CredentialLimits.Limits l = new CredentialLimits(settings(0, 8, Duration.ofSeconds(5))).forCredential("k");
        CredentialLimits.Permit first = l.acquire(true, "GET", "/candidates");

        CompletableFuture<CredentialLimits.Permit> second =
                CompletableFuture.supplyAsync(() -> l.acquire(true, "GET", "/candidates"));
        assertThat(second).isNotDone();
        first.close();
        second.get(5, TimeUnit.SECONDS).close();
        assertThat(l.candidateList().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    /** A rate-permit timeout releases the concurrency slots it had taken. */
    @Test
    void aRatePermitTimeoutReleasesTheConcurrencySlots() {
        CredentialLimits.Limits l = new CredentialLimits(settings(1, 2, Duration.ofMillis(50))).forCredential("k");
        l.acquire(true, "GET", "/candidates").close();

        assertThatThrownBy(() -> l.acquire(true, "GET", "/candidates"))
                .isInstanceOfSatisfying(SrRateLimitedException.class,
                        e -> assertThat(e.code()).isEqualTo("LOCAL_RATE_LIMIT"));
        assertThat(l.concurrency().getMetrics().getAvailableConcurrentCalls()).isEqualTo(2);
        assertThat(l.candidateList().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    /** FC-04: 25 permits at 10 per second take two refresh periods. */
    @Test
    void theRateLimiterSpreads25PermitsOverMoreThanTwoSeconds() {
        CredentialLimits.Limits l = new CredentialLimits(settings(10, 8, Duration.ofSeconds(10))).forCredential("k");

        long start = System.nanoTime();
        for (int i = 0; i < 25; i++) {
            l.acquire(false, "GET", "/jobs").close();
        }
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(elapsedMs).isGreaterThanOrEqualTo(1900L).isLessThan(5000L);
    }

    /** X-RateLimit-Remaining: 0: drain() leaves no permit in the current period. */
    @Test
    void drainPausesTheCredentialForOneSecond() {
        CredentialLimits.Limits l = new CredentialLimits(settings(10, 8, Duration.ofSeconds(5))).forCredential("k");
        l.acquire(false, "GET", "/jobs").close();

        l.drain();
        long start = System.nanoTime();
        l.acquire(false, "GET", "/jobs").close();
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(waitedMs).isBetween(900L, 2_000L);
    }

    @Test
    void drainWithoutRateLimiterIsHarmless() {
        CredentialLimits.Limits l = new CredentialLimits(settings(0, 8, Duration.ofMillis(20))).forCredential("k");

        l.drain();
        l.acquire(false, "GET", "/jobs").close();
        assertThat(l.concurrency().getMetrics().getAvailableConcurrentCalls()).isEqualTo(8);
    }
}
