package io.srconnector.sandbox;

import io.srconnector.sandbox.fault.FaultEndpoints;
import io.srconnector.sandbox.fault.FaultFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Starts the SmartRecruiters sandbox inside the Spring application when {@code sandbox.enabled=true} (the embedded
 * default for a first run); binds {@code sandbox.*} into {@link SandboxProperties} and exposes the started
 * {@link SandboxServer}, stopped when the context closes, and its fault mode ({@link FaultFilter},
 * {@code sandbox.fault.*}, off unless configured; {@code /_sandbox/faults}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "sandbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {

    /** The fault mode of the embedded sandbox, configured from {@code sandbox.fault.*}. */
    @Bean
    public FaultFilter sandboxFaults(SandboxProperties properties) {
        return new FaultFilter(properties.getFault().toSettings());
    }

    /** The running sandbox; its {@link SandboxServer#baseUrl()} is where the connector should point. */
    @Bean(destroyMethod = "close")
    public SandboxServer sandboxServer(SandboxProperties properties, FaultFilter sandboxFaults) {
        SandboxSettings settings = properties.toSettings();
        SandboxServer server = new SandboxServer(settings, SandboxServer.createAccount(settings),
                List.of(sandboxFaults));
        new FaultEndpoints(sandboxFaults).register(server.routes());
        return server.start();
    }
}
