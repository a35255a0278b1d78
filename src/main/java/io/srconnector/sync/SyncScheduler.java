package io.srconnector.sync;

import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * Queues sync runs: for every syncable integration on a schedule (the Quartz routes in
 * {@code routes/sync/schedules.camel.yaml}), and for one integration on demand ({@code POST /v1/force-sync}).
 * At most one run per integration is queued or running at a time; a request that finds one answers with it.
 */
@Component("syncScheduler")
public class SyncScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private final IntegrationRepository integrations;
    private final SyncRunRepository runs;
    private final SyncStateRepository state;
    private final SyncSettings settings;

    public SyncScheduler(IntegrationRepository integrations, SyncRunRepository runs, SyncStateRepository state,
                         SyncSettings settings) {
        this.integrations = integrations;
        this.runs = runs;
        this.state = state;
        this.settings = settings;
    }

    /**
     * Queues a run of the given type for every enabled integration.
     *
     * @param type FULL or DELTA
     * @return how many runs were newly queued
     */
    public int enqueueAll(String type) {
        return enqueueAll(type, null);
    }

    /**
     * Queues a run of the given type for every enabled integration, for one fire time of a schedule. With clustered
     * Quartz one replica fires each fire time; whichever replicas fire it (in-memory schedulers, a fire recovered
     * after a crash) fire it with the same scheduled fire time, and the queue keeps one run per integration, type and
     * fire time, so each fire time yields one run per integration — however skewed the clocks (failure case FC-17).
     * An overlapping trigger (the previous run still going) queues nothing.
     *
     * @param type          FULL or DELTA
     * @param scheduledFire the trigger's scheduled fire time (camel-quartz header {@code scheduledFireTime}), or null
     * @return how many runs were newly queued
     */
    public int enqueueAll(String type, Date scheduledFire) {
        Instant fireTime = scheduledFire == null ? null : scheduledFire.toInstant();
        int queued = 0;
        int skipped = 0;
        for (Integration i : integrations.syncable()) {
            SyncRunRepository.Enqueued e = runs.enqueue(i.id(), SyncType.valueOf(type), "SCHEDULE", fireTime);
            if (!e.alreadyQueued()) {
                queued++;
            } else {
                skipped++;
                LOG.debug("[{}] {} trigger ({}) skipped: run {} ({}) already queued or running", i.id(), type,
                        fireTime, e.runId(), e.type());
            }
        }
        // one line per fire on the replica that fired (with clustered Quartz: one replica per fire time)
        LOG.info("{} schedule fired for {}: {} sync run(s) queued, {} already queued or running", type, fireTime,
                queued, skipped);
        return queued;
    }

    /** Queues a FULL run for every enabled integration that has never completed a sync (at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public int enqueueInitial() {
        if (!settings.isInitialSyncOnStartup()) {
            return 0;
        }
        int queued = 0;
        for (Integration i : integrations.syncable()) {
            boolean neverSynced = settings.getModels().stream()
                    .allMatch(m -> state.watermark(i.id(), m) == null);
            if (neverSynced && !runs.enqueue(i.id(), SyncType.FULL, "STARTUP").alreadyQueued()) {
                queued++;
                LOG.info("[{}] first FULL sync queued", i.id());
            }
        }
        return queued;
    }

    /** Queues a run for one integration (force-sync). */
    public SyncRunRepository.Enqueued enqueue(String integrationId, SyncType type, String trigger) {
        return runs.enqueue(integrationId, type, trigger);
    }
}
