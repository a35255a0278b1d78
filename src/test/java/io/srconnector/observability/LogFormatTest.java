package io.srconnector.observability;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LOG_FORMAT switches Spring Boot's structured console logging. */
class LogFormatTest {

    @Test
    void jsonMeansEcsAndTextMeansPlainLines() {
        assertThat(formatFor("json")).isEqualTo("ecs");
        assertThat(formatFor("JSON")).isEqualTo("ecs");
        assertThat(formatFor("ecs")).isEqualTo("ecs");
        assertThat(formatFor("logstash")).isEqualTo("logstash");
        assertThat(formatFor("gelf")).isEqualTo("gelf");
        assertThat(formatFor("text")).isNull();
        assertThat(formatFor(null)).isNull();
    }

    @Test
    void anExplicitSpringBootSettingWinsAndAnUnknownValueIsRefusedByName() {
        MockEnvironment env = new MockEnvironment().withProperty("LOG_FORMAT", "json")
                .withProperty(LogFormat.PROPERTY, "logstash");
        new LogFormat().postProcessEnvironment(env, null);
        assertThat(env.getProperty(LogFormat.PROPERTY)).isEqualTo("logstash");

        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(
                new MockEnvironment().withProperty("LOG_FORMAT", "xml"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOG_FORMAT").hasMessageContaining("xml");
    }

    private static String formatFor(String value) {
        MockEnvironment env = new MockEnvironment();
        if (value != null) {
            env.setProperty("LOG_FORMAT", value);
        }
        new LogFormat().postProcessEnvironment(env, null);
        return env.getProperty(LogFormat.PROPERTY);
    }
}
