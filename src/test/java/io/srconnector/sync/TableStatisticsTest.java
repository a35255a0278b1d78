package io.srconnector.sync;

import io.srconnector.mapping.MappingContext;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class TableStatisticsTest {
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final TableStatistics statistics = new TableStatistics(jdbc);
    private final SyncRun run = new SyncRun("run", "smartrecruiters:x", SyncType.FULL, Instant.EPOCH,
            new MappingContext("smartrecruiters:x"));

    private static ModelStats changed(long inserted, long updated, long deleted) {
        ModelStats s = new ModelStats();
        s.inserted.set(inserted);
        s.updated.set(updated);
        s.deleted.set(deleted);
        s.unchanged.set(50_000);
        return s;
    }

    @Test
    void aModelThatChangedManyRowsHasItsTableAnalysed() {
        statistics.modelSynced(run, "candidates", changed(600, 300, 100));
        verify(jdbc).execute("ANALYZE ats_candidates");
    }

    @Test
    void fewChangesOrUnchangedRowsAloneAnalyseNothing() {
        statistics.modelSynced(run, "applications", changed(500, 400, 99));
        statistics.modelSynced(run, "candidates", changed(0, 0, 0));
        verify(jdbc, never()).execute(anyString());
    }

    @Test
    void aModelWithoutAUnifiedTableIsIgnored() {
        statistics.modelSynced(run, "no-such-model", changed(5000, 0, 0));
        verify(jdbc, never()).execute(anyString());
    }
}
