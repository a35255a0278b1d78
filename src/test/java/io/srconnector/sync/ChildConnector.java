package io.srconnector.sync;

import io.srconnector.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The connector as a separate operating-system process (the real {@code ConnectorApplication} main, the project's
 * {@code application.yaml} and {@code routes/}), on a database of its own, so a test can kill it mid-sync and start
 * it again. Its class path is the test JVM's without the test classes — or, from {@link #fromJar} and
 * {@link #sandboxFromJar}, the built jar as an operator runs it (a replica; the standalone sandbox).
 */
final class ChildConnector {
    /** The packaged application (failsafe runs after {@code package}). */
    static final Path JAR = Path.of("target", "smartrecruiters-ats-connector.jar");
    private final List<String> launcher;
    private final List<String> args;
    private final Path logDir;
    private final String name;
    private Process process;
    private int starts;

    ChildConnector(List<String> args, Path logDir) {
        this(null, args, logDir, "child");
    }

    private ChildConnector(List<String> launcher, List<String> args, Path logDir, String name) {
        this.launcher = launcher;
        this.args = args;
        this.logDir = logDir;
        this.name = name;
    }

    /** The connector from the built jar ({@code java -jar target/smartrecruiters-ats-connector.jar args}). */
    static ChildConnector fromJar(List<String> args, Path logDir, String name) {
        return new ChildConnector(List.of("-Xmx384m", "-jar", jar()), args, logDir, name);
    }

    /** The standalone SmartRecruiters sandbox from the built jar ({@code SandboxMain}, docs/sandbox.md). */
    static ChildConnector sandboxFromJar(List<String> args, Path logDir) {
        return new ChildConnector(List.of("-Xmx256m", "-Dloader.main=io.srconnector.sandbox.SandboxMain", "-jar",
                jar()), args, logDir, "sandbox");
    }

    private static String jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the integration tests with mvn verify (after package)");
        }
        return JAR.toString();
    }

    /** Starts a new process (output in {@code <logDir>/<name>-<n>.log}). */
    ChildConnector start() throws IOException {
        starts++;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (launcher == null) {
            cmd.add("-Xmx512m");
            cmd.add("-cp");
            cmd.add(classPath());
            cmd.add("io.srconnector.ConnectorApplication");
        } else {
            cmd.addAll(launcher);
        }
        cmd.addAll(args);
        Files.createDirectories(logDir);
        File log = log().toFile();
        process = new ProcessBuilder(cmd).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(log).start();
        return this;
    }

    Path log() {
        return logDir.resolve(name + "-" + starts + ".log");
    }

    /** Operating-system process id of the running process (the {@code pid} in {@code sync_runs.worker}). */
    long pid() {
        return process.pid();
    }

    /** SIGTERM: a graceful shutdown (Spring's shutdown hook runs). */
    int stopGracefully(Duration timeout) throws InterruptedException {
        process.destroy();
        return waitFor(timeout);
    }

    /** SIGKILL: the process dies at once, as in a crash or an OOM kill. */
    int kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        return waitFor(timeout);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("connector process did not stop within " + timeout);
        }
        return process.exitValue();
    }

    /** Recreates a database next to the test database and returns a JdbcTemplate on it. */
    static JdbcTemplate freshDatabase(String name) throws SQLException {
        TestDatabase.ensure();
        String admin = "jdbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return new JdbcTemplate(new DriverManagerDataSource(url(name), TestDatabase.USER, TestDatabase.PASSWORD));
    }

    static void dropDatabase(String name) throws SQLException {
        String admin = "jdbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String url(String database) {
        return "jdbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/" + database;
    }

    /** The test JVM's class path (expanded from a manifest-only booter jar) without test classes. */
    static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && e.contains("surefirebooter")) {
                try (JarFile jar = new JarFile(e)) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.trim().split("\\s+")) {
                            entries.add(u.startsWith("file:") ? Path.of(URI.create(u)).toString() : u);
                        }
                    }
                }
            } else {
                entries.add(e);
            }
        }
        entries.removeIf(e -> e.replace('\\', '/').contains("/test-classes") || e.contains("surefire")
                || e.contains("junit") || e.contains("wiremock"));
        return String.join(File.pathSeparator, entries);
    }
}
