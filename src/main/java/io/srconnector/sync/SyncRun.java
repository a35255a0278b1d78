package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.mapping.MappingContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sync run being executed: one integration, one type, the models it covers with their live counters, and the
 * number of SmartRecruiters calls made so far. A run resumed after a restart starts from the counters it had stored.
 */
public final class SyncRun {
    private final String id;
    private final String integrationId;
    private final SyncType type;
    private final Instant startedAt;
    private final AtomicLong srCalls = new AtomicLong();
    private final Map<String, ModelStats> models = new LinkedHashMap<>();
    private final MappingContext mapping;
    private final java.util.Set<String> changedTables = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean trackedOnly;

    public SyncRun(String id, String integrationId, SyncType type, Instant startedAt, MappingContext mapping) {
        this(id, integrationId, type, startedAt, mapping, false);
    }

    /**
     * @param trackedOnly the integration's "sync only created applications" setting: only applications created
     *                    through this connector (and their candidates and jobs) are read
     */
    public SyncRun(String id, String integrationId, SyncType type, Instant startedAt, MappingContext mapping,
                   boolean trackedOnly) {
        this.id = id;
        this.integrationId = integrationId;
        this.type = type;
        this.startedAt = startedAt;
        this.mapping = mapping;
        this.trackedOnly = trackedOnly;
    }

    /**
     * Which claim of the run this worker holds ({@code sync_runs.attempts} after its claim; 0 = not claimed through
     * the queue). Writes about the run are fenced on it, so a worker whose run was taken over cannot overwrite it.
     */
    private volatile int claim;
    /** Set when the run turned out to be taken over by another worker (this one stalled past stale-after). */
    private volatile boolean lost;

    /** The claim this worker holds (see {@link SyncRunRepository#claim}). */
    public int claim() {
        return claim;
    }

    void claimed(int attempts) {
        this.claim = attempts;
    }

    /** Whether another worker took this run over; this worker then stops at its next page without writing more. */
    public boolean lost() {
        return lost;
    }

    void markLost() {
        this.lost = true;
    }

    /** Continues the counters a resumed run had stored ({@code sync_runs.models}, {@code sr_calls}). */
    void restore(JsonNode storedModels, long storedSrCalls) {
        srCalls.set(storedSrCalls);
        if (storedModels != null) {
            synchronized (this) {
                storedModels.fields().forEachRemaining(e -> models.put(e.getKey(), ModelStats.restore(e.getValue())));
            }
        }
    }

    /** Records that a unified table got inserted, changed or deleted rows in this run (for data-changed). */
    public void tableChanged(String table) {
        changedTables.add(table);
    }

    /** The unified tables with inserted, changed or deleted rows in this run (join tables included). */
    public java.util.Set<String> changedTables() {
        return java.util.Set.copyOf(changedTables);
    }

    /** The integration's mapping settings (custom-field keys), read once per run. */
    public MappingContext mapping() {
        return mapping;
    }

    public String id() {
        return id;
    }

    public String integrationId() {
        return integrationId;
    }

    public SyncType type() {
        return type;
    }

    /** Whether only applications created through this connector (and their candidates and jobs) are synced. */
    public boolean trackedOnly() {
        return trackedOnly;
    }

    /** When the run started; saved as the models' delta watermark when the run succeeds. */
    public Instant startedAt() {
        return startedAt;
    }

    /** SmartRecruiters HTTP attempts made by this run. */
    public AtomicLong srCalls() {
        return srCalls;
    }

    /** The counters of a model (created on first use, in execution order). */
    public synchronized ModelStats stats(String model) {
        return models.computeIfAbsent(model, m -> new ModelStats());
    }

    /** A snapshot of every model's counters. */
    public synchronized Map<String, ModelStats> models() {
        return new LinkedHashMap<>(models);
    }
}
