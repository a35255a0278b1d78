package io.srconnector.sync;

import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
        int queued = 0;
        for (Integration i : integrations.syncable()) {
            if (!runs.enqueue(i.id(), SyncType.valueOf(type), "SCHEDULE").alreadyQueued()) {
                queued++;
            }
        }
        if (queued > 0) {
            LOG.info("Queued {} {} sync run(s)", queued, type);
        }
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
