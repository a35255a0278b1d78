package io.srconnector.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.srconnector.sync.ModelStats;
import io.srconnector.sync.SyncListeners;
import io.srconnector.sync.SyncRun;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The connector's own Prometheus metrics (Micrometer; served at {@code /actuator/prometheus}). Each number is taken
 * where it already exists, once:
 * <ul>
 *   <li>{@code srconnector_sync_records_total{integration,model,operation}} (fetched, inserted, updated, deleted) and
 *       {@code srconnector_sync_duration_seconds{integration,type,status}}: when a run ends, from its per-model
 *       counters ({@link ModelStats}, the same numbers {@code sync_runs.models} holds). A run interrupted and resumed
 *       elsewhere is counted once, by the node that ends it;</li>
 *   <li>{@code srconnector_smartrecruiters_calls_total{integration,endpoint,status}} and
 *       {@code srconnector_smartrecruiters_rate_limited_total{integration}}: per HTTP attempt, by the requester;</li>
 *   <li>{@code srconnector_write_actions_total{action,outcome}}: per write action request, by
 *       {@link WriteActionMetrics}.</li>
 * </ul>
 * Tags never carry record ids or paths with ids: {@code endpoint} is the first segment of the SmartRecruiters path,
 * from a fixed list.
 */
@Component
public class ConnectorMetrics implements SyncListeners.SyncListener {
    /** Operations counted per model and integration. */
    public static final List<String> OPERATIONS = List.of("fetched", "inserted", "updated", "deleted");
    /** SmartRecruiters path families used as the {@code endpoint} tag; anything else is {@code other}. */
    static final Set<String> ENDPOINTS = Set.of("candidates", "jobs", "postings", "configuration", "offers",
            "messages", "identity", "user-api", "interviews-api", "users", "reports");
    private static final String NONE = "none";

    private final MeterRegistry registry;

    public ConnectorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A run ended: adds every model's counts and records the run's duration. */
    @Override
    public void syncFinished(SyncRun run, String status, List<String> errors) {
        run.models().forEach((model, s) -> {
            long[] values = {s.fetched(), s.inserted(), s.updated(), s.deleted()};
            for (int i = 0; i < values.length; i++) {
                Counter.builder("srconnector.sync.records")
                        .description("Records per model and integration: fetched from SmartRecruiters, inserted, "
                                + "updated or marked deleted in PostgreSQL, counted when the run ends")
                        .tag("integration", run.integrationId()).tag("model", model)
                        .tag("operation", OPERATIONS.get(i))
                        .register(registry).increment(values[i]);
            }
        });
        Timer.builder("srconnector.sync.duration")
                .description("Duration of sync runs from start to end (resumed runs: since their first start)")
                .tag("integration", run.integrationId()).tag("type", run.type().name()).tag("status", status)
                .register(registry).record(Duration.between(run.startedAt(), Instant.now()));
    }

    /**
     * One HTTP attempt to SmartRecruiters ended.
     *
     * @param integrationId the integration, or null for calls made before one exists (OAuth token requests)
     * @param path          the request path (only its first segment is used)
     * @param status        the HTTP status, or 0 when no answer arrived
     */
    public void smartRecruitersCall(String integrationId, String path, int status) {
        String integration = integrationId == null ? NONE : integrationId;
        Counter.builder("srconnector.smartrecruiters.calls")
                .description("HTTP attempts to SmartRecruiters (retries included) by answer status")
                .tag("integration", integration).tag("endpoint", endpoint(path))
                .tag("status", status == 0 ? "no_answer" : String.valueOf(status))
                .register(registry).increment();
        if (status == 429) {
            Counter.builder("srconnector.smartrecruiters.rate.limited")
                    .description("429 Too Many Requests answers from SmartRecruiters")
                    .tag("integration", integration)
                    .register(registry).increment();
        }
    }

    /** A write action request ended with an outcome ({@link WriteActionMetrics} names them). */
    public void writeAction(String action, String outcome) {
        Counter.builder("srconnector.write.actions")
                .description("Unified write action requests by outcome")
                .tag("action", action).tag("outcome", outcome)
                .register(registry).increment();
    }

    /** The {@code endpoint} tag of a SmartRecruiters path: its first segment when known, else {@code other}. */
    static String endpoint(String path) {
        if (path == null || path.length() < 2) {
            return "other";
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return ENDPOINTS.contains(first) ? first : "other";
    }
}
