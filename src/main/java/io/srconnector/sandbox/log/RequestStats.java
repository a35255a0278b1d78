package io.srconnector.sandbox.log;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of SR API traffic: total, per route template, per status, 401s and 429s. Thread-safe. */
public final class RequestStats {

    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

    /** Counts one request. */
    public void count(String routeKey, int status) {
        total.increment();
        byRoute.computeIfAbsent(routeKey == null ? "UNMATCHED" : routeKey, k -> new LongAdder()).increment();
        byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    public long total() {
        return total.sum();
    }

    /** Requests answered with 429. */
    public long tooManyRequests() {
        return status(429);
    }

    /** Requests answered with 401. */
    public long unauthorized() {
        return status(401);
    }

    /** Requests answered with the given status. */
    public long status(int status) {
        LongAdder a = byStatus.get(status);
        return a == null ? 0 : a.sum();
    }

    /** Requests per route key (e.g. {@code GET /candidates/{id}}), sorted. */
    public Map<String, Long> perRoute() {
        Map<String, Long> m = new TreeMap<>();
        byRoute.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    /** Requests per status, sorted. */
    public Map<Integer, Long> perStatus() {
        Map<Integer, Long> m = new TreeMap<>();
        byStatus.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    /** Requests for one route key. */
    public long route(String routeKey) {
        LongAdder a = byRoute.get(routeKey);
        return a == null ? 0 : a.sum();
    }

    /** Resets every counter. */
    public void reset() {
        total.reset();
        byRoute.clear();
        byStatus.clear();
    }
}
