package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync contract, checked for every synced model that is a unified table — so models added later are covered
 * without new tests: a full sync leaves no duplicate, stamps every row, saves the watermark (the run's start) and a
 * finished checkpoint; a second full sync and an idle delta change nothing and move no {@code changed_at}; a row
 * SmartRecruiters does not have is marked deleted by the next full sync, and only that row.
 */
class SyncContractIT extends SyncTestBase {
    private static Private p;
    private static String first;
    private static String second;
    private static String delta;
    private static String sweep;
    private static final Map<String, Map<String, Timestamp>> changedAtAfterFirst = new HashMap<>();
    private static final Map<String, String> ghosts = new HashMap<>();

    /** Every unified model (registered table) that {@code connector.sync.models} in application.yaml syncs. */
    @SuppressWarnings("unchecked")
    static List<String> models() {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("application.yaml"))) {
            Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(in);
            List<String> configured = (List<String>) ((Map<String, Object>) ((Map<String, Object>) yaml
                    .get("connector")).get("sync")).get("models");
            return UnifiedTables.all().stream().map(UnifiedTable::model).filter(configured::contains).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Once for the class, from the first test (CamelSpringBootTest starts Camel right before each test method, after
     * {@code @BeforeAll} and {@code @BeforeEach}).
     */
    private synchronized void syncFourTimes() {
        if (p != null) {
            return;
        }
        assertThat(syncSettings.getModels()).containsAll(models());
        p = privateSandbox("smartrecruiters:it-contract", small());
        first = p.sync(SyncType.FULL);
        for (String m : models()) {
            UnifiedTable<?> t = UnifiedTables.forModel(m);
            Map<String, Timestamp> c = new HashMap<>();
            jdbc.query("SELECT id, changed_at FROM " + t.table() + " WHERE integration_id = ?",
                    rs -> {
                        c.put(rs.getString(1), rs.getTimestamp(2));
                    }, p.integration);
            changedAtAfterFirst.put(m, c);
        }
        second = p.sync(SyncType.FULL);
        delta = p.sync(SyncType.DELTA);
        for (String m : models()) {
            ghosts.put(m, ghost(UnifiedTables.forModel(m)));
        }
        sweep = p.sync(SyncType.FULL);
    }

    @AfterAll
    static void close() {
        if (p != null) {
            p.close();
        }
    }

    /** The models a stream's route file also writes with {@code writeFrom('<model>', …)}. */
    static List<String> secondTablesOf(String model) {
        try {
            String route = java.nio.file.Files.readString(java.nio.file.Path.of("routes", "sync", model + ".camel.yaml"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("writeFrom\\('([a-z-]+)'").matcher(route);
            List<String> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A copy of one row under an id and remote id SmartRecruiters does not know. */
    private String ghost(UnifiedTable<?> t) {
        List<String> cols = jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position", String.class, t.table());
        String id = "ghost" + Long.toString(System.nanoTime(), 36);
        id = (id + "1111111111111111111111111").substring(0, 24).replace('0', '1').replace('l', 'L')
                .replace('I', 'J').replace('O', 'P');
        StringBuilder select = new StringBuilder();
        for (String c : cols) {
            select.append(select.length() == 0 ? "" : ", ").append(switch (c) {
                case "id" -> "'" + id + "'";
                case "remote_id" -> "'ghost-' || remote_id";
                default -> c;
            });
        }
        int n = jdbc.update("INSERT INTO " + t.table() + " (" + String.join(", ", cols) + ") SELECT " + select
                + " FROM " + t.table() + " WHERE integration_id = ? AND remote_deleted_at IS NULL ORDER BY id LIMIT 1",
                p.integration);
        assertThat(n).as("a row of " + t.table() + " to copy").isEqualTo(1);
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aFullSyncStoresEachRecordOnceAndSavesItsState(String model) {
        syncFourTimes();
        UnifiedTable<?> t = UnifiedTables.forModel(model);
        JsonNode stats = p.models(first).path(model);
        assertThat(stats.path("status").asText()).isEqualTo("SUCCEEDED");
        // join tables have no remote id: their ids (hashed from the joined ids) are the identity
        String identity = t.hasColumn("remote_id") ? "remote_id" : "id";
        Map<String, Object> counts = jdbc.queryForMap("SELECT count(*) AS n, count(DISTINCT " + identity + ") AS remote, "
                + "count(*) FILTER (WHERE last_seen_run_id = ?) AS seen FROM " + t.table()
                + " WHERE integration_id = ? AND id NOT IN (?)", sweep, p.integration, ghosts.get(model));
        assertThat(((Number) counts.get("n")).longValue()).isPositive()
                .isEqualTo(((Number) counts.get("remote")).longValue())
                .isEqualTo(((Number) counts.get("seen")).longValue());
        // a stream's statistics count every table its route file writes (its own, plus writeFrom(...) join tables)
        long written = ((Number) counts.get("n")).longValue();
        for (String other : secondTablesOf(model)) {
            written += jdbc.queryForObject("SELECT count(*) FROM " + UnifiedTables.forModel(other).table()
                    + " WHERE integration_id = ?", Long.class, p.integration);
        }
        assertThat(stats.path("inserted").asLong()).isEqualTo(written);
        Instant started = jdbc.queryForObject("SELECT started_at FROM sync_runs WHERE id = ?", Timestamp.class, sweep)
                .toInstant();
        assertThat(p.watermark(model)).isEqualTo(started);
        JsonNode cp = jdbc.queryForObject("SELECT checkpoint::text FROM sync_state WHERE integration_id = ? "
                + "AND model = ?", String.class, p.integration, model) == null ? null
                : io.srconnector.json.Json.read(jdbc.queryForObject("SELECT checkpoint::text FROM sync_state "
                + "WHERE integration_id = ? AND model = ?", String.class, p.integration, model));
        assertThat(cp).isNull(); // a successful model clears its checkpoint with the watermark
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aSecondFullSyncAndAnIdleDeltaChangeNothing(String model) {
        syncFourTimes();
        for (String run : List.of(second, delta)) {
            JsonNode s = p.models(run).path(model);
            assertThat(s.path("status").asText()).as(run).isEqualTo("SUCCEEDED");
            assertThat(s.path("inserted").asLong() + s.path("updated").asLong() + s.path("deleted").asLong())
                    .as(model + " changes in " + run).isZero();
        }
        UnifiedTable<?> t = UnifiedTables.forModel(model);
        Map<String, Timestamp> now = new HashMap<>();
        jdbc.query("SELECT id, changed_at FROM " + t.table() + " WHERE integration_id = ? AND id <> ?", rs -> {
            now.put(rs.getString(1), rs.getTimestamp(2));
        }, p.integration, ghosts.get(model));
        assertThat(now).isEqualTo(changedAtAfterFirst.get(model));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aRecordSmartRecruitersDoesNotHaveIsMarkedDeletedByTheNextFullSync(String model) {
        syncFourTimes();
        UnifiedTable<?> t = UnifiedTables.forModel(model);
        List<String> deleted = jdbc.queryForList("SELECT id FROM " + t.table() + " WHERE integration_id = ? "
                + "AND remote_deleted_at IS NOT NULL", String.class, p.integration);
        assertThat(deleted).containsExactly(ghosts.get(model));
        assertThat(p.models(sweep).path(model).path("deleted").asLong()).isEqualTo(1);
    }
}
