package io.srconnector.sync;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every unified table ({@code ats_*}, whatever models exist) of one integration, for row-by-row
 * comparisons of two sync outcomes. Columns that legitimately differ between two runs of the same data are left out:
 * {@code changed_at}, {@code nested_changed_at} (when the run wrote them) and {@code last_seen_run_id} (which run).
 * Values are compared as PostgreSQL renders them as text (jsonb normalised).
 */
final class TableSnapshot {
    static final Set<String> VOLATILE = Set.of("changed_at", "nested_changed_at", "last_seen_run_id");

    /** table → id → column → value. */
    final Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();

    static TableSnapshot of(JdbcTemplate jdbc, String integrationId) {
        return of(jdbc, integrationId, VOLATILE);
    }

    static TableSnapshot of(JdbcTemplate jdbc, String integrationId, Set<String> excluded) {
        TableSnapshot s = new TableSnapshot();
        for (String t : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename LIKE 'ats\\_%' ORDER BY 1", String.class)) {
            List<String> cols = new ArrayList<>();
            for (String c : jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position", String.class, t)) {
                if (!excluded.contains(c)) {
                    cols.add(c);
                }
            }
            if (!cols.contains("id") || !cols.contains("integration_id")) {
                continue;
            }
            StringBuilder select = new StringBuilder();
            for (String c : cols) {
                select.append(select.length() == 0 ? "" : ", ").append(c).append("::text AS ").append(c);
            }
            Map<String, Map<String, String>> rows = new TreeMap<>();
            jdbc.query("SELECT " + select + " FROM " + t + " WHERE integration_id = ?", rs -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : cols) {
                    row.put(c, rs.getString(c));
                }
                rows.put(row.get("id"), row);
            }, integrationId);
            s.tables.put(t, rows);
        }
        return s;
    }

    int rows() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    /** Row-by-row comparison with another snapshot. */
    Comparison compare(TableSnapshot other) {
        Comparison c = new Comparison();
        Set<String> names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String t : names) {
            Map<String, Map<String, String>> a = tables.getOrDefault(t, Map.of());
            Map<String, Map<String, String>> b = other.tables.getOrDefault(t, Map.of());
            TableComparison tc = new TableComparison(t, a.size(), b.size());
            for (Map.Entry<String, Map<String, String>> e : a.entrySet()) {
                Map<String, String> rb = b.get(e.getKey());
                if (rb == null) {
                    tc.onlyLeft.add(e.getKey());
                } else if (rb.equals(e.getValue())) {
                    tc.identical++;
                } else {
                    List<String> diff = new ArrayList<>();
                    e.getValue().forEach((col, v) -> {
                        if (!java.util.Objects.equals(v, rb.get(col))) {
                            diff.add(col);
                        }
                    });
                    tc.differing.put(e.getKey(), diff);
                }
            }
            b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(tc.onlyRight::add);
            c.tables.add(tc);
        }
        return c;
    }

    /** The outcome of a comparison, table by table. */
    static final class Comparison {
        final List<TableComparison> tables = new ArrayList<>();

        boolean identical() {
            return tables.stream().allMatch(TableComparison::identical);
        }

        int rows() {
            return tables.stream().mapToInt(t -> t.leftRows).sum();
        }

        /** A readable report: one line per table, and the first differing rows. */
        String report(String left, String right) {
            StringBuilder sb = new StringBuilder("Row-by-row comparison, " + left + " vs " + right
                    + " (columns compared: all but " + VOLATILE + ")\n");
            for (TableComparison t : tables) {
                sb.append(String.format("  %-28s %6d vs %6d rows: %6d identical, %d differing, %d only %s, %d only %s%n",
                        t.table, t.leftRows, t.rightRows, t.identical, t.differing.size(), t.onlyLeft.size(), left,
                        t.onlyRight.size(), right));
                t.differing.entrySet().stream().limit(5).forEach(e ->
                        sb.append("      differs: ").append(e.getKey()).append(" in ").append(e.getValue()).append('\n'));
                t.onlyLeft.stream().limit(5).forEach(id -> sb.append("      only ").append(left).append(": ").append(id).append('\n'));
                t.onlyRight.stream().limit(5).forEach(id -> sb.append("      only ").append(right).append(": ").append(id).append('\n'));
            }
            sb.append(identical() ? "  => identical" : "  => NOT identical");
            return sb.toString();
        }
    }

    /** One table's comparison. */
    static final class TableComparison {
        final String table;
        final int leftRows;
        final int rightRows;
        int identical;
        final Map<String, List<String>> differing = new TreeMap<>();
        final List<String> onlyLeft = new ArrayList<>();
        final List<String> onlyRight = new ArrayList<>();

        TableComparison(String table, int leftRows, int rightRows) {
            this.table = table;
            this.leftRows = leftRows;
            this.rightRows = rightRows;
        }

        boolean identical() {
            return differing.isEmpty() && onlyLeft.isEmpty() && onlyRight.isEmpty();
        }
    }
}
