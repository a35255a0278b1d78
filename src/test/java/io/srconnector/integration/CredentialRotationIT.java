package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key rotation of credentials at rest: with a new active key and the old one listed as previous, every stored
 * credential is re-encrypted under the new key and still decrypts to the same plaintext; without the old key a row
 * cannot be read (no silent data loss: start-up fails loudly).
 */
class CredentialRotationIT extends ConnectionsItSupport {
    private static final String NEW_KEY = "bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleSE=";
    @Value("${connector.secrets.encryption-key}")
    String currentKey;

    @AfterEach
    void cleanUp() {
        deleteTestIntegrations();
    }

    private static SecretCipher cipher(String active, String... previous) {
        SecretSettings s = new SecretSettings();
        s.setEncryptionKey(active);
        s.setPreviousKeys(List.of(previous));
        return new SecretCipher(s);
    }

    @Test
    void rotationReencryptsEveryCredentialUnderTheNewKey() {
        integrations.save("smartrecruiters:RotationTest000000000001", "default", "Rotation", null, null,
                "http://127.0.0.1:1", "API_KEY", Json.mapper().createObjectNode().put("type", "API_KEY")
                        .put("api_key", "rotation0000000000000000000000ky"));
        Map<String, String> plain = new HashMap<>();
        SecretCipher old = cipher(currentKey);
        jdbc.query("SELECT id, credentials_ciphertext FROM integrations", rs -> {
            plain.put(rs.getString(1), old.decrypt(rs.getString(2)));
        });
        assertThat(plain).hasSizeGreaterThanOrEqualTo(2);

        SecretCipher rotated = cipher(NEW_KEY, currentKey);
        try {
            int n = new CredentialRotation(jdbc, rotated).reencrypt();
            assertThat(n).isEqualTo(plain.size());
            assertThat(new CredentialRotation(jdbc, rotated).reencrypt()).as("second run").isZero();
            SecretCipher onlyNew = cipher(NEW_KEY);
            jdbc.query("SELECT id, credentials_ciphertext FROM integrations", rs -> {
                String ct = rs.getString(2);
                assertThat(onlyNew.needsReencryption(ct)).isFalse();
                assertThat(onlyNew.decrypt(ct)).isEqualTo(plain.get(rs.getString(1)));
                assertThatThrownBy(() -> old.decrypt(ct)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("previous-keys");
            });
            JsonNode creds = Json.read(onlyNew.decrypt(jdbc.queryForObject("SELECT credentials_ciphertext FROM "
                    + "integrations WHERE id = 'smartrecruiters:RotationTest000000000001'", String.class)));
            assertThat(creds.path("api_key").asText()).isEqualTo("rotation0000000000000000000000ky");
        } finally {
            // back to the application's key for the other tests
            assertThat(new CredentialRotation(jdbc, cipher(currentKey, NEW_KEY)).reencrypt()).isEqualTo(plain.size());
        }
        assertThat(integrations.credentials(INTEGRATION).path("api_key").asText()).isNotBlank();
    }
}
