package io.srconnector.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kombo's nested-change table in our names ({@link NestedChanges#RELATIONS}): every relation between registered
 * tables is active — a model added later with other column names fails here instead of silently dropping
 * {@code updated_after} matches — and the relations of today's models are there.
 */
class NestedChangesTest {
    private static final Map<String, UnifiedTable<?>> TABLES = UnifiedTables.all().stream()
            .collect(Collectors.toMap(UnifiedTable::table, Function.identity()));

    @Test
    void relationsBetweenRegisteredTablesNameExistingColumns() {
        for (NestedRelation r : NestedChanges.RELATIONS) {
            List<String> missing = NestedChanges.missing(r, TABLES);
            assertThat(missing).as(r.parentTable() + "." + r.path())
                    .allMatch(m -> !m.contains(".") && !TABLES.containsKey(m));
        }
    }

    @Test
    void todaysModelsHaveTheirRelations() {
        assertThat(NestedChanges.active()).extracting(r -> r.parentTable() + "." + r.path())
                .contains("ats_applications.candidate", "ats_applications.current_stage",
                        "ats_candidates.applications");
    }

    @Test
    void kombosTableIsCopiedWithItsFlags() {
        NestedRelation candidatesApplications = NestedChanges.RELATIONS.stream()
                .filter(r -> r.parentTable().equals("ats_candidates") && r.path().equals("applications"))
                .findFirst().orElseThrow();
        assertThat(candidatesApplications.addedRemoved()).isTrue();
        assertThat(candidatesApplications.linked()).isTrue();
        NestedRelation tags = NestedChanges.RELATIONS.stream()
                .filter(r -> r.parentTable().equals("ats_candidates") && r.path().equals("tags"))
                .findFirst().orElseThrow();
        assertThat(tags.addedRemoved()).isTrue();
        assertThat(tags.linked()).isFalse();
        assertThat(NestedChanges.RELATIONS).noneMatch(r -> r.parentTable().equals("ats_applications")
                && r.path().equals("job"));
    }
}
