package io.srconnector.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SrResponse}: a fully read answer (FC-15). */
class SrResponseTest {

    private static SrResponse response(String body, Map<String, List<String>> headers) {
        return new SrResponse(200, headers, body.getBytes(StandardCharsets.UTF_8), "http://sr/jobs");
    }

    @Test
    void fc15JsonAfterTextAndAgain() {
        SrResponse r = response("{\"title\":\"Zürich — 日本 🚀\",\"n\":1}", Map.of());

        assertThat(r.text()).isEqualTo("{\"title\":\"Zürich — 日本 🚀\",\"n\":1}");
        assertThat(r.json().path("title").asText()).isEqualTo("Zürich — 日本 🚀");
        assertThat(r.json().path("n").asInt()).isEqualTo(1);
        assertThat(r.text()).contains("日本");
    }

    @Test
    void emptyBodyIsJsonNullAndEmptyText() {
        SrResponse r = new SrResponse(204, Map.of(), new byte[0], "http://sr/x");

        assertThat(r.json().isNull()).isTrue();
        assertThat(r.text()).isEmpty();
    }

    @Test
    void malformedJsonIsAnIllegalArgument() {
        SrResponse r = response("<html>502 Bad Gateway</html>", Map.of());

        assertThat(r.text()).startsWith("<html>");
        assertThatThrownBy(r::json).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON");
    }

    @Test
    void headerLookupIsCaseInsensitiveAndTakesTheFirstValue() {
        SrResponse r = response("{}", Map.of("retry-after", List.of("2", "3"), "x-empty", List.of()));

        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(r.header("RETRY-AFTER")).isEqualTo("2");
        assertThat(r.header("x-empty")).isNull();
        assertThat(r.header("X-Missing")).isNull();
    }

    /** Header names are matched whatever the JVM's default locale (a Turkish locale lower-cases 'I' to dotless 'ı'). */
    @Test
    void headerLookupDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            SrResponse r = response("{}", Map.of("x-ratelimit-limit", List.of("10"), "x-item-id", List.of("i-1")));

            assertThat(r.header("X-RateLimit-Limit")).isEqualTo("10");
            assertThat(r.header("X-ITEM-ID")).isEqualTo("i-1");
        } finally {
            Locale.setDefault(before);
        }
    }
}
