package io.srconnector.write;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@link WriteSettings} ({@code connector.write.*}). */
@Configuration
@EnableConfigurationProperties(WriteSettings.class)
public class WriteConfiguration {
}
