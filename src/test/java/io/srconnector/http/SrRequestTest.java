package io.srconnector.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SrRequest}: the transport-free description of one call. */
class SrRequestTest {

    @Test
    void builderKeepsOrderRepeatsValuesAndSkipsNulls() {
        AtomicLong calls = new AtomicLong();
        SrRequest r = SrRequest.get("int-1", "/candidates")
                .query("status", "NEW").query("limit", 100).query("status", "LEAD").query("pageId", null)
                .header("Accept-Language", "de").header("X-Null", null)
                .callCounter(calls::addAndGet)
                .build();

        assertThat(r.integrationId()).isEqualTo("int-1");
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/candidates");
        assertThat(r.query()).containsExactly(Map.entry("status", List.of("NEW", "LEAD")), Map.entry("limit", List.of("100")));
        assertThat(r.headers()).containsExactly(Map.entry("Accept-Language", "de"));
        assertThat(r.body()).isNull();
        r.callCounter().accept(1);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void builtRequestsAreImmutable() {
        SrRequest r = SrRequest.get("i", "/jobs").query("a", "1").header("h", "v").build();

        assertThatThrownBy(() -> r.query().put("b", List.of("2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.query().get("a").add("2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bodyAndContentType() {
        SrRequest r = SrRequest.of("i", "POST", "/candidates").body(new byte[]{1, 2}, "application/json").build();

        assertThat(r.body()).containsExactly(1, 2);
        assertThat(r.contentType()).isEqualTo("application/json");
    }

    /** FC-07: only POST and PATCH are unsafe to re-send after an ambiguous failure. */
    @ParameterizedTest(name = "{0} idempotent: {1}")
    @CsvSource({"GET, true", "PUT, true", "DELETE, true", "POST, false", "PATCH, false"})
    void idempotency(String method, boolean idempotent) {
        assertThat(SrRequest.of("i", method, "/x").build().idempotent()).isEqualTo(idempotent);
    }
}
