package io.srconnector.api.sync;

import io.srconnector.api.ApiException;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body of {@code POST /v1/force-sync}: Kombo's {@code {type: FULL | DELTA}}, FULL by default. */
class SyncControlApiTest {
    @Test
    void typeDefaultsToFull() {
        assertThat(SyncControlApi.requestedType(null)).isEqualTo(SyncType.FULL);
        assertThat(SyncControlApi.requestedType("")).isEqualTo(SyncType.FULL);
        assertThat(SyncControlApi.requestedType("{}")).isEqualTo(SyncType.FULL);
        assertThat(SyncControlApi.requestedType("{\"type\":null}")).isEqualTo(SyncType.FULL);
        assertThat(SyncControlApi.requestedType("{\"type\":\"DELTA\"}")).isEqualTo(SyncType.DELTA);
        assertThat(SyncControlApi.requestedType("{\"type\":\"FULL\",\"extra\":1}")).isEqualTo(SyncType.FULL);
    }

    @Test
    void badBodiesNameTheField() {
        assertThatThrownBy(() -> SyncControlApi.requestedType("{\"type\":\"delta\"}"))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("type:");
        assertThatThrownBy(() -> SyncControlApi.requestedType("{\"type\":1}"))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("type:");
        assertThatThrownBy(() -> SyncControlApi.requestedType("[1]"))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("body:");
        assertThatThrownBy(() -> SyncControlApi.requestedType("{type"))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("body:")
                .extracting(e -> ((ApiException) e).httpStatus()).isEqualTo(400);
    }
}
