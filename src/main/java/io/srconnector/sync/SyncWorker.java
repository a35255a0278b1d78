package io.srconnector.sync;

import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrPermissionDeniedException;
import io.srconnector.http.SrRateLimitedException;
import io.srconnector.http.SrServerException;
import io.srconnector.http.SrTransportException;
import io.srconnector.http.SrUnauthorizedException;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationConnections;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.mapping.MappingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Executes sync runs: claims a queued run ({@link SyncRunRepository#claim}), then syncs each configured model in order
 * by calling its route {@code direct:sync-<model>} with a {@link SyncContext}.
 * <ul>
 *   <li>A model that fails on a transient error (rate limited, SmartRecruiters unavailable, dropped connection, 401)
 *       after the requester's own retries is tried again from its last checkpoint, up to
 *       {@code connector.sync.model-attempts} times; before retrying after a 401 the cached connection is dropped, so
 *       credentials renewed meanwhile (OAuth refresh, re-connection, another node) are used.</li>
 *   <li>A model that fails with 401/403 for good is marked {@code PERMISSION_MISSING} and the others go on; other
 *       failures mark it {@code FAILED} with an error code (RATE_LIMITED, REMOTE_UNAVAILABLE, …).</li>
 *   <li>A model whose parent did not succeed in this run ({@code applications} needs {@code candidates}) is skipped,
 *       so no deletion is ever inferred from a partial read.</li>
 *   <li>Each model's watermark advances to the run's start time only when that model succeeded.</li>
 *   <li>On shutdown the running sync stops after its current page and goes back to the queue with its checkpoints
 *       ({@link #onShutdown}); a run whose node died is reclaimed after {@code stale-after} — both resume where they
 *       stopped, with the same run id, start time and counters.</li>
 *   <li>A FULL requested while a DELTA ran is queued when the DELTA ends.</li>
 * </ul>
 */
@Component("syncWorker")
public class SyncWorker {
    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);
    /** Child model → the model whose records it is read from. */
    static final Map<String, String> PARENTS = Map.of(
            "applications", "candidates",
            "tags", "candidates",
            "job-postings", "jobs",
            "hiring-team", "jobs",
            "screening-questions", "job-postings",
            "interviews", "applications");

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final SyncRunRepository runs;
    private final SyncStateRepository state;
    private final SyncSettings settings;
    private final SyncListeners listeners;
    private final FieldMappingRepository fieldMappings;
    private final ModelGate gate;
    private final IntegrationRepository integrations;
    private final IntegrationConnections connections;
    private final SyncShutdown shutdown;
    private final String workerName = ManagementFactory.getRuntimeMXBean().getName();
    private final Map<String, SyncRun> active = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public SyncWorker(CamelContext camel, ProducerTemplate producer, SyncRunRepository runs,
                      SyncStateRepository state, SyncSettings settings, SyncListeners listeners,
                      FieldMappingRepository fieldMappings, ModelGate gate, IntegrationRepository integrations,
                      IntegrationConnections connections, SyncShutdown shutdown) {
        this.camel = camel;
        this.producer = producer;
        this.runs = runs;
        this.state = state;
        this.settings = settings;
        this.listeners = listeners;
        this.fieldMappings = fieldMappings;
        this.gate = gate;
        this.integrations = integrations;
        this.connections = connections;
        this.shutdown = shutdown;
    }

    /**
     * Claims and executes queued runs on the calling thread until none is left (the route {@code sync-worker} calls
     * this on a timer).
     *
     * @return the number of runs executed
     */
    public int runQueued() {
        if (!settings.isWorkerEnabled()) {
            return 0;
        }
        return drain();
    }

    /** Like {@link #runQueued()} but also when the background worker is switched off (tests, CLI). */
    public int drain() {
        return drain(workerName);
    }

    /** {@link #drain()} under another worker name (tests simulating a second node). */
    public int drain(String worker) {
        int n = 0;
        SyncRunRepository.Claimed c;
        while (!shutdown.requested() && (c = runs.claim(worker, settings.getStaleAfter())) != null) {
            execute(c);
            n++;
        }
        return n;
    }

    /** Live state of a run executing in this JVM, or null. */
    public SyncRun active(String runId) {
        return active.get(runId);
    }

    /**
     * Context closing: raise the stop flag so the running sync stops after its current page and goes back to the
     * queue, and wait for that (at most {@code connector.sync.shutdown-grace}). Runs before Camel stops (Spring
     * publishes this event before it stops lifecycle beans).
     */
    @EventListener(ContextClosedEvent.class)
    public void onShutdown() {
        shutdown.request();
        long deadline = System.nanoTime() + settings.getShutdownGrace().toNanos();
        synchronized (active) {
            while (!active.isEmpty() && System.nanoTime() < deadline) {
                LOG.info("Shutting down: waiting for sync run(s) {} to reach a checkpoint", active.keySet());
                try {
                    active.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        heartbeats.shutdownNow();
    }

    void execute(SyncRunRepository.Claimed claimed) {
        Optional<Integration> integration = integrations.find(claimed.integrationId());
        if (integration.isEmpty() || !integration.get().enabled()) {
            runs.fail(claimed.runId(), "integration " + claimed.integrationId() + " is missing or disabled");
            return;
        }
        boolean trackedOnly = integration.get().settings().path("sync_only_created_applications").asBoolean(false);
        SyncRun run = new SyncRun(claimed.runId(), claimed.integrationId(), claimed.type(), claimed.startedAt(),
                new MappingContext(claimed.integrationId(), fieldMappings.customFieldKeys(claimed.integrationId())),
                trackedOnly);
        run.claimed(claimed.attempts());
        // ids of the run on every log line of this thread (fields of the JSON logs, LOG_FORMAT=json)
        try (MDC.MDCCloseable i = MDC.putCloseable("integration_id", run.integrationId());
             MDC.MDCCloseable r = MDC.putCloseable("sync_run_id", run.id())) {
            execute(run, claimed);
        }
    }

    private void execute(SyncRun run, SyncRunRepository.Claimed claimed) {
        boolean trackedOnly = run.trackedOnly();
        if (claimed.attempts() > 1) {
            run.restore(claimed.models(), claimed.srCalls());
            LOG.info("[{}] {} sync {} resumed (claim {}), started {}", run.integrationId(), run.type(), run.id(),
                    claimed.attempts(), run.startedAt());
        } else {
            LOG.info("[{}] {} sync {} started{}", run.integrationId(), run.type(), run.id(),
                    trackedOnly ? " (only created applications)" : "");
        }
        active.put(run.id(), run);
        long every = Math.max(200, Math.min(10_000, settings.getStaleAfter().toMillis() / 5));
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> beat(run), every, every, TimeUnit.MILLISECONDS);
        List<String> errors = new ArrayList<>();
        try {
            for (String model : settings.getModels()) {
                if (shutdown.requested()) {
                    throw new SyncStoppedException("node shutting down before " + model);
                }
                if (run.lost()) {
                    throw new SyncStoppedException("run taken over by another worker before " + model);
                }
                syncModel(run, model, errors);
            }
        } catch (SyncStoppedException stopped) {
            beat.cancel(false);
            if (run.lost()) {
                LOG.warn("[{}] {} sync {} stopped: another worker took it over ({})", run.integrationId(), run.type(),
                        run.id(), stopped.getMessage());
                return;
            }
            runs.requeue(run);
            LOG.info("[{}] {} sync {} back in the queue ({}); it resumes from its checkpoints", run.integrationId(),
                    run.type(), run.id(), stopped.getMessage());
            return;
        } finally {
            beat.cancel(false);
            synchronized (active) {
                active.remove(run.id());
                active.notifyAll();
            }
        }
        long ok = run.models().values().stream().filter(s -> "SUCCEEDED".equals(s.status())).count();
        String status = ok == run.models().size() ? "SUCCEEDED" : ok == 0 ? "FAILED" : "PARTIAL";
        SyncType followUp = runs.finish(run, status, errors);
        if (run.lost()) {
            LOG.warn("[{}] {} sync {} ended here as {}, but another worker had taken it over: its result stands",
                    run.integrationId(), run.type(), run.id(), status);
            return;
        }
        LOG.info("[{}] {} sync {} ended {}: {} SmartRecruiters calls; {}", run.integrationId(), run.type(), run.id(),
                status, run.srCalls().get(), summary(run));
        listeners.syncFinished(run, status, errors);
        if (followUp != null) {
            SyncRunRepository.Enqueued next = runs.enqueue(run.integrationId(), followUp, "FOLLOW_UP");
            LOG.info("[{}] {} sync {} queued (requested while {} ran)", run.integrationId(), followUp, next.runId(),
                    run.id());
        }
    }

    private void beat(SyncRun run) {
        try {
            runs.heartbeat(run);
        } catch (RuntimeException e) {
            LOG.debug("heartbeat of {} failed: {}", run.id(), e.toString());
        }
    }

    private void syncModel(SyncRun run, String model, List<String> errors) {
        ModelStats stats = run.stats(model);
        if ("SUCCEEDED".equals(stats.status())) {
            return; // a resumed run: this model completed before the interruption
        }
        String blocked = gate.blockedReason(run.integrationId(), model);
        if (blocked != null) {
            stats.status = "PERMISSION_MISSING";
            stats.error = blocked;
            errors.add(model + ": " + blocked);
            LOG.warn("[{}] {}: {}", run.integrationId(), model, blocked);
            return;
        }
        String parent = PARENTS.get(model);
        if (parent != null && settings.getModels().contains(parent)
                && !"SUCCEEDED".equals(run.stats(parent).status())) {
            stats.status = "SKIPPED";
            stats.errorCode = "PARENT_INCOMPLETE";
            stats.error = parent + " did not complete in this run";
            return;
        }
        Instant watermark = state.watermark(run.integrationId(), model);
        Instant since = run.type() == SyncType.DELTA && watermark != null
                ? watermark.minus(settings.getLookback()) : null;
        SyncContext ctx = new SyncContext(run, model, since);
        stats.status = "RUNNING";
        stats.error = null;
        stats.errorCode = null;
        runs.currentModel(run, model);
        int maxAttempts = Math.max(1, settings.getModelAttempts());
        for (int attempt = 1; ; attempt++) {
            stats.attempts.incrementAndGet();
            Throwable failure = send(model, ctx);
            if (failure == null) {
                stats.status = "SUCCEEDED";
                stats.error = null;
                stats.errorCode = null;
                runs.heartbeat(run);
                if (run.lost()) {
                    // taken over while this model ran: the new owner saves the watermark and runs the listeners
                    throw new SyncStoppedException("run taken over by another worker after " + model);
                }
                state.saveWatermark(run.integrationId(), model, run.startedAt(), ctx.full());
                listeners.modelSynced(run, model, stats);
                return;
            }
            SyncStoppedException stopped = find(failure, SyncStoppedException.class);
            if (stopped != null) {
                throw stopped;
            }
            Failure f = classify(failure);
            stats.error = message(failure);
            stats.errorCode = f.code;
            if (f.transientError && attempt < maxAttempts && !shutdown.requested()) {
                if (f == Failure.AUTHENTICATION_INVALID) {
                    connections.invalidate(run.integrationId());
                }
                Duration wait = settings.getModelRetryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
                LOG.warn("[{}] {}: {} ({}); attempt {} of {} resumes from the last checkpoint in {} ms",
                        run.integrationId(), model, f.code, stats.error, attempt + 1, maxAttempts, wait.toMillis());
                runs.heartbeat(run);
                pause(wait);
                continue;
            }
            stats.status = f == Failure.PERMISSION_MISSING || f == Failure.AUTHENTICATION_INVALID
                    ? "PERMISSION_MISSING" : "FAILED";
            errors.add(model + ": " + f.code + " — " + stats.error);
            LOG.warn("[{}] {}: {} after {} attempt(s) — {}", run.integrationId(), model, stats.status, attempt,
                    stats.error);
            return;
        }
    }

    private Throwable send(String model, SyncContext ctx) {
        Exchange ex = new DefaultExchange(camel);
        ex.setVariable(SyncContext.VARIABLE, ctx);
        Exchange done = producer.send("direct:sync-" + model, ex);
        return done.getException();
    }

    private void pause(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        try {
            while (!shutdown.requested() && System.nanoTime() < until) {
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How a model's failure is reported and whether another attempt may help. */
    enum Failure {
        RATE_LIMITED(true), REMOTE_UNAVAILABLE(true), AUTHENTICATION_INVALID(true), PERMISSION_MISSING(false),
        REMOTE_ERROR(false), INTERNAL(false);

        final String code = name();
        final boolean transientError;

        Failure(boolean transientError) {
            this.transientError = transientError;
        }
    }

    static Failure classify(Throwable failure) {
        SmartRecruitersException sr = find(failure, SmartRecruitersException.class);
        if (sr instanceof SrRateLimitedException) {
            return Failure.RATE_LIMITED;
        }
        if (sr instanceof SrServerException || sr instanceof SrTransportException) {
            return Failure.REMOTE_UNAVAILABLE;
        }
        if (sr instanceof SrUnauthorizedException) {
            return Failure.AUTHENTICATION_INVALID;
        }
        if (sr instanceof SrPermissionDeniedException) {
            return Failure.PERMISSION_MISSING;
        }
        return sr != null ? Failure.REMOTE_ERROR : Failure.INTERNAL;
    }

    private static String message(Throwable failure) {
        SmartRecruitersException sr = find(failure, SmartRecruitersException.class);
        Throwable t = sr != null ? sr : failure;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String summary(SyncRun run) {
        StringBuilder sb = new StringBuilder();
        run.models().forEach((m, s) -> sb.append(m).append('=').append(s.status()).append(" (")
                .append(s.fetched()).append(" fetched, ").append(s.inserted()).append(" new, ")
                .append(s.updated()).append(" changed, ").append(s.deleted()).append(" deleted) "));
        return sb.toString().trim();
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
