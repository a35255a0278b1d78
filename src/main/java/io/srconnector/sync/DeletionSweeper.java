package io.srconnector.sync;

import io.srconnector.persistence.NestedChanges;
import io.srconnector.persistence.UnifiedTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Marks records that SmartRecruiters no longer returns as deleted ({@code remote_deleted_at}, and {@code changed_at}
 * so delta readers notice; their parents' {@code nested_changed_at} moves too where Kombo counts a removal). Only ever
 * called after a stream read its complete list successfully: a failed or partial run deletes nothing (failure case
 * FC-11). A record that reappears is undeleted by the upsert writer.
 */
@Component
public class DeletionSweeper {
    private final JdbcTemplate jdbc;
    private final NestedChanges nested;

    public DeletionSweeper(JdbcTemplate jdbc, NestedChanges nested) {
        this.jdbc = jdbc;
        this.nested = nested;
    }

    /**
     * Marks every live record of the integration not seen by {@code runId}.
     *
     * @return the number of records marked deleted
     */
    public int sweep(UnifiedTable<?> table, String integrationId, String runId, Instant now) {
        List<String> ids = jdbc.queryForList("UPDATE " + table.table() + " SET remote_deleted_at = ?, changed_at = ? "
                        + "WHERE integration_id = ? AND remote_deleted_at IS NULL "
                        + "AND last_seen_run_id IS DISTINCT FROM ? RETURNING id", String.class,
                Timestamp.from(now), Timestamp.from(now), integrationId, runId);
        nested.propagate(table, integrationId, List.of(), List.of(), ids, now);
        return ids.size();
    }

    /**
     * Marks the live children of the given parents not seen by {@code runId}: used when a parent's complete child list
     * was just read (an application that left a candidate's assignments).
     *
     * @param parentColumn the child's column holding the parent's unified id, e.g. {@code candidate_id}
     * @return the number of records marked deleted
     */
    public int sweepChildren(UnifiedTable<?> table, String parentColumn, Collection<String> parentIds,
                             String integrationId, String runId, Instant now) {
        return markChildren(table, parentColumn, parentIds, "last_seen_run_id IS DISTINCT FROM ?", runId,
                integrationId, now);
    }

    /**
     * Marks the live children of the given parents deleted except those kept: used by a write-through that re-read
     * the parents' complete child lists (a candidate's tags after a tag write) without a sync run to compare with.
     *
     * @param keepIds the unified ids of the children just written for these parents
     * @return the number of records marked deleted
     */
    public int sweepChildrenExcept(UnifiedTable<?> table, String parentColumn, Collection<String> parentIds,
                                   Collection<String> keepIds, String integrationId, Instant now) {
        return markChildren(table, parentColumn, parentIds, "NOT (id = ANY (?))", keepIds.toArray(new String[0]),
                integrationId, now);
    }

    /**
     * Marks the live children of the parents for which {@code gone} (an SQL predicate with one parameter) holds
     * deleted, and moves their parents' {@code nested_changed_at}.
     *
     * @param goneValue the predicate's parameter: a String, or a String[] bound as {@code text[]}
     */
    private int markChildren(UnifiedTable<?> table, String parentColumn, Collection<String> parentIds, String gone,
                             Object goneValue, String integrationId, Instant now) {
        if (parentIds.isEmpty()) {
            return 0;
        }
        if (!table.hasColumn(parentColumn)) {
            throw new IllegalArgumentException(table + " has no column " + parentColumn);
        }
        List<String> ids = jdbc.query("UPDATE " + table.table() + " SET remote_deleted_at = ?, changed_at = ? "
                        + "WHERE integration_id = ? AND remote_deleted_at IS NULL AND " + parentColumn
                        + " = ANY (?) AND " + gone + " RETURNING id",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setString(3, integrationId);
                    ps.setArray(4, ps.getConnection().createArrayOf("text", parentIds.toArray()));
                    if (goneValue instanceof String[] values) {
                        ps.setArray(5, ps.getConnection().createArrayOf("text", values));
                    } else {
                        ps.setString(5, (String) goneValue);
                    }
                }, (rs, i) -> rs.getString(1));
        nested.propagate(table, integrationId, List.of(), List.of(), ids, now);
        return ids.size();
    }
}
