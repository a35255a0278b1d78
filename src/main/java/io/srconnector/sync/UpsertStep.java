package io.srconnector.sync;

import io.srconnector.model.UnifiedRecord;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.persistence.UnifiedUpsertWriter;
import io.srconnector.persistence.UpsertResult;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Page-route step that writes a page of mapped records: {@code bean: {ref: upsert, method: "write('jobs')"}}.
 * Adds the batch's inserted / updated / unchanged counts to the model's run statistics. Rows are stamped with the
 * run's id ({@link SyncContext#seenByRunId()}: none for a write-through).
 */
@Component("upsert")
public class UpsertStep {
    /** Exchange variable prefix listing the ids a write-through wrote per model (for its child sweep). */
    static final String WRITTEN = "written-";
    private final UnifiedUpsertWriter writer;
    private final DeletionSweeper sweeper;

    public UpsertStep(UnifiedUpsertWriter writer, DeletionSweeper sweeper) {
        this.writer = writer;
        this.sweeper = sweeper;
    }

    /** Upserts the exchange body ({@code List<Mapped<?>>}) into the table of {@code model}. */
    @SuppressWarnings("unchecked")
    public void write(String model, Exchange exchange) {
        upsertRows(model, exchange, exchange.getIn().getBody(List.class));
    }

    /**
     * Upserts the mapped records held in the exchange variable {@code variable} (a second table fed by the same
     * page, e.g. join rows: {@code method: "writeFrom('candidate-tags', 'joins')"}; see {@code RecordMapper#mapTo}).
     * Their counts are added to the stream's model.
     */
    @SuppressWarnings("unchecked")
    public void writeFrom(String model, String variable, Exchange exchange) {
        List<Mapped<UnifiedRecord>> rows = exchange.getVariable(variable, List.class);
        upsertRows(model, exchange, rows == null ? List.of() : rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void upsertRows(String model, Exchange exchange, List<Mapped<UnifiedRecord>> rows) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        UnifiedTable table = UnifiedTables.forModel(model);
        UpsertResult r = writer.upsert(table, ctx.integrationId(), rows, ctx.seenByRunId(), Instant.now());
        if (ctx.writeThrough()) {
            List<String> written = exchange.getVariable(WRITTEN + model, List.class);
            List<String> all = new java.util.ArrayList<>(written == null ? List.of() : written);
            rows.forEach(m -> all.add(m.record().id()));
            exchange.setVariable(WRITTEN + model, all);
        }
        if (r.inserted() + r.updated() > 0) {
            ctx.run().tableChanged(table.table());
        }
        ctx.stats().inserted.addAndGet(r.inserted());
        ctx.stats().updated.addAndGet(r.updated());
        ctx.stats().unchanged.addAndGet(r.unchanged());
    }

    /**
     * Marks deleted the children of this page's parents that this run did not see (the page held each parent's
     * complete child list): {@code method: "sweepChildren('applications', 'candidate_id')"}. In a write-through
     * ({@link SyncContext#writeThrough()}) it acts only when the caller named the parents whose complete child lists
     * the page holds (variable {@code parentIds}), and keeps exactly the children written by this exchange.
     */
    @SuppressWarnings("unchecked")
    public void sweepChildren(String model, String parentColumn, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<String> parentIds = exchange.getVariable("parentIds", List.class);
        if (parentIds == null || parentIds.isEmpty()) {
            return;
        }
        if (ctx.writeThrough()) {
            List<String> written = exchange.getVariable(WRITTEN + model, List.class);
            int n = sweeper.sweepChildrenExcept(UnifiedTables.forModel(model), parentColumn, parentIds,
                    written == null ? List.of() : written, ctx.integrationId(), Instant.now());
            if (n > 0) {
                ctx.run().tableChanged(UnifiedTables.forModel(model).table());
            }
            return;
        }
        int n = sweeper.sweepChildren(UnifiedTables.forModel(model), parentColumn, parentIds, ctx.integrationId(),
                ctx.runId(), Instant.now());
        recordDeletions(ctx, model, n);
    }

    /**
     * Like {@link #sweepChildren} with the parents being the records this page just mapped (the exchange body,
     * {@code List<Mapped<?>>}): e.g. the interviewers of the page's interviews,
     * {@code method: "sweepChildrenOfBody('interview-users', 'interview_id')"}.
     */
    @SuppressWarnings("unchecked")
    public void sweepChildrenOfBody(String model, String parentColumn, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<Mapped<UnifiedRecord>> parents = exchange.getIn().getBody(List.class);
        if (ctx.writeThrough() || parents == null || parents.isEmpty()) {
            return;
        }
        List<String> ids = parents.stream().map(m -> m.record().id()).distinct().toList();
        int n = sweeper.sweepChildren(UnifiedTables.forModel(model), parentColumn, ids, ctx.integrationId(),
                ctx.runId(), Instant.now());
        recordDeletions(ctx, model, n);
    }

    /**
     * After a stream's complete read in a FULL run: marks deleted every record of a second table of that stream
     * (join rows written with {@link #writeFrom}) that the run did not see — e.g. the tags rows
     * of candidates that vanished. Does nothing in a delta run (its reads are partial). Route step placed after
     * {@code to: direct:sync-stream}: {@code method: "sweepUnseen('candidate-tags')"}.
     */
    public void sweepUnseen(String model, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        if (!ctx.full()) {
            return;
        }
        int n = sweeper.sweep(UnifiedTables.forModel(model), ctx.integrationId(), ctx.runId(), Instant.now());
        recordDeletions(ctx, model, n);
    }

    private static void recordDeletions(SyncContext ctx, String model, int n) {
        ctx.stats().deleted.addAndGet(n);
        if (n > 0) {
            ctx.run().tableChanged(UnifiedTables.forModel(model).table());
        }
    }
}
