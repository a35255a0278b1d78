package io.srconnector.mapping;

import io.srconnector.json.Json;
import io.srconnector.model.ApplicationStage;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PerRecordMapper}: one record in, one record out; a failing record is skipped, never the page. */
class PerRecordMapperTest {
    private final MappingContext ctx = new MappingContext("int-1");

    /** Maps "ok-*" records, throws on "boom-*", returns null (not a record of this model) on "skip-*". */
    private final PerRecordMapper<ApplicationStage> mapper = new PerRecordMapper<>() {
        @Override
        public ApplicationStage toUnified(RemoteRecord r, MappingContext c) {
            if (r.remoteId().startsWith("boom")) {
                throw new IllegalStateException("cannot map " + r.remoteId());
            }
            if (r.remoteId().startsWith("skip")) {
                return null;
            }
            return new ApplicationStage(c.id("ats_application_stages", r.remoteId()), r.remoteId(),
                    r.get("/x").path("name").asText(), 0);
        }
    };

    private static RemoteRecord record(String id) {
        return new RemoteRecord(id, Map.of(), "/x", Json.read("{\"name\":\"" + id + "\"}"));
    }

    @Test
    void failingAndNonRecordsAreLeftOutAndTheRestKeepTheirOrderAndRemoteData() {
        List<Mapped<ApplicationStage>> out = mapper.toUnified(
                List.of(record("ok-1"), record("boom-1"), record("skip-1"), record("ok-2")), ctx);

        assertThat(out).extracting(m -> m.record().remoteId()).containsExactly("ok-1", "ok-2");
        assertThat(out).extracting(m -> m.record().name()).containsExactly("ok-1", "ok-2");
        assertThat(out.get(1).remoteData().path("/x").path("name").asText()).isEqualTo("ok-2");
    }

    @Test
    void anEmptyPageMapsToAnEmptyPage() {
        assertThat(mapper.toUnified(List.of(), ctx)).isEmpty();
    }
}
