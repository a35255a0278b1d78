package io.srconnector.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** PostgreSQL column types a unified record component maps to. */
public enum SqlType {
    TEXT("text"), BOOLEAN("boolean"), NUMERIC("numeric"), INTEGER("integer"), TIMESTAMPTZ("timestamptz"), JSONB("jsonb");

    private final String pgName;

    SqlType(String pgName) {
        this.pgName = pgName;
    }

    /** The PostgreSQL type name, e.g. {@code timestamptz}. */
    public String pgName() {
        return pgName;
    }

    /** The column type for a Java component type: scalars map to scalars, everything else is stored as jsonb. */
    public static SqlType of(Class<?> javaType) {
        if (javaType == String.class) {
            return TEXT;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return BOOLEAN;
        }
        if (javaType == BigDecimal.class || javaType == Double.class || javaType == Long.class) {
            return NUMERIC;
        }
        if (javaType == Integer.class || javaType == int.class) {
            return INTEGER;
        }
        if (javaType == Instant.class) {
            return TIMESTAMPTZ;
        }
        return JSONB;
    }
}
