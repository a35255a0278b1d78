package io.srconnector.sandbox.fault;

import java.time.Duration;

/**
 * What the sandbox's fault mode injects into SmartRecruiters API answers (never into {@code /_sandbox/} admin
 * calls or the public Posting API). Each share is the probability, per request, of that fault; they are drawn in
 * this order and at most one applies.
 *
 * @param share429         answer {@code 429 RATE_LIMIT_EXCEEDED} (as SmartRecruiters' limiter does)
 * @param share500         answer {@code 500 INTERNAL_ERROR}
 * @param shareDropped     close the connection without any answer
 * @param shareSlow        answer normally but only after {@code slowDelay}
 * @param slowDelay        delay of a slow answer
 * @param tokenExpiryAfter after this many authenticated requests, the credential presented on the next one expires:
 *                         it and every later request with the same key or token answer
 *                         {@code 401 PERMISSION_DENIED "access token expired"} (0 = never)
 * @param seed             seed of the draws, so a run's faults are reproducible for a given request order
 */
public record FaultSettings(double share429, double share500, double shareDropped, double shareSlow,
                            Duration slowDelay, int tokenExpiryAfter, long seed) {

    public FaultSettings {
        for (double s : new double[]{share429, share500, shareDropped, shareSlow}) {
            if (s < 0 || s > 1) {
                throw new IllegalArgumentException("fault shares must be within 0..1");
            }
        }
        if (share429 + share500 + shareDropped + shareSlow > 1) {
            throw new IllegalArgumentException("fault shares add up to more than 1");
        }
        slowDelay = slowDelay == null ? Duration.ZERO : slowDelay;
        if (tokenExpiryAfter < 0) {
            throw new IllegalArgumentException("tokenExpiryAfter must be >= 0");
        }
    }

    /** No faults. */
    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, Duration.ZERO, 0, 1);
    }

    /** Whether any fault is configured. */
    public boolean active() {
        return share429 + share500 + shareDropped + shareSlow > 0 || tokenExpiryAfter > 0;
    }
}
