package io.srconnector.config;

import io.srconnector.sync.SyncSettings;
import org.junit.jupiter.api.Test;
import org.quartz.core.QuartzScheduler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migration of the Quartz tables is Quartz's own PostgreSQL schema from the quartz jar the build resolves
 * (so a Quartz upgrade that changes the schema fails here), and the clustered job store's properties.
 */
class QuartzSchemaTest {

    @Test
    void migrationV50IsTheResolvedQuartzJarsPostgresSchema() throws IOException {
        String official;
        try (InputStream in = QuartzScheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_postgres.sql")) {
            assertThat(in).as("tables_postgres.sql in quartz %s", QuartzScheduler.class.getPackage()
                    .getImplementationVersion()).isNotNull();
            official = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String expected = official.lines()
                .filter(l -> !l.startsWith("DROP TABLE") && !l.equals("COMMIT;"))
                .collect(Collectors.joining("\n")).strip();
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V50__quartz_tables.sql"));
        String body = migration.substring(migration.indexOf("-- Thanks to Patrick")).strip();
        assertThat(body.lines().collect(Collectors.joining("\n"))).isEqualTo(expected);
        assertThat(expected).contains("CREATE TABLE QRTZ_LOCKS", "CREATE TABLE QRTZ_SCHEDULER_STATE",
                "CREATE TABLE QRTZ_FIRED_TRIGGERS");
        assertThat(expected.split("CREATE TABLE", -1)).hasSize(12); // 11 tables
    }

    @Test
    void clusteredPropertiesAddTheClusterSettingsToTheOperatorsOwn() {
        SyncSettings sync = new SyncSettings();
        sync.setQuartzCheckinInterval(Duration.ofSeconds(2));
        sync.setQuartzMisfireThreshold(Duration.ofSeconds(30));
        Properties p = QuartzClusterConfiguration.clusteredProperties(
                Map.of("org.quartz.threadPool.threadCount", "3"), sync);
        assertThat(p).containsEntry("org.quartz.threadPool.threadCount", "3")
                .containsEntry("org.quartz.jobStore.isClustered", "true")
                .containsEntry("org.quartz.scheduler.instanceId", "AUTO")
                .containsEntry("org.quartz.jobStore.driverDelegateClass",
                        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate")
                .containsEntry("org.quartz.jobStore.tablePrefix", "QRTZ_")
                .containsEntry("org.quartz.jobStore.clusterCheckinInterval", "2000")
                .containsEntry("org.quartz.jobStore.misfireThreshold", "30000")
                .doesNotContainKey("org.quartz.jobStore.class");
    }
}
