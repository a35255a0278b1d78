package io.srconnector.config;

import io.srconnector.integration.BootstrapTarget;
import io.srconnector.sandbox.SandboxProperties;
import io.srconnector.sandbox.SandboxServer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With the embedded sandbox on, the bootstrap integration connects to it with the sandbox's administrator key. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "sandbox", name = "enabled", havingValue = "true")
public class SandboxTargetConfiguration {

    @Bean
    public BootstrapTarget sandboxBootstrapTarget(SandboxServer server, SandboxProperties properties) {
        return new BootstrapTarget() {
            @Override
            public String baseUrl() {
                return server.baseUrl();
            }

            @Override
            public String apiKey() {
                return properties.getApiKey();
            }

            @Override
            public String description() {
                return "the embedded SmartRecruiters sandbox";
            }
        };
    }
}
