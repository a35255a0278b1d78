package io.srconnector.sandbox.limit;

import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorBodies;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

/**
 * Applies the {@link RateLimiter} to authenticated requests and adds SR's four headers
 * ({@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Concurrent-Limit}, {@code -Concurrent-Remaining}) to
 * every authenticated response (D-rate). Over a limit → 429 with an SR error body (its shape is undocumented
 * for the Customer API; the sandbox uses {@code ErrorResponse} with code {@code RATE_LIMIT_EXCEEDED}) and,
 * only when configured, {@code Retry-After}.
 */
public final class RateLimitFilter implements SandboxFilter {

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        if (request.credential() == null) {
            return next.proceed(request);
        }
        RateLimiter.Admission admission = limiter.acquire(request.credential().id(), request.route().key());
        SandboxResponse response;
        if (!admission.admitted()) {
            String detail = admission.reason() == RateLimiter.Admission.Reason.RATE
                    ? "request rate limit of " + admission.limit() + " per second exceeded"
                    : "concurrent request limit of " + admission.concurrentLimit() + " exceeded";
            response = ErrorBodies.response(request.errorStyle(), request.sequence(),
                    new ApiException(429, "RATE_LIMIT_EXCEEDED", "Too many requests", detail));
            if (limiter.settings().sendRetryAfter()) {
                response.header("Retry-After", Integer.toString(limiter.settings().retryAfterSeconds()));
            }
        } else {
            try {
                response = next.proceed(request);
            } finally {
                admission.release();
            }
        }
        return response
                .header("X-RateLimit-Limit", Integer.toString(admission.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(admission.remaining()))
                .header("X-RateLimit-Concurrent-Limit", Integer.toString(admission.concurrentLimit()))
                .header("X-RateLimit-Concurrent-Remaining", Integer.toString(admission.concurrentRemaining()));
    }
}
