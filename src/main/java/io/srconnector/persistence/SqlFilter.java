package io.srconnector.persistence;

import java.util.List;

/**
 * One condition of a list query: SQL with {@code ?} placeholders over the listed table (aliased {@code t}) and its
 * bound values. Values are never concatenated into the SQL.
 */
public record SqlFilter(String sql, List<Object> params) {
    public static SqlFilter of(String sql, Object... params) {
        return new SqlFilter(sql, List.of(params));
    }
}
