package io.srconnector.sync.source;

import io.srconnector.sync.RecordPage;
import io.srconnector.sync.RecordSource;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.StreamSpec;
import io.srconnector.sync.SyncContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Base of the record sources of child models: walks, in id order and a page at a time, the parent records that the
 * same run has just written (their {@code last_seen_run_id} is the run), and turns each into the child stream's
 * records. A full run therefore covers every live parent, a delta run the parents SmartRecruiters reported changed.
 * Each page names all its parents ({@link RecordPage#parentIds()}) so the page route may sweep the children those
 * parents no longer have. The cursor is the last parent id of a page.
 */
public abstract class SeenInRunSource implements RecordSource {
    protected final JdbcTemplate jdbc;

    protected SeenInRunSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page query. Parameters, in order: integration id, run id, the id to start after, the page size; it returns
     * the parent's unified {@code id} plus whatever {@link #records} reads, ordered by id.
     */
    protected abstract String pageSql();

    /** The child records of one parent row (may be empty). */
    protected abstract List<RemoteRecord> records(Map<String, Object> row, SyncContext ctx);

    /** Parents per page (default: the stream's page size). */
    protected int parentsPerPage(StreamSpec spec) {
        return Math.max(1, spec.pageSize());
    }

    @Override
    public void read(SyncContext ctx, StreamSpec spec, String startCursor, Consumer<RecordPage> onPage) {
        String after = startCursor == null ? "" : startCursor;
        int limit = parentsPerPage(spec);
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(pageSql(), ctx.integrationId(), ctx.runId(), after,
                    limit);
            if (rows.isEmpty()) {
                return;
            }
            List<RemoteRecord> records = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (includesParent(row, ctx)) {
                    parents.add((String) row.get("id"));
                }
                records.addAll(records(row, ctx));
            }
            after = (String) rows.get(rows.size() - 1).get("id");
            boolean last = rows.size() < limit;
            onPage.accept(new RecordPage(records, last ? null : after, parents));
            if (last) {
                return;
            }
        }
    }

    /** Whether this page holds the parent's complete child list (so its unseen children may be swept). */
    protected boolean includesParent(Map<String, Object> row, SyncContext ctx) {
        return true;
    }

    /** The text of a column, or null. */
    protected static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : v.toString();
    }
}
