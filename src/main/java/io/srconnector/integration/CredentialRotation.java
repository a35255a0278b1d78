package io.srconnector.integration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Encryption-key rotation for credentials at rest: at start-up, every {@code integrations.credentials_ciphertext}
 * encrypted under a key other than the active one ({@code connector.secrets.previous-keys}) is decrypted and
 * re-encrypted under the active key, row by row (each row compared-and-set, so a concurrent OAuth renewal wins). After
 * one start with the new key active and the old one listed as previous, the old key can be dropped
 * (docs/connections.md "Key rotation").
 */
@Component
public class CredentialRotation {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialRotation.class);
    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    @Autowired
    public CredentialRotation(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Runs {@link #reencrypt()} once the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    public void onReady() {
        int n = reencrypt();
        if (n > 0) {
            LOG.info("Re-encrypted the credentials of {} integration(s) with the active key", n);
        }
    }

    /**
     * Re-encrypts every credential not under the active key.
     *
     * @return how many rows were re-encrypted
     * @throws IllegalStateException when a row's key is neither active nor listed as previous
     */
    public int reencrypt() {
        int n = 0;
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, credentials_ciphertext FROM integrations");
        for (Map<String, Object> r : rows) {
            String old = (String) r.get("credentials_ciphertext");
            if (!cipher.needsReencryption(old)) {
                continue;
            }
            String fresh = cipher.encrypt(cipher.decrypt(old));
            n += jdbc.update("UPDATE integrations SET credentials_ciphertext = ? WHERE id = ? "
                    + "AND credentials_ciphertext = ?", fresh, r.get("id"), old);
        }
        return n;
    }
}
