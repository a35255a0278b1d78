package io.srconnector.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rate limiter and two concurrency limiters per SmartRecruiters credential, shared by every route of this JVM
 * (syncs, write actions, passthrough): {@code requestsPerSecond} requests per second, {@code maxConcurrent} requests
 * in flight, and {@code maxConcurrentCandidateList} concurrent {@code GET /candidates} (SmartRecruiters rate-limiting
 * docs; failure case FC-04). Built on resilience4j's RateLimiter and Bulkhead.
 */
@Component
public class CredentialLimits {
    /** Added to the one-second window, so jitter between our clock and SmartRecruiters' never makes 11 in a second. */
    static final Duration JITTER_MARGIN = Duration.ofMillis(50);
    private final RequesterSettings settings;
    private final Map<String, Limits> byCredential = new ConcurrentHashMap<>();

    public CredentialLimits(RequesterSettings settings) {
        this.settings = settings;
    }

    /** The limits of one credential (created on first use). */
    public Limits forCredential(String limiterKey) {
        return byCredential.computeIfAbsent(limiterKey, this::create);
    }

    private Limits create(String key) {
        // SmartRecruiters counts requests in a sliding second: a fixed-cycle limiter (resilience4j's) would let N
        // through at the end of one cycle and N more at the start of the next.
        SlidingWindowLimiter rate = settings.getRequestsPerSecond() > 0
                ? new SlidingWindowLimiter(settings.getRequestsPerSecond(), Duration.ofSeconds(1).plus(JITTER_MARGIN))
                : null;
        Bulkhead all = Bulkhead.of("sr-concurrency-" + key, BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, settings.getMaxConcurrent()))
                .maxWaitDuration(settings.getPermitTimeout())
                .build());
        Bulkhead candidateList = Bulkhead.of("sr-candidate-list-" + key, BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, settings.getMaxConcurrentCandidateList()))
                .maxWaitDuration(settings.getPermitTimeout())
                .fairCallHandlingStrategyEnabled(true)
                .build());
        return new Limits(rate, all, candidateList, settings.getPermitTimeout());
    }

    /**
     * Limits of one credential.
     *
     * @param rate          requests per sliding second, or null when unlimited
     * @param permitTimeout how long to wait for a rate permit
     */
    public record Limits(SlidingWindowLimiter rate, Bulkhead concurrency, Bulkhead candidateList,
                         Duration permitTimeout) {

        /**
         * Waits for every permit the request needs, in a fixed order (list concurrency, concurrency, rate).
         *
         * @return a handle that releases the concurrency permits
         * @throws SrRateLimitedException when a permit is not granted within the permit timeout
         */
        public Permit acquire(boolean candidateListCall, String method, String path) {
            boolean listHeld = false;
            boolean allHeld = false;
            try {
                if (candidateListCall) {
                    candidateList.acquirePermission();
                    listHeld = true;
                }
                concurrency.acquirePermission();
                allHeld = true;
                if (rate != null && !acquireRate()) {
                    throw new SrRateLimitedException(0, "LOCAL_RATE_LIMIT",
                            "Timed out waiting for a SmartRecruiters rate-limit permit", method, path, null, null);
                }
                boolean list = listHeld;
                return () -> {
                    concurrency.onComplete();
                    if (list) {
                        candidateList.onComplete();
                    }
                };
            } catch (io.github.resilience4j.bulkhead.BulkheadFullException e) {
                if (allHeld) {
                    concurrency.onComplete();
                }
                if (listHeld) {
                    candidateList.onComplete();
                }
                throw new SrRateLimitedException(0, "LOCAL_CONCURRENCY_LIMIT",
                        "Timed out waiting for a SmartRecruiters concurrency permit", method, path, null, e);
            } catch (RuntimeException e) {
                if (allHeld) {
                    concurrency.onComplete();
                }
                if (listHeld) {
                    candidateList.onComplete();
                }
                throw e;
            }
        }

        /**
         * SmartRecruiters said the budget is spent ({@code X-RateLimit-Remaining: 0}): start no request for the next
         * window.
         */
        public void drain() {
            if (rate != null) {
                rate.drain();
            }
        }

        private boolean acquireRate() {
            try {
                return rate.acquire(permitTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the SmartRecruiters budget", e);
            }
        }
    }

    /** Releases the concurrency permits of one request. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
