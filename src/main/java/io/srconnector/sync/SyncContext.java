package io.srconnector.sync;

import io.srconnector.http.SrRequest;

import java.time.Instant;

/**
 * What a model's sync routes need to know, carried as the exchange variable {@code syncContext}: the run, the model,
 * whether this is a delta run and from when it asks for changes, and the model's counters.
 *
 * @param run        the sync run
 * @param model      the model name, e.g. {@code candidates}
 * @param deltaSince lower bound for SmartRecruiters' {@code updatedAfter} (watermark minus look-back), or null for a
 *                   full read
 * @param writeThrough true when a write action refreshes the records it changed through the model's page route:
 *                     the upsert then leaves {@code last_seen_run_id} alone and no deletion sweep runs (a
 *                     write-through reads single records, never a complete list)
 */
public record SyncContext(SyncRun run, String model, Instant deltaSince, boolean writeThrough) {
    /** The exchange variable name that holds the context. */
    public static final String VARIABLE = "syncContext";

    /** The context of a sync run's model (not a write-through). */
    public SyncContext(SyncRun run, String model, Instant deltaSince) {
        this(run, model, deltaSince, false);
    }

    /** The context of a write-through refresh of single records of {@code model}. */
    public static SyncContext writeThrough(SyncRun run, String model) {
        return new SyncContext(run, model, null, true);
    }

    /** The run id to stamp on upserted rows: null for a write-through, which must not look like a sync's sighting. */
    public String seenByRunId() {
        return writeThrough ? null : run.id();
    }

    public String integrationId() {
        return run.integrationId();
    }

    public String runId() {
        return run.id();
    }

    /** True when the run reads everything (and may detect deletions); never for a write-through. */
    public boolean full() {
        return deltaSince == null && !writeThrough;
    }

    public ModelStats stats() {
        return run.stats(model);
    }

    /** A GET request for this integration that counts towards the run's SmartRecruiters calls. */
    public SrRequest.Builder get(String path) {
        return SrRequest.get(run.integrationId(), path).callCounter(n -> run.srCalls().addAndGet(n));
    }
}
