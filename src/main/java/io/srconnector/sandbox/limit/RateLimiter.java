package io.srconnector.sandbox.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Per-credential rate and concurrency limiter (D-rate): a sliding window of requests per second and
 * concurrency permits, with per-route overrides (1 concurrent {@code GET /candidates}). Every credential is
 * its own "API user" with its own budget.
 */
public final class RateLimiter {

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Map<String, Map<String, SlidingWindow>> windows = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Semaphore>> permits = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();

    /** Limiter reading time from {@link System#nanoTime()}. */
    public RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    /** Limiter with an explicit time source (tests). */
    public RateLimiter(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    public RateLimitSettings settings() {
        return settings;
    }

    /** Number of requests answered with 429 so far. */
    public long rejectedCount() {
        return rejected.get();
    }

    /**
     * Tries to admit one request of {@code credentialId} on route {@code routeKey}. The caller must call
     * {@link Admission#release()} when the request is done (also when it was rejected: it is a no-op then).
     */
    public Admission acquire(String credentialId, String routeKey) {
        boolean enforce = settings.enabled();
        Integer routeConcurrency = settings.concurrencyOverrides().get(routeKey);
        Semaphore global = semaphore(credentialId, "*", settings.concurrent());
        Semaphore route = routeConcurrency == null ? null : semaphore(credentialId, routeKey, routeConcurrency);
        int concurrencyLimit = route != null ? routeConcurrency : settings.concurrent();

        boolean gotGlobal = global.tryAcquire();
        boolean gotRoute = route == null || route.tryAcquire();
        if (enforce && (!gotGlobal || !gotRoute)) {
            releaseIf(global, gotGlobal);
            releaseIf(route, route != null && gotRoute);
            rejected.incrementAndGet();
            SlidingWindow w = window(credentialId, routeKey);
            return new Admission(false, Admission.Reason.CONCURRENCY, w.limit(), Math.max(0, w.remaining(nanoTime.getAsLong())),
                    concurrencyLimit, 0, null, null);
        }
        SlidingWindow w = window(credentialId, routeKey);
        int remaining = w.tryAcquire(nanoTime.getAsLong(), enforce);
        if (remaining < 0) {
            releaseIf(global, gotGlobal);
            releaseIf(route, route != null && gotRoute);
            rejected.incrementAndGet();
            int concRemaining = (route != null ? route : global).availablePermits();
            return new Admission(false, Admission.Reason.RATE, w.limit(), 0, concurrencyLimit, concRemaining, null, null);
        }
        Semaphore tighter = route != null ? route : global;
        int concurrentRemaining = Math.max(0, tighter.availablePermits());
        return new Admission(true, null, w.limit(), remaining, concurrencyLimit, concurrentRemaining,
                gotGlobal ? global : null, route != null && gotRoute ? route : null);
    }

    private SlidingWindow window(String credentialId, String routeKey) {
        Integer override = settings.rateOverrides().get(routeKey);
        String key = override == null ? "*" : routeKey;
        int limit = override == null ? settings.requestsPerWindow() : override;
        return windows.computeIfAbsent(credentialId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new SlidingWindow(limit, settings.window().toNanos()));
    }

    private Semaphore semaphore(String credentialId, String key, int limit) {
        return permits.computeIfAbsent(credentialId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new Semaphore(limit));
    }

    private static void releaseIf(Semaphore s, boolean held) {
        if (s != null && held) {
            s.release();
        }
    }

    /** Outcome of {@link #acquire}: admitted or not, plus the values for the {@code X-RateLimit-*} headers. */
    public static final class Admission {

        /** Why a request was rejected. */
        public enum Reason { RATE, CONCURRENCY }

        private final boolean admitted;
        private final Reason reason;
        private final int limit;
        private final int remaining;
        private final int concurrentLimit;
        private final int concurrentRemaining;
        private Semaphore global;
        private Semaphore route;

        Admission(boolean admitted, Reason reason, int limit, int remaining, int concurrentLimit, int concurrentRemaining,
                  Semaphore global, Semaphore route) {
            this.admitted = admitted;
            this.reason = reason;
            this.limit = limit;
            this.remaining = remaining;
            this.concurrentLimit = concurrentLimit;
            this.concurrentRemaining = concurrentRemaining;
            this.global = global;
            this.route = route;
        }

        public boolean admitted() {
            return admitted;
        }

        public Reason reason() {
            return reason;
        }

        public int limit() {
            return limit;
        }

        public int remaining() {
            return remaining;
        }

        public int concurrentLimit() {
            return concurrentLimit;
        }

        public int concurrentRemaining() {
            return concurrentRemaining;
        }

        /** Frees the concurrency permits held by an admitted request; idempotent. */
        public synchronized void release() {
            releaseIf(global, global != null);
            releaseIf(route, route != null);
            global = null;
            route = null;
        }
    }
}
