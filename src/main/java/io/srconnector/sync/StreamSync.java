package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.integration.TrackedApplications;
import io.srconnector.paging.OffsetPaginator;
import io.srconnector.paging.PageIdPaginator;
import io.srconnector.paging.Page;
import io.srconnector.paging.Paginator;
import io.srconnector.paging.SingleResponsePaginator;
import io.srconnector.persistence.UnifiedTables;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shared stream loop behind {@code direct:sync-stream}: reads a model's {@link StreamSpec}, pages through the
 * SmartRecruiters list (or the model's {@link RecordSource}), hands each page to the model's page route, checkpoints
 * after every durably written page (so a crashed run resumes where it stopped), and — only after the whole list was
 * read successfully — sweeps deletions. Pages are processed one after another.
 * <ul>
 *   <li>Delta runs send the stream's {@code delta-param} with an inclusive lower bound
 *       ({@link UpdatedAfterBound}); full runs never send it, so records without a timestamp are read (FC-13).</li>
 *   <li>A run resumed after a crash or a shutdown continues after its last checkpointed page; a stream whose pages
 *       were all written but whose sweep did not happen yet goes straight to the sweep.</li>
 *   <li>Between pages the loop stops when the node shuts down ({@link SyncStoppedException}).</li>
 *   <li>With the integration's "sync only created applications" setting, a stream that declares {@code tracked-by}
 *       ({@code candidate} or {@code job}) reads the tracked applications' candidates or jobs by id instead of the
 *       list; streams without it (users, stages) are read as usual.</li>
 * </ul>
 */
@Component("streamSync")
public class StreamSync {
    private static final Logger LOG = LoggerFactory.getLogger(StreamSync.class);

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final SyncStateRepository state;
    private final SyncRunRepository runs;
    private final DeletionSweeper sweeper;
    private final ApplicationContext beans;
    private final Map<String, Paginator> paginators;
    private final TrackedApplications tracked;
    private final SyncShutdown shutdown;
    /** Progress is logged at most this often per stream (and at its last page). */
    private static final long PROGRESS_LOG_INTERVAL_NANOS = 10_000_000_000L;
    private volatile long lastProgressLog;

    public StreamSync(CamelContext camel, ProducerTemplate producer, SmartRecruitersRequester requester,
                      SyncStateRepository state, SyncRunRepository runs, DeletionSweeper sweeper,
                      ApplicationContext beans, SyncSettings settings, TrackedApplications tracked,
                      SyncShutdown shutdown) {
        this.camel = camel;
        this.tracked = tracked;
        this.shutdown = shutdown;
        this.producer = producer;
        this.state = state;
        this.runs = runs;
        this.sweeper = sweeper;
        this.beans = beans;
        this.paginators = Map.of(
                "page-id", new PageIdPaginator(requester, settings.getMaxPages()),
                "offset", new OffsetPaginator(requester, settings.getMaxPages()),
                "single", new SingleResponsePaginator(requester));
    }

    /**
     * Runs one model's stream. Expects the exchange variables of {@link StreamSpec} and {@link SyncContext#VARIABLE}.
     *
     * @throws RuntimeException whatever a page failed with; nothing is swept then
     */
    public void run(Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        if (ctx == null) {
            throw new IllegalStateException("direct:sync-stream needs the variable " + SyncContext.VARIABLE);
        }
        StreamSpec spec = StreamSpec.from(exchange);
        boolean byTrackedIds = ctx.run().trackedOnly() && spec.trackedBy() != null;
        // A list without a change filter is read whole on every run; a record source is as complete as its parent read.
        boolean complete = ctx.full()
                || (spec.deltaParam() == null && !"source".equals(spec.paging()) && !byTrackedIds);
        SyncStateRepository.Checkpoint cp = state.checkpoint(ctx.integrationId(), ctx.model());
        boolean resumed = cp != null && ctx.runId().equals(cp.runId());
        if (resumed && cp.done()) {
            LOG.info("[{}] {}: already completed by this run, skipping", ctx.integrationId(), ctx.model());
            return;
        }
        String start = resumed ? cp.cursor() : null;
        int[] pages = {resumed ? cp.pages() : 0};
        if (resumed && start == null && cp.pages() > 0) {
            LOG.info("[{}] {}: run {} had read all {} pages, finishing", ctx.integrationId(), ctx.model(),
                    ctx.runId(), cp.pages());
        } else {
            if (start != null) {
                LOG.info("[{}] {}: resuming run {} after page {} (cursor {})", ctx.integrationId(), ctx.model(),
                        ctx.runId(), cp.pages(), start);
            }
            read(exchange, ctx, spec, byTrackedIds, start, pages);
        }
        if (complete && spec.sweepDeletions()) {
            int deleted = sweeper.sweep(UnifiedTables.forModel(ctx.model()), ctx.integrationId(), ctx.runId(),
                    Instant.now());
            ctx.stats().deleted.addAndGet(deleted);
            if (deleted > 0) {
                ctx.run().tableChanged(UnifiedTables.forModel(ctx.model()).table());
            }
        }
        state.saveCheckpoint(ctx.integrationId(), ctx.model(), ctx.runId(), null, pages[0], true);
    }

    private void read(Exchange exchange, SyncContext ctx, StreamSpec spec, boolean byTrackedIds, String start,
                      int[] pages) {
        if (byTrackedIds) {
            readTracked(exchange, ctx, spec, start, pages);
        } else if ("source".equals(spec.paging())) {
            RecordSource source = beans.getBean(spec.recordSource(), RecordSource.class);
            source.read(ctx, spec, start, page -> processPage(exchange, ctx, spec, page, ++pages[0]));
        } else {
            Paginator paginator = paginators.get(spec.paging());
            if (paginator == null) {
                throw new IllegalArgumentException("Unknown paging '" + spec.paging() + "' for " + ctx.model());
            }
            SrRequest.Builder first = ctx.get(spec.srPath());
            spec.params().forEach(first::query);
            if (!ctx.full() && spec.deltaParam() != null) {
                first.query(spec.deltaParam(), UpdatedAfterBound.parameter(ctx.deltaSince()));
            }
            paginator.paginate(first, start, spec.pageSize(), page -> processPage(exchange, ctx, spec,
                    new RecordPage(toRecords(spec, page), page.nextCursor(), List.of()), ++pages[0]));
        }
    }

    /**
     * "Sync only created applications": the tracked applications' candidate or job ids, in pages of the stream's page
     * size, as records without a list body (the page route reads each one's details by id).
     */
    private void readTracked(Exchange exchange, SyncContext ctx, StreamSpec spec, String start, int[] pages) {
        List<String> ids = "job".equals(spec.trackedBy()) ? tracked.trackedJobIds(ctx.integrationId())
                : tracked.trackedCandidateIds(ctx.integrationId());
        int from = start == null ? 0 : Integer.parseInt(start);
        for (int i = from; i < ids.size(); i += spec.pageSize()) {
            int to = Math.min(ids.size(), i + spec.pageSize());
            List<RemoteRecord> records = new ArrayList<>();
            ids.subList(i, to).forEach(id -> records.add(new RemoteRecord(id, Map.of(), null, null)));
            processPage(exchange, ctx, spec, new RecordPage(records, to < ids.size() ? String.valueOf(to) : null,
                    List.of()), ++pages[0]);
        }
    }

    private static List<RemoteRecord> toRecords(StreamSpec spec, Page page) {
        List<RemoteRecord> out = new ArrayList<>(page.items().size());
        for (JsonNode item : page.items()) {
            String id = item.path(spec.idField()).asText(null);
            if (id == null || id.isBlank()) {
                LOG.warn("Skipping a record without '{}' from {}", spec.idField(), spec.srPath());
                continue;
            }
            out.add(new RemoteRecord(id, Map.of(), spec.srPath(), item));
        }
        return out;
    }

    private void processPage(Exchange parent, SyncContext ctx, StreamSpec spec, RecordPage page, int number) {
        if (shutdown.requested()) {
            throw new SyncStoppedException("node shutting down: " + ctx.model() + " stops before page " + number);
        }
        if (ctx.run().lost()) {
            throw new SyncStoppedException("run taken over by another worker: " + ctx.model() + " stops before page "
                    + number);
        }
        ctx.stats().fetched.addAndGet(page.records().size());
        ctx.stats().pages.incrementAndGet();
        Exchange ex = new DefaultExchange(camel);
        ex.setVariable(SyncContext.VARIABLE, ctx);
        ex.setVariable("parentIds", page.parentIds());
        ex.getIn().setBody(new ArrayList<>(page.records()));
        Exchange done = producer.send(spec.pageRoute(), ex);
        if (done.getException() != null) {
            Exception e = done.getException();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        state.saveCheckpoint(ctx.integrationId(), ctx.model(), ctx.runId(), page.nextCursor(), number, false);
        runs.heartbeat(ctx.run());
        long now = System.nanoTime();
        if (page.nextCursor() == null || now - lastProgressLog > PROGRESS_LOG_INTERVAL_NANOS) {
            lastProgressLog = now;
            LOG.info("[{}] {}: page {} done, {} fetched so far ({} SmartRecruiters calls in run)",
                    ctx.integrationId(), ctx.model(), number, ctx.stats().fetched(), ctx.run().srCalls().get());
        }
    }
}
