package io.srconnector.sandbox.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test hook: parks the next request on a given route after it passed authentication and rate limiting
 * (so it keeps its concurrency permits), until the test releases it. Makes overlapping requests
 * deterministic, e.g. two concurrent {@code GET /candidates} without sleeps.
 */
public final class RequestHolds implements SandboxFilter {

    /** Longest a request stays parked if the test never releases it. */
    public static final Duration SAFETY_TIMEOUT = Duration.ofSeconds(30);

    private final ConcurrentLinkedQueue<Hold> pending = new ConcurrentLinkedQueue<>();

    /** Parks the next request whose route key equals {@code routeKey} (e.g. {@code "GET /candidates"}). */
    public Hold holdNext(String routeKey) {
        Hold hold = new Hold(routeKey);
        pending.add(hold);
        return hold;
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        if (!pending.isEmpty() && request.route() != null) {
            for (Iterator<Hold> it = pending.iterator(); it.hasNext(); ) {
                Hold h = it.next();
                if (h.routeKey.equals(request.route().key()) && pending.remove(h)) {
                    h.park();
                    break;
                }
            }
        }
        return next.proceed(request);
    }

    /** A pending or active hold. */
    public static final class Hold {
        private final String routeKey;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String routeKey) {
            this.routeKey = routeKey;
        }

        private void park() {
            arrived.countDown();
            try {
                released.await(SAFETY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits until a request is parked; false on timeout. */
        public boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the parked (or the next matching) request continue. */
        public void release() {
            released.countDown();
        }
    }
}
