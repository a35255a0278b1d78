package io.srconnector.sync;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Fan-out of sync events to the beans that react to them (outgoing webhooks, metrics). Beans implementing
 * {@link SyncListener} are picked up automatically; a failing listener never fails the sync.
 */
@Component
public class SyncListeners {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncListeners.class);
    private final List<SyncListener> listeners;

    public SyncListeners(List<SyncListener> listeners) {
        this.listeners = listeners;
    }

    void modelSynced(SyncRun run, String model, ModelStats stats) {
        for (SyncListener l : listeners) {
            try {
                l.modelSynced(run, model, stats);
            } catch (RuntimeException e) {
                LOG.warn("Sync listener {} failed: {}", l.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    void syncFinished(SyncRun run, String status, List<String> errors) {
        for (SyncListener l : listeners) {
            try {
                l.syncFinished(run, status, errors);
            } catch (RuntimeException e) {
                LOG.warn("Sync listener {} failed: {}", l.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    /** Receives sync events. */
    public interface SyncListener {
        /** A model finished successfully within a run. */
        default void modelSynced(SyncRun run, String model, ModelStats stats) {
        }

        /** A run ended; status is SUCCEEDED, PARTIAL or FAILED. */
        default void syncFinished(SyncRun run, String status, List<String> errors) {
        }
    }
}
