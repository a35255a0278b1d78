package io.srconnector.config;

import io.srconnector.http.RequesterSettings;
import io.srconnector.integration.SecretSettings;
import io.srconnector.oauth.OAuthSettings;
import io.srconnector.sync.SyncSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the connector's typed settings ({@code connector.*} in application.yaml). */
@Configuration
@EnableConfigurationProperties({RequesterSettings.class, SyncSettings.class, SecretSettings.class,
        BootstrapSettings.class, OAuthSettings.class})
public class ConnectorConfiguration {
}
