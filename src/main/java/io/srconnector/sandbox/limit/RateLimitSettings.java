package io.srconnector.sandbox.limit;

import java.time.Duration;
import java.util.Map;

/**
 * SmartRecruiters' per-credential limits (D-rate, smartrecruiters-api.md §7): 10 requests per second,
 * 8 concurrent requests, and 1 concurrent {@code GET /candidates}.
 *
 * @param enabled              enforce the limits (headers are sent either way)
 * @param requestsPerWindow    requests admitted per window and credential (SR: 10)
 * @param window               sliding window length (SR: 1 s)
 * @param concurrent           concurrent requests per credential (SR: 8)
 * @param concurrencyOverrides tighter concurrency per route key, e.g. {@code "GET /candidates" -> 1}
 * @param rateOverrides        other request rates per route key (SR: 2/s on publication endpoints; none served yet)
 * @param sendRetryAfter       add {@code Retry-After} to 429s (not documented by SR, so off by default)
 * @param retryAfterSeconds    value of {@code Retry-After}
 */
public record RateLimitSettings(boolean enabled, int requestsPerWindow, Duration window, int concurrent,
                                Map<String, Integer> concurrencyOverrides, Map<String, Integer> rateOverrides,
                                boolean sendRetryAfter, int retryAfterSeconds) {

    /** Route key of the candidate list, the one endpoint SR limits to 1 concurrent request. */
    public static final String LIST_CANDIDATES = "GET /candidates";

    public RateLimitSettings {
        if (requestsPerWindow < 1 || concurrent < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        concurrencyOverrides = Map.copyOf(concurrencyOverrides);
        rateOverrides = Map.copyOf(rateOverrides);
    }

    /** SR's documented limits, enforced, without {@code Retry-After}. */
    public static RateLimitSettings smartRecruitersDefaults() {
        return new RateLimitSettings(true, 10, Duration.ofSeconds(1), 8, Map.of(LIST_CANDIDATES, 1), Map.of(), false, 1);
    }

    /** Copy with enforcement switched on or off. */
    public RateLimitSettings withEnabled(boolean on) {
        return new RateLimitSettings(on, requestsPerWindow, window, concurrent, concurrencyOverrides, rateOverrides,
                sendRetryAfter, retryAfterSeconds);
    }

    /** Copy with another request rate and concurrency. */
    public RateLimitSettings withLimits(int perWindow, int concurrency) {
        return new RateLimitSettings(enabled, perWindow, window, concurrency, concurrencyOverrides, rateOverrides,
                sendRetryAfter, retryAfterSeconds);
    }

    /** Copy with another concurrency limit for {@code GET /candidates}. */
    public RateLimitSettings withCandidateListConcurrency(int limit) {
        java.util.Map<String, Integer> m = new java.util.HashMap<>(concurrencyOverrides);
        m.put(LIST_CANDIDATES, limit);
        return new RateLimitSettings(enabled, requestsPerWindow, window, concurrent, m, rateOverrides,
                sendRetryAfter, retryAfterSeconds);
    }

    /** Copy sending {@code Retry-After: seconds} on 429 (or not, when seconds &lt; 0). */
    public RateLimitSettings withRetryAfter(int seconds) {
        return new RateLimitSettings(enabled, requestsPerWindow, window, concurrent, concurrencyOverrides, rateOverrides,
                seconds >= 0, Math.max(seconds, 0));
    }
}
