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
 */
public record SyncContext(SyncRun run, String model, Instant deltaSince) {
    /** The exchange variable name that holds the context. */
    public static final String VARIABLE = "syncContext";

    public String integrationId() {
        return run.integrationId();
    }

    public String runId() {
        return run.id();
    }

    /** True when the run reads everything (and may detect deletions). */
    public boolean full() {
        return deltaSince == null;
    }

    public ModelStats stats() {
        return run.stats(model);
    }

    /** A GET request for this integration that counts towards the run's SmartRecruiters calls. */
    public SrRequest.Builder get(String path) {
        return SrRequest.get(run.integrationId(), path).callCounter(n -> run.srCalls().addAndGet(n));
    }
}
