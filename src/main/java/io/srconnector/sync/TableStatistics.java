package io.srconnector.sync;

import io.srconnector.persistence.UnifiedTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of a model's table ({@code ANALYZE}) right after a model wrote many rows
 * in a run — above all the first full sync of an account, after which the statistics still describe an empty table:
 * the planner then sorts every row of the integration to serve one API page instead of walking the
 * {@code (integration_id, id)} index (measured on 97,500 candidates: 250 ms instead of 1 ms per page). Autovacuum
 * would do it eventually, when it is on and gets to it.
 */
@Component
public class TableStatistics implements SyncListeners.SyncListener {
    /** Rows inserted, changed or deleted by one model in one run from which its table is analysed. */
    static final long THRESHOLD = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(TableStatistics.class);
    private final JdbcTemplate jdbc;

    public TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void modelSynced(SyncRun run, String model, ModelStats stats) {
        if (stats.inserted() + stats.updated() + stats.deleted() < THRESHOLD) {
            return;
        }
        String table;
        try {
            table = UnifiedTables.forModel(model).table();
        } catch (IllegalArgumentException notAUnifiedModel) {
            return;
        }
        long t0 = System.nanoTime();
        jdbc.execute("ANALYZE " + table);
        LOG.info("[{}] {}: {} analysed after {} changed rows ({} ms)", run.integrationId(), model, table,
                stats.inserted() + stats.updated() + stats.deleted(), (System.nanoTime() - t0) / 1_000_000);
    }
}
