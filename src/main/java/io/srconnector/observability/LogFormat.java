package io.srconnector.observability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code LOG_FORMAT} switch (environment variable or property): {@code json} or {@code ecs} → one JSON object per
 * line in Elastic Common Schema, {@code logstash} or {@code gelf} → those JSON layouts, {@code text} (default) → the
 * usual text lines. Sets Spring Boot's {@code logging.structured.format.console} before logging starts; an explicit
 * {@code logging.structured.format.console} wins. Runs as an {@link EnvironmentPostProcessor}
 * (META-INF/spring.factories).
 */
public class LogFormat implements EnvironmentPostProcessor {
    static final String PROPERTY = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String format = structuredFormat(env.getProperty("LOG_FORMAT", ""));
        if (format != null && !env.containsProperty(PROPERTY)) {
            env.getPropertySources().addFirst(new MapPropertySource("log-format", Map.of(PROPERTY, format)));
        }
    }

    /** The Spring Boot structured format for a {@code LOG_FORMAT} value, or null for plain text. */
    static String structuredFormat(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "text", "plain" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            default -> throw new IllegalArgumentException(
                    "LOG_FORMAT must be text, json (= ecs), ecs, logstash or gelf, not '" + value + "'");
        };
    }
}
