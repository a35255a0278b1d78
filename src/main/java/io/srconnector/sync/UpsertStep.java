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
    private final UnifiedUpsertWriter writer;
    private final DeletionSweeper sweeper;

    public UpsertStep(UnifiedUpsertWriter writer, DeletionSweeper sweeper) {
        this.writer = writer;
        this.sweeper = sweeper;
    }

    /** Upserts the exchange body ({@code List<Mapped<?>>}) into the table of {@code model}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(String model, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        UnifiedTable table = UnifiedTables.forModel(model);
        List<Mapped<UnifiedRecord>> rows = exchange.getIn().getBody(List.class);
        UpsertResult r = writer.upsert(table, ctx.integrationId(), rows, ctx.seenByRunId(), Instant.now());
        ctx.stats().inserted.addAndGet(r.inserted());
        ctx.stats().updated.addAndGet(r.updated());
        ctx.stats().unchanged.addAndGet(r.unchanged());
    }

    /**
     * Marks deleted the children of this page's parents that this run did not see (the page held each parent's
     * complete child list): {@code method: "sweepChildren('applications', 'candidate_id')"}. Never in a
     * write-through ({@link SyncContext#writeThrough()}), which does not read complete child lists.
     */
    @SuppressWarnings("unchecked")
    public void sweepChildren(String model, String parentColumn, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<String> parentIds = exchange.getVariable("parentIds", List.class);
        if (ctx.writeThrough() || parentIds == null || parentIds.isEmpty()) {
            return;
        }
        int n = sweeper.sweepChildren(UnifiedTables.forModel(model), parentColumn, parentIds, ctx.integrationId(),
                ctx.runId(), Instant.now());
        ctx.stats().deleted.addAndGet(n);
    }
}
