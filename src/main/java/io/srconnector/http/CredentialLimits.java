package io.srconnector.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
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
        RateLimiter rate = null;
        if (settings.getRequestsPerSecond() > 0) {
            rate = RateLimiter.of("sr-rate-" + key, RateLimiterConfig.custom()
                    .limitForPeriod(settings.getRequestsPerSecond())
                    .limitRefreshPeriod(Duration.ofSeconds(1))
                    .timeoutDuration(settings.getPermitTimeout())
                    .build());
        }
        Bulkhead all = Bulkhead.of("sr-concurrency-" + key, BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, settings.getMaxConcurrent()))
                .maxWaitDuration(settings.getPermitTimeout())
                .build());
        Bulkhead candidateList = Bulkhead.of("sr-candidate-list-" + key, BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, settings.getMaxConcurrentCandidateList()))
                .maxWaitDuration(settings.getPermitTimeout())
                .fairCallHandlingStrategyEnabled(true)
                .build());
        return new Limits(rate, all, candidateList);
    }

    /** Limits of one credential. */
    public record Limits(RateLimiter rate, Bulkhead concurrency, Bulkhead candidateList) {

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
                if (rate != null && !rate.acquirePermission()) {
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

        /** SmartRecruiters said the budget is spent ({@code X-RateLimit-Remaining: 0}): use no more of this second. */
        public void drain() {
            if (rate instanceof AtomicRateLimiter atomic) {
                atomic.drainPermissions();
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
