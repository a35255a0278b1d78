package io.srconnector.sync;

/**
 * Thrown between two pages when the node is shutting down: the run stops after its last durable page and goes back
 * to the queue (its checkpoints stay), instead of being cut off mid-page.
 */
public class SyncStoppedException extends RuntimeException {
    public SyncStoppedException(String message) {
        super(message);
    }
}
