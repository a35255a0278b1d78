package io.srconnector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL the integration tests use: {@code 127.0.0.1:5432}, user {@code postgres}, database
 * {@code srconnector_test} (override with TEST_DB_HOST / TEST_DB_PORT / TEST_DB_USER / TEST_DB_PASSWORD /
 * TEST_DB_NAME). The database is dropped and created afresh once per test JVM (so every run starts from an empty
 * schema that Flyway builds from the migrations in order); set TEST_DB_KEEP=true to keep an existing one.
 */
public final class TestDatabase {
    public static final String HOST = env("TEST_DB_HOST", "127.0.0.1");
    public static final String PORT = env("TEST_DB_PORT", "5432");
    public static final String USER = env("TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("TEST_DB_PASSWORD", "");
    public static final String NAME = env("TEST_DB_NAME", "srconnector_test");
    private static volatile boolean ensured;

    private TestDatabase() {
    }

    /** JDBC URL of the test database. */
    public static String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    /** Creates the test database (afresh, unless TEST_DB_KEEP=true), once per JVM. */
    public static synchronized void ensure() {
        if (ensured) {
            return;
        }
        if (!NAME.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("TEST_DB_NAME must be a plain lower-case identifier: " + NAME);
        }
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement s = c.createStatement()) {
            boolean keep = "true".equalsIgnoreCase(System.getenv("TEST_DB_KEEP"));
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                exists = rs.next();
            }
            if (exists && !keep) {
                s.execute("DROP DATABASE " + NAME + " WITH (FORCE)");
                exists = false;
            }
            if (!exists) {
                s.execute("CREATE DATABASE " + NAME);
            }
            ensured = true;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + admin
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", e);
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
