package io.srconnector.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the SmartRecruiters sandbox inside the Spring application when {@code sandbox.enabled=true} (the embedded
 * default for a first run); binds {@code sandbox.*} into {@link SandboxProperties} and exposes the started
 * {@link SandboxServer}, stopped when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "sandbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {

    /** The running sandbox; its {@link SandboxServer#baseUrl()} is where the connector should point. */
    @Bean(destroyMethod = "close")
    public SandboxServer sandboxServer(SandboxProperties properties) {
        return new SandboxServer(properties.toSettings()).start();
    }
}
