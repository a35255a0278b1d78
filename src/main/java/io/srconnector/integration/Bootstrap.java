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
        BootstrapTarget t = target.getIfAvailable();
        boolean configured = settings.getApiKey() != null && !settings.getApiKey().isBlank();
        String apiKey;
        String shownKey;
        if (configured) {
            apiKey = settings.getApiKey();
            shownKey = DEMO_KEY.equals(apiKey) ? apiKey : masked(apiKey) + " (CONNECTOR_API_KEY)";
        } else if (t != null) {
            // the embedded sandbox runs: the documented first-run key
            apiKey = DEMO_KEY;
            shownKey = DEMO_KEY;
        } else {
            apiKey = generatedKey();
            shownKey = masked(apiKey) + " (generated, in " + GENERATED_KEY_FILE.toAbsolutePath()
                    + "; set CONNECTOR_API_KEY to choose one)";
        }
        keys.addKey(settings.getAccountId(), apiKey, "bootstrap");
        if (t == null && !DEMO_KEY.equals(apiKey) && keys.revoke(DEMO_KEY)) {
            // a first run against the sandbox left the public demo key behind: it must not open a real deployment
            LOG.warn("Revoked the public sandbox demo key (left by an earlier sandbox run)");
        }
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

    /** Where a generated bootstrap key is kept (owner-readable only), so that restarts keep the same key. */
    static final java.nio.file.Path GENERATED_KEY_FILE = java.nio.file.Path.of(".data", "bootstrap-api-key");

    /** A configured key as the log may show it: its last four characters. */
    private static String masked(String apiKey) {
        return "<key ending " + apiKey.substring(Math.max(0, apiKey.length() - 4)) + ">";
    }

    /**
     * The bootstrap key when none is configured and the sandbox is off: the one in {@link #GENERATED_KEY_FILE}, or a
     * new random key written there (created owner-read/write only, never logged).
     *
     * @throws IllegalStateException when the file cannot be read or written (set CONNECTOR_API_KEY instead)
     */
    private static String generatedKey() {
        java.nio.file.Path file = GENERATED_KEY_FILE;
        try {
            if (java.nio.file.Files.exists(file)) {
                String existing = java.nio.file.Files.readString(file).trim();
                if (!existing.isEmpty()) {
                    return existing;
                }
            }
            String key = ApiKeyRepository.newKey();
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.deleteIfExists(file);
            try {
                java.nio.file.Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                java.nio.file.Files.createFile(file);
            }
            java.nio.file.Files.writeString(file, key + "\n");
            return key;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot keep a generated API key in " + file.toAbsolutePath()
                    + " (" + e.getMessage() + "); set CONNECTOR_API_KEY", e);
        }
    }
}
