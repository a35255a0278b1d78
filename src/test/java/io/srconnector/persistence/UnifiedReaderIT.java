package io.srconnector.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.support.IntegrationTestBase;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UnifiedReader} over a synced sandbox account: keyset pages (ids picked first, then the rows) walk every live
 * row once in id order, {@code remote_data} comes back as the stored JSON, and expansions that do not nest it can
 * leave it unread.
 */
class UnifiedReaderIT extends IntegrationTestBase {
    @Autowired
    UnifiedReader reader;

    private static String synced;

    @BeforeEach
    void syncOnce() {
        if (synced == null || jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE id = ?", Integer.class,
                synced) == 0) {
            resetSyncedData();
            synced = sync(SyncType.FULL);
            assertThat(run(synced).get("status")).isEqualTo("SUCCEEDED");
        }
    }

    @Test
    void pagesWalkEveryLiveRowOnceInIdOrderWithItsStoredRemoteData() {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            UnifiedReader.Rows page = reader.list(UnifiedTables.CANDIDATES, INTEGRATION,
                    new ListSpec(after, 37, null, false, List.of(), List.of()), List.of());
            page.rows().forEach(r -> ids.add(r.get("id").asText()));
            if (!page.more()) {
                break;
            }
            after = page.rows().get(page.rows().size() - 1).get("id").asText();
        }
        List<String> expected = jdbc.queryForList("SELECT id FROM ats_candidates WHERE integration_id = ? "
                + "AND remote_deleted_at IS NULL ORDER BY id", String.class, INTEGRATION);
        assertThat(ids).hasSizeGreaterThan(37 * 3).isEqualTo(expected);

        ObjectNode first = reader.list(UnifiedTables.CANDIDATES, INTEGRATION,
                new ListSpec(null, 1, null, false, List.of(), List.of()), List.of()).rows().get(0);
        JsonNode stored = Json.read(jdbc.queryForObject("SELECT remote_data::text FROM ats_candidates WHERE id = ?",
                String.class, first.get("id").asText()));
        // serialised as the response is, the passed-through text is the stored document
        JsonNode served = Json.read(Json.write(first)).get("remote_data");
        assertThat(served).isEqualTo(stored);
        assertThat(served.path("/candidates/{id}").path("id").asText()).isEqualTo(first.get("remote_id").asText());
    }

    @Test
    void expansionsWithoutRemoteDataReadTheSameRowsWithoutIt() {
        List<String> candidateIds = jdbc.queryForList("SELECT id FROM ats_candidates WHERE integration_id = ? "
                + "ORDER BY id LIMIT 20", String.class, INTEGRATION);
        List<ObjectNode> full = reader.byColumn(UnifiedTables.APPLICATIONS, INTEGRATION, "candidate_id", candidateIds,
                false, null, true);
        List<ObjectNode> lean = reader.byColumn(UnifiedTables.APPLICATIONS, INTEGRATION, "candidate_id", candidateIds,
                false, null, false);
        assertThat(full).hasSizeGreaterThanOrEqualTo(20);
        assertThat(lean).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertThat(lean.get(i).get("remote_data").isNull()).isTrue();
            assertThat(full.get(i).get("remote_data").isNull()).isFalse();
            ObjectNode withoutRemoteData = full.get(i).deepCopy();
            withoutRemoteData.putNull("remote_data");
            assertThat(lean.get(i)).isEqualTo(withoutRemoteData);
        }
    }
}
