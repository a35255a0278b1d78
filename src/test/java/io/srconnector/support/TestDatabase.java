package io.srconnector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL the integration tests use: {@code 127.0.0.1:5432}, user {@code postgres}, database
 * {@code srconnector_test} (override with TEST_DB_HOST / TEST_DB_PORT / TEST_DB_USER / TEST_DB_PASSWORD /
 * TEST_DB_NAME). The database is created when missing; Flyway creates the schema.
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

    /** Creates the test database if it does not exist. */
    public static synchronized void ensure() {
        if (ensured) {
            return;
        }
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + NAME);
                }
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
