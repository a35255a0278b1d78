package io.srconnector.integration;

import io.srconnector.config.BootstrapSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Which API key {@link Bootstrap} creates: the public demo key only while the embedded sandbox runs; with the sandbox
 * off and no CONNECTOR_API_KEY a random key kept (owner-only) in {@code .data/bootstrap-api-key} and reused on
 * restart, and a demo key left by an earlier sandbox run revoked.
 */
class BootstrapKeyTest {
    private final ApiKeyRepository keys = mock(ApiKeyRepository.class);
    private final BootstrapSettings settings = new BootstrapSettings();
    private byte[] savedKeyFile;

    @BeforeEach
    void keepExistingKeyFile() throws Exception {
        Path f = Bootstrap.GENERATED_KEY_FILE;
        savedKeyFile = Files.exists(f) ? Files.readAllBytes(f) : null;
        Files.deleteIfExists(f);
        settings.setEnabled(true);
        settings.setAccountId("default");
        settings.setIntegrationId("smartrecruiters:sandbox");
        settings.setSmartrecruitersBaseUrl("https://api.smartrecruiters.com");
    }

    @AfterEach
    void restoreKeyFile() throws Exception {
        Files.deleteIfExists(Bootstrap.GENERATED_KEY_FILE);
        if (savedKeyFile != null) {
            Files.write(Bootstrap.GENERATED_KEY_FILE, savedKeyFile);
        }
    }

    @SuppressWarnings("unchecked")
    private Bootstrap bootstrap(BootstrapTarget target) {
        ObjectProvider<BootstrapTarget> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(target);
        return new Bootstrap(settings, keys, mock(IntegrationRepository.class), mock(IntegrationConnections.class),
                provider, "http://localhost:8080");
    }

    @Test
    void sandboxRunWithoutAConfiguredKeyUsesTheDemoKey() {
        BootstrapTarget sandbox = mock(BootstrapTarget.class);
        when(sandbox.baseUrl()).thenReturn("http://127.0.0.1:9999");
        when(sandbox.apiKey()).thenReturn("sandbox-key");
        when(sandbox.description()).thenReturn("SmartRecruiters sandbox");

        bootstrap(sandbox).onReady();

        verify(keys).addKey("default", Bootstrap.DEMO_KEY, "bootstrap");
        verify(keys, never()).revoke(anyString());
        assertThat(Bootstrap.GENERATED_KEY_FILE).doesNotExist();
    }

    @Test
    void withoutSandboxAndWithoutAKeyARandomKeyIsKeptOwnerOnlyAndTheDemoKeyRevoked() throws Exception {
        bootstrap(null).onReady();

        String key = Files.readString(Bootstrap.GENERATED_KEY_FILE).trim();
        assertThat(key).startsWith("sk_").hasSizeGreaterThan(20).isNotEqualTo(Bootstrap.DEMO_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Bootstrap.GENERATED_KEY_FILE)))
                .isEqualTo("rw-------");
        verify(keys).addKey("default", key, "bootstrap");
        verify(keys).revoke(Bootstrap.DEMO_KEY);

        // a restart keeps the same key
        bootstrap(null).onReady();
        assertThat(Files.readString(Bootstrap.GENERATED_KEY_FILE).trim()).isEqualTo(key);
        verify(keys, org.mockito.Mockito.times(2)).addKey("default", key, "bootstrap");
    }

    @Test
    void aConfiguredKeyIsUsedAndTheDemoKeyRevokedWithoutSandbox() {
        settings.setApiKey("sk_configured_0123456789");

        bootstrap(null).onReady();

        verify(keys).addKey("default", "sk_configured_0123456789", "bootstrap");
        verify(keys).revoke(eq(Bootstrap.DEMO_KEY));
        assertThat(Bootstrap.GENERATED_KEY_FILE).doesNotExist();
    }
}
