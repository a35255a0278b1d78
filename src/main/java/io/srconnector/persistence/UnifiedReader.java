package io.srconnector.persistence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads unified records back as Kombo-shaped JSON objects: the record's own fields (its table columns, in record
 * order) plus {@code changed_at}, {@code remote_deleted_at} and {@code remote_data}. Lists use keyset pagination on
 * {@code id}; every filter value is a bound parameter.
 */
@Component
public class UnifiedReader {
    private final JdbcTemplate jdbc;

    public UnifiedReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of rows and whether more follow. */
    public record Rows(List<ObjectNode> rows, boolean more) {
    }

    /**
     * Lists one page.
     *
     * @param extra endpoint-specific filters (over alias {@code t})
     */
    public Rows list(UnifiedTable<?> table, String integrationId, ListSpec q, List<SqlFilter> extra) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("t.integration_id = ?");
        params.add(integrationId);
        if (q.after() != null) {
            where.append(" AND t.id > ?");
            params.add(q.after());
        }
        if (!q.includeDeleted()) {
            where.append(" AND t.remote_deleted_at IS NULL");
        }
        if (q.updatedAfter() != null) {
            where.append(" AND (t.changed_at >= ? OR t.nested_changed_at >= ?)");
            params.add(Timestamp.from(q.updatedAfter()));
            params.add(Timestamp.from(q.updatedAfter()));
        }
        if (!q.ids().isEmpty()) {
            where.append(" AND t.id = ANY (?)");
            params.add(q.ids().toArray(new String[0]));
        }
        if (!q.remoteIds().isEmpty()) {
            where.append(" AND t.remote_id = ANY (?)");
            params.add(q.remoteIds().toArray(new String[0]));
        }
        for (SqlFilter f : extra) {
            where.append(" AND (").append(f.sql()).append(')');
            params.addAll(f.params());
        }
        // The page's ids first, then their (wide) rows: a plan that sorts (e.g. with statistics not yet gathered
        // after a first sync) then sorts narrow ids instead of de-TOASTing every row's remote_data.
        String sql = "SELECT " + selectList(table) + " FROM " + table.table() + " t JOIN (SELECT t.id FROM "
                + table.table() + " t WHERE " + where + " ORDER BY t.id LIMIT ?) page ON page.id = t.id ORDER BY t.id";
        params.add(q.pageSize() + 1);
        List<ObjectNode> rows = query(table, sql, params);
        boolean more = rows.size() > q.pageSize();
        return new Rows(more ? rows.subList(0, q.pageSize()) : rows, more);
    }

    /**
     * Rows of a table whose {@code column} is one of {@code values} (nested expansions: a page's applications by
     * candidate_id), ordered by the given SQL order.
     */
    public List<ObjectNode> byColumn(UnifiedTable<?> table, String integrationId, String column,
                                     Collection<String> values, boolean includeDeleted, String orderBy) {
        return byColumn(table, integrationId, column, values, includeDeleted, orderBy, true);
    }

    /**
     * Like {@link #byColumn(UnifiedTable, String, String, Collection, boolean, String)}; with {@code withRemoteData}
     * false the rows' {@code remote_data} is null (not read: for expansions that only pick unified fields).
     */
    public List<ObjectNode> byColumn(UnifiedTable<?> table, String integrationId, String column,
                                     Collection<String> values, boolean includeDeleted, String orderBy,
                                     boolean withRemoteData) {
        if (values.isEmpty()) {
            return List.of();
        }
        if (!column.equals("id") && !table.hasColumn(column)) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        String select = selectList(table);
        if (!withRemoteData) {
            select = select.replace("t.remote_data::text AS remote_data", "NULL::text AS remote_data");
        }
        String sql = "SELECT " + select + " FROM " + table.table() + " t WHERE t.integration_id = ? AND t."
                + column + " = ANY (?)" + (includeDeleted ? "" : " AND t.remote_deleted_at IS NULL")
                + " ORDER BY " + (orderBy == null ? "t.id" : orderBy);
        return query(table, sql, List.of(integrationId, values.toArray(new String[0])));
    }

    /** All live rows of a table for an integration (small configuration lists such as stages). */
    public List<ObjectNode> all(UnifiedTable<?> table, String integrationId, String orderBy) {
        String sql = "SELECT " + selectList(table) + " FROM " + table.table()
                + " t WHERE t.integration_id = ? AND t.remote_deleted_at IS NULL ORDER BY " + orderBy;
        return query(table, sql, List.of(integrationId));
    }

    private static String selectList(UnifiedTable<?> table) {
        StringBuilder sb = new StringBuilder();
        for (UnifiedColumn c : table.columns()) {
            sb.append("t.").append(c.name()).append(c.type() == SqlType.JSONB ? "::text" : "").append(", ");
        }
        return sb.append("t.changed_at, t.remote_deleted_at, t.remote_data::text AS remote_data").toString();
    }

    private List<ObjectNode> query(UnifiedTable<?> table, String sql, List<Object> params) {
        return jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    if (p instanceof String[] arr) {
                        Array a = con.createArrayOf("text", arr);
                        ps.setArray(i + 1, a);
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                List<ObjectNode> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(toJson(table, rs));
                    }
                }
                return out;
            }
        });
    }

    private static ObjectNode toJson(UnifiedTable<?> table, ResultSet rs) throws SQLException {
        ObjectNode o = Json.mapper().createObjectNode();
        int i = 1;
        for (UnifiedColumn c : table.columns()) {
            put(o, c.name(), c.type(), rs, i++);
        }
        put(o, "changed_at", SqlType.TIMESTAMPTZ, rs, i++);
        put(o, "remote_deleted_at", SqlType.TIMESTAMPTZ, rs, i++);
        // remote_data is passed through as the stored JSON text, never parsed: it is only ever written out
        String remoteData = rs.getString(i);
        if (remoteData == null) {
            o.putNull("remote_data");
        } else {
            o.putRawValue("remote_data", new com.fasterxml.jackson.databind.util.RawValue(remoteData));
        }
        return o;
    }

    private static void put(ObjectNode o, String name, SqlType type, ResultSet rs, int i) throws SQLException {
        switch (type) {
            case TEXT -> o.put(name, rs.getString(i));
            case BOOLEAN -> {
                boolean b = rs.getBoolean(i);
                if (rs.wasNull()) {
                    o.putNull(name);
                } else {
                    o.put(name, b);
                }
            }
            case NUMERIC -> o.put(name, rs.getBigDecimal(i));
            case INTEGER -> {
                int v = rs.getInt(i);
                if (rs.wasNull()) {
                    o.putNull(name);
                } else {
                    o.put(name, v);
                }
            }
            case TIMESTAMPTZ -> {
                Timestamp ts = rs.getTimestamp(i);
                o.put(name, ts == null ? null : Json.timestamp(ts.toInstant()));
            }
            case JSONB -> {
                String s = rs.getString(i);
                o.set(name, s == null ? Json.mapper().nullNode() : Json.read(s));
            }
        }
    }

    /** An empty JSON array (for nested lists a model does not have yet). */
    public static ArrayNode emptyArray() {
        return Json.mapper().createArrayNode();
    }
}
