package io.srconnector.persistence;

import io.srconnector.model.Candidate;
import io.srconnector.model.EmailAddress;
import io.srconnector.model.Location;
import io.srconnector.model.PhoneNumber;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failure case FC-18 (null parameters in PostgreSQL batch inserts are slow or mistyped): 1,000 candidates of which
 * 60 % have no phone number, no location and no e-mail are written by {@link UnifiedUpsertWriter} as ONE prepared
 * statement (typed arrays, no per-row parameter metadata), and the missing values are SQL NULLs — not the JSON
 * literal {@code null}, not empty strings.
 */
class UpsertNullsIT extends IntegrationTestBase {
    private static final String FC18_INTEGRATION = INTEGRATION;

    @Autowired
    private DataSource dataSource;
    @Autowired
    private NestedChanges nested;

    @Test
    void aThousandCandidatesWithSixtyPercentNullsAreOneStatementAndRealNulls() {
        jdbc.update("DELETE FROM ats_candidates WHERE integration_id = ? AND remote_id LIKE 'fc18-%'", FC18_INTEGRATION);
        AtomicInteger statements = new AtomicInteger();
        UnifiedUpsertWriter writer = new UnifiedUpsertWriter(new JdbcTemplate(counting(dataSource, statements)), nested);

        List<Mapped<Candidate>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            boolean sparse = i % 10 < 6;
            String remoteId = "fc18-" + i;
            Candidate c = new Candidate(UnifiedIds.of(FC18_INTEGRATION, "candidates", remoteId), remoteId,
                    "Zoë " + i, "Ñúñez", null, null, false, null,
                    sparse ? null : List.of(new PhoneNumber("+49 30 " + (1000000 + i), "MOBILE")),
                    sparse ? null : List.of(new EmailAddress("c" + i + "@example.org", "PERSONAL")),
                    List.of(), sparse ? null : new Location("Berlin", "DE", "Berlin, DE", null, null, null, null),
                    Map.of(), List.of(), null, Instant.parse("2024-03-01T10:00:00Z"), null);
            rows.add(new Mapped<>(c, null));
        }

        UpsertResult r = writer.upsert(UnifiedTables.CANDIDATES, FC18_INTEGRATION, rows, null, Instant.now());

        assertThat(r.inserted()).isEqualTo(1000);
        assertThat(statements.get()).as("prepared statements for 1,000 rows").isEqualTo(1);
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE phone_numbers IS NULL AND email_addresses IS NULL AND location IS NULL
                                        AND remote_data IS NULL) AS sql_nulls,
                       count(*) FILTER (WHERE phone_numbers::text = 'null' OR location::text = 'null'
                                        OR email_addresses::text = 'null') AS json_nulls,
                       count(*) FILTER (WHERE company IS NULL AND title IS NULL AND remote_updated_at IS NULL) AS plain_nulls,
                       count(*) FILTER (WHERE location->>'country' = 'DE'
                                        AND phone_numbers->0->>'phone_number' LIKE '+49 30 %') AS filled
                FROM ats_candidates WHERE integration_id = ? AND remote_id LIKE 'fc18-%'""", FC18_INTEGRATION);
        assertThat(counts).containsEntry("total", 1000L).containsEntry("sql_nulls", 600L)
                .containsEntry("json_nulls", 0L).containsEntry("plain_nulls", 1000L).containsEntry("filled", 400L);
        assertThat(jdbc.queryForObject("SELECT first_name FROM ats_candidates WHERE remote_id = 'fc18-7'", String.class))
                .isEqualTo("Zoë 7");

        // the same batch again: one more statement, nothing changed
        UpsertResult again = writer.upsert(UnifiedTables.CANDIDATES, FC18_INTEGRATION, rows, null, Instant.now());
        assertThat(statements.get()).isEqualTo(2);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1000);
        jdbc.update("DELETE FROM ats_candidates WHERE integration_id = ? AND remote_id LIKE 'fc18-%'", FC18_INTEGRATION);
    }

    /** A data source whose connections count {@code prepareStatement} calls. */
    private static DataSource counting(DataSource ds, AtomicInteger statements) {
        return new DelegatingDataSource(ds) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection real = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
