package io.srconnector.config;

import io.srconnector.integration.BootstrapTarget;
import io.srconnector.sandbox.SandboxProperties;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.auth.OAuthClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the embedded sandbox on, the bootstrap integration connects to it with the sandbox's administrator key, and
 * new connections (connect page, OAuth) use the sandbox's API, authorize page and OAuth app.
 */
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

            @Override
            public String authorizeUrl() {
                return server.baseUrl() + "/identity/oauth/allow";
            }

            @Override
            public String oauthClientId() {
                return OAuthClient.DEFAULT_APP_ID;
            }

            @Override
            public String oauthClientSecret() {
                return OAuthClient.DEFAULT_APP_SECRET;
            }
        };
    }
}
