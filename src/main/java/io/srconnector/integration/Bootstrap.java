package io.srconnector.integration;

import io.srconnector.config.BootstrapSettings;
import io.srconnector.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, at start-up, what a first run needs: an account, an API key for our own API and one integration — pointing
 * at the embedded SmartRecruiters sandbox when it runs, or at SmartRecruiters with
 * {@code connector.bootstrap.smartrecruiters-api-key}. Prints where the API is and how to call it.
 */
@Component
public class Bootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
    /** The documented key of the sandbox first run (README); public, so the log may show it. */
    static final String DEMO_KEY = "sk_sandbox_demo_key";
    private final BootstrapSettings settings;
    private final ApiKeyRepository keys;
    private final IntegrationRepository integrations;
    private final IntegrationConnections connections;
    private final ObjectProvider<BootstrapTarget> target;
    private final String publicUrl;

    public Bootstrap(BootstrapSettings settings, ApiKeyRepository keys, IntegrationRepository integrations,
                     IntegrationConnections connections, ObjectProvider<BootstrapTarget> target,
                     @Value("${connector.public-url}") String publicUrl) {
        this.settings = settings;
        this.keys = keys;
        this.integrations = integrations;
        this.connections = connections;
        this.target = target;
        this.publicUrl = publicUrl;
    }

    /** Runs once the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void onReady() {
        if (!settings.isEnabled()) {
            LOG.info("Connector ready: API at {}/v1 (OpenAPI {}/v1/openapi.json)", publicUrl, publicUrl);
            return;
        }
        keys.ensureAccount(settings.getAccountId(), "Default account");
        boolean generated = settings.getApiKey() == null || settings.getApiKey().isBlank();
        String apiKey = generated ? ApiKeyRepository.newKey() : settings.getApiKey();
        keys.addKey(settings.getAccountId(), apiKey, "bootstrap");
        String shownKey = shown(apiKey, generated);
        BootstrapTarget t = target.getIfAvailable();
        String baseUrl = t != null ? t.baseUrl() : settings.getSmartrecruitersBaseUrl();
        String srKey = t != null ? t.apiKey() : settings.getSmartrecruitersApiKey();
        String where = t != null ? t.description() + " at " + baseUrl : baseUrl;
        if (srKey != null && !srKey.isBlank()) {
            integrations.save(settings.getIntegrationId(), settings.getAccountId(), settings.getOrganizationName(),
                    null, null, baseUrl, "API_KEY",
                    Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", srKey));
            connections.invalidate(settings.getIntegrationId());
        }
        LOG.info("""

                ==========================================================================================
                 SmartRecruiters ATS connector is ready
                   API:            {}/v1   (OpenAPI: {}/v1/openapi.json)
                   API key:        Authorization: Bearer {}
                   Integration:    X-Integration-Id: {}   → {}
                   Try:            curl -H 'Authorization: Bearer {}' -H 'X-Integration-Id: {}' {}/v1/ats/jobs
                ==========================================================================================""",
                publicUrl, publicUrl, shownKey, settings.getIntegrationId(), where, shownKey,
                settings.getIntegrationId(), publicUrl);
    }

    /**
     * The API key as the log may show it: the public demo key of the sandbox first run in full, any other key never —
     * a configured one masked, a generated one written to {@code .data/bootstrap-api-key} (owner-readable only).
     */
    private static String shown(String apiKey, boolean generated) {
        if (DEMO_KEY.equals(apiKey)) {
            return apiKey;
        }
        String masked = "<key ending " + apiKey.substring(Math.max(0, apiKey.length() - 4)) + ">";
        if (!generated) {
            return masked + " (CONNECTOR_API_KEY)";
        }
        java.nio.file.Path file = java.nio.file.Path.of(".data", "bootstrap-api-key");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, apiKey + "\n");
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return masked + " (generated: " + file.toAbsolutePath() + ")";
        } catch (java.io.IOException e) {
            return masked + " (generated; set CONNECTOR_API_KEY to choose one)";
        }
    }
}
