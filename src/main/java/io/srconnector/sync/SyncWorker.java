package io.srconnector.sync;

import io.srconnector.http.SrPermissionDeniedException;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.mapping.MappingContext;
import io.srconnector.http.SrUnauthorizedException;
import io.srconnector.http.SmartRecruitersException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes sync runs: claims a queued run ({@link SyncRunRepository#claim}), then syncs each configured model in order
 * by calling its route {@code direct:sync-<model>} with a {@link SyncContext}. A model that fails with 401/403 is
 * marked {@code PERMISSION_MISSING} and the others go on; a model whose parent did not succeed in this run
 * ({@code applications} needs {@code candidates}) is skipped, so no deletion is ever inferred from a partial read.
 * A model the scope test found without permission ({@link ModelGate}) is skipped as {@code PERMISSION_MISSING}.
 * Each model's watermark advances to the run's start time only when that model succeeded.
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
    private final String workerName = ManagementFactory.getRuntimeMXBean().getName();
    private final Map<String, SyncRun> active = new ConcurrentHashMap<>();

    public SyncWorker(CamelContext camel, ProducerTemplate producer, SyncRunRepository runs,
                      SyncStateRepository state, SyncSettings settings, SyncListeners listeners,
                      FieldMappingRepository fieldMappings, ModelGate gate) {
        this.camel = camel;
        this.producer = producer;
        this.runs = runs;
        this.state = state;
        this.settings = settings;
        this.listeners = listeners;
        this.fieldMappings = fieldMappings;
        this.gate = gate;
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
        int n = 0;
        SyncRunRepository.Claimed c;
        while ((c = runs.claim(workerName, settings.getStaleAfter())) != null) {
            execute(c);
            n++;
        }
        return n;
    }

    /** Live state of a run executing in this JVM, or null. */
    public SyncRun active(String runId) {
        return active.get(runId);
    }

    void execute(SyncRunRepository.Claimed claimed) {
        SyncRun run = new SyncRun(claimed.runId(), claimed.integrationId(), claimed.type(), claimed.startedAt(),
                new MappingContext(claimed.integrationId(), fieldMappings.customFieldKeys(claimed.integrationId())));
        active.put(run.id(), run);
        List<String> errors = new ArrayList<>();
        LOG.info("[{}] {} sync {} started", run.integrationId(), run.type(), run.id());
        try {
            for (String model : settings.getModels()) {
                syncModel(run, model, errors);
            }
        } finally {
            active.remove(run.id());
        }
        long ok = run.models().values().stream().filter(s -> "SUCCEEDED".equals(s.status())).count();
        String status = ok == run.models().size() ? "SUCCEEDED" : ok == 0 ? "FAILED" : "PARTIAL";
        runs.finish(run, status, errors);
        LOG.info("[{}] {} sync {} ended {}: {} SmartRecruiters calls; {}", run.integrationId(), run.type(), run.id(),
                status, run.srCalls().get(), summary(run));
        listeners.syncFinished(run, status, errors);
    }

    private void syncModel(SyncRun run, String model, List<String> errors) {
        ModelStats stats = run.stats(model);
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
            stats.error = parent + " did not complete in this run";
            return;
        }
        Instant watermark = state.watermark(run.integrationId(), model);
        Instant since = run.type() == SyncType.DELTA && watermark != null
                ? watermark.minus(settings.getLookback()) : null;
        SyncContext ctx = new SyncContext(run, model, since);
        stats.status = "RUNNING";
        runs.currentModel(run, model);
        Exchange ex = new DefaultExchange(camel);
        ex.setVariable(SyncContext.VARIABLE, ctx);
        Exchange done = producer.send("direct:sync-" + model, ex);
        Throwable failure = done.getException();
        if (failure == null) {
            stats.status = "SUCCEEDED";
            state.saveWatermark(run.integrationId(), model, run.startedAt(), ctx.full());
            listeners.modelSynced(run, model, stats);
            return;
        }
        SmartRecruitersException sr = find(failure, SmartRecruitersException.class);
        if (sr instanceof SrPermissionDeniedException || sr instanceof SrUnauthorizedException) {
            stats.status = "PERMISSION_MISSING";
        } else {
            stats.status = "FAILED";
        }
        stats.error = failure.getMessage();
        errors.add(model + ": " + failure.getMessage());
        LOG.warn("[{}] {}: {} — {}", run.integrationId(), model, stats.status, failure.getMessage());
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
