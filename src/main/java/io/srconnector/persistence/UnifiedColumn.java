package io.srconnector.persistence;

import java.lang.reflect.Method;

/**
 * One unified field stored as a column: its snake_case name (= the API field name), SQL type and record accessor.
 */
public record UnifiedColumn(String name, SqlType type, Class<?> javaType, Method accessor) {

    /** Reads this column's value from a record. */
    public Object read(Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
