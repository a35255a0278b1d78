package io.srconnector.sync;

import org.springframework.stereotype.Component;

/**
 * The node-wide "stop syncing" flag, raised when the application context closes ({@link SyncWorker#onShutdown}).
 * The stream loop checks it between pages; the worker then puts its run back in the queue.
 */
@Component
public class SyncShutdown {
    private volatile boolean requested;

    /** Whether the node is shutting down. */
    public boolean requested() {
        return requested;
    }

    void request() {
        requested = true;
    }

    /** Clears the flag (tests that simulate a stop and then go on in the same JVM). */
    public void reset() {
        requested = false;
    }

    /** Raises the flag (tests simulating a shutdown). */
    public void requestForTest() {
        requested = true;
    }
}
