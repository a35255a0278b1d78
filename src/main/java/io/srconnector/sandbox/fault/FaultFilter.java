package io.srconnector.sandbox.fault;

import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorBodies;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The sandbox's fault mode: a pipeline filter (after authentication, rate limits and permissions) that makes a
 * configurable share of SmartRecruiters API requests fail the ways real ones do — {@code 429}, {@code 500}, slow
 * answers, dropped connections — and lets a credential expire in the middle of a run ({@link FaultSettings}); plus
 * targeted {@link FaultRule}s for tests. Configured at start ({@code sandbox.fault.*}) and changeable while the sandbox
 * runs ({@link #configure}, {@link #addRule}, {@link #clear}). Counts every injected fault ({@link #injected}).
 * Requests to routes without SmartRecruiters authentication ({@code /_sandbox/}, public Posting API) are never
 * faulted.
 */
public final class FaultFilter implements SandboxFilter {
    private volatile FaultSettings settings;
    private Random random;
    private final CopyOnWriteArrayList<RuleState> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger authenticated = new AtomicInteger();
    private final Set<String> expiredSecrets = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();
    private volatile Consumer<Credential> onTokenExpired = c -> { };

    public FaultFilter(FaultSettings settings) {
        configure(settings);
    }

    /** Replaces the random faults (and restarts their draws and the token-expiry count); rules stay. */
    public synchronized void configure(FaultSettings s) {
        this.settings = s == null ? FaultSettings.none() : s;
        this.random = new Random(this.settings.seed());
        authenticated.set(0);
    }

    /** Adds a targeted fault. */
    public void addRule(FaultRule rule) {
        rules.add(new RuleState(rule));
    }

    /** No faults any more: random faults off, rules and expired credentials forgotten, counters kept. */
    public synchronized void clear() {
        configure(FaultSettings.none());
        rules.clear();
        expiredSecrets.clear();
    }

    /** Called (once per credential) when a credential expires, e.g. to issue a new token as a refresh would. */
    public void onTokenExpired(Consumer<Credential> callback) {
        this.onTokenExpired = callback == null ? c -> { } : callback;
    }

    /** The current random-fault settings. */
    public FaultSettings settings() {
        return settings;
    }

    /** Faults injected so far by kind: {@code 429}, {@code 500}, {@code dropped}, {@code slow}, {@code expired}, {@code rule}. */
    public Map<String, Long> injected() {
        Map<String, Long> out = new java.util.TreeMap<>();
        injected.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Resets the counters of {@link #injected}. */
    public void resetCounters() {
        injected.clear();
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        Credential credential = request.credential();
        if (request.route() == null || !request.route().area().authenticated() || credential == null) {
            return next.proceed(request);
        }
        if (expiredSecrets.contains(credential.secret())) {
            count("expired");
            throw new ApiException(401, "PERMISSION_DENIED", "Access denied", "access token expired");
        }
        FaultSettings s = settings;
        if (s.tokenExpiryAfter() > 0 && authenticated.incrementAndGet() == s.tokenExpiryAfter() + 1) {
            expiredSecrets.add(credential.secret());
            count("expired");
            onTokenExpired.accept(credential);
            throw new ApiException(401, "PERMISSION_DENIED", "Access denied", "access token expired");
        }
        for (RuleState r : rules) {
            Integer status = r.fire(request.route().key());
            if (status != null) {
                count("rule");
                return fault(request, status);
            }
        }
        double draw;
        synchronized (this) {
            draw = random.nextDouble();
        }
        if (draw < s.share429()) {
            count("429");
            return fault(request, 429);
        }
        draw -= s.share429();
        if (draw < s.share500()) {
            count("500");
            return fault(request, 500);
        }
        draw -= s.share500();
        if (draw < s.shareDropped()) {
            count("dropped");
            return SandboxResponse.droppedConnection();
        }
        draw -= s.shareDropped();
        if (draw < s.shareSlow()) {
            count("slow");
            try {
                Thread.sleep(s.slowDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return next.proceed(request);
    }

    private static SandboxResponse fault(SandboxRequest request, int status) {
        return switch (status) {
            case 0 -> SandboxResponse.droppedConnection();
            case 429 -> ErrorBodies.response(request.errorStyle(), request.sequence(),
                    new ApiException(429, "RATE_LIMIT_EXCEEDED", "Too many requests", "fault mode"));
            default -> ErrorBodies.response(request.errorStyle(), request.sequence(),
                    new ApiException(status, "INTERNAL_ERROR", "Internal error", "fault mode"));
        };
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** A rule with its counters. */
    private static final class RuleState {
        private final FaultRule rule;
        private final AtomicInteger seen = new AtomicInteger();
        private final AtomicInteger fired = new AtomicInteger();

        RuleState(FaultRule rule) {
            this.rule = rule;
        }

        /** The fault status for this request, or null when it passes. */
        Integer fire(String routeKey) {
            if (!rule.routeKey().equals(routeKey) || seen.incrementAndGet() <= rule.passFirst()) {
                return null;
            }
            if (rule.times() >= 0 && fired.incrementAndGet() > rule.times()) {
                return null;
            }
            return rule.status();
        }
    }
}
