package io.srconnector.persistence;

import io.srconnector.model.UnifiedRecord;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Describes how one unified model is stored: the table (Kombo model name, e.g. {@code ats_jobs}) and its columns,
 * derived from the record's components (camelCase component → snake_case column, Java type → {@link SqlType}).
 * Besides these columns every table has the bookkeeping columns of migration V3 (integration_id, changed_at,
 * nested_changed_at, remote_deleted_at, remote_data, content_hash, last_seen_run_id).
 *
 * @param <T> the unified record type
 */
public final class UnifiedTable<T extends UnifiedRecord> {
    private final String table;
    private final String model;
    private final Class<T> type;
    private final List<UnifiedColumn> columns;

    private UnifiedTable(String table, String model, Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.table = table;
        this.model = model;
        this.type = type;
        List<UnifiedColumn> cols = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            cols.add(new UnifiedColumn(snake(c.getName()), SqlType.of(c.getType()), c.getType(), c.getAccessor()));
        }
        if (!cols.get(0).name().equals("id")) {
            throw new IllegalArgumentException(type + ": the first component must be id");
        }
        this.columns = Collections.unmodifiableList(cols);
    }

    /**
     * @param table the PostgreSQL table, e.g. {@code ats_jobs}
     * @param model the model's kebab/API name used in routes and sync results, e.g. {@code jobs}
     * @param type  the unified record class
     */
    public static <T extends UnifiedRecord> UnifiedTable<T> of(String table, String model, Class<T> type) {
        return new UnifiedTable<>(table, model, type);
    }

    public String table() {
        return table;
    }

    public String model() {
        return model;
    }

    public Class<T> type() {
        return type;
    }

    /** The unified columns in record order; the first is {@code id}. */
    public List<UnifiedColumn> columns() {
        return columns;
    }

    /** Whether this table has a column of the given name. */
    public boolean hasColumn(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return table;
    }
}
