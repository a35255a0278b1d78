package io.srconnector.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Encryption keys for credentials at rest ({@code connector.secrets.*}). Keys are base64-encoded 256-bit AES keys,
 * normally given through the environment ({@code CONNECTOR_SECRETS_ENCRYPTION_KEY}). To rotate: move the current key to
 * {@code previous-keys} ({@code CONNECTOR_SECRETS_PREVIOUSKEYS}), set a new {@code encryption-key}, restart: every
 * stored credential is re-encrypted with the new key at start-up ({@link CredentialRotation}); then drop the old key.
 */
@ConfigurationProperties(prefix = "connector.secrets")
public class SecretSettings {
    /** The active key (base64, 32 bytes). Empty: a key is generated once into {@code key-file} (development only). */
    private String encryptionKey = "";
    /** Older keys still accepted for decryption during a rotation. */
    private List<String> previousKeys = new ArrayList<>();
    /** Where a generated development key is kept when no key is configured. */
    private String keyFile = ".data/encryption.key";

    public String getEncryptionKey() { return encryptionKey; }
    public void setEncryptionKey(String v) { this.encryptionKey = v; }
    public List<String> getPreviousKeys() { return previousKeys; }
    public void setPreviousKeys(List<String> v) { this.previousKeys = v; }
    public String getKeyFile() { return keyFile; }
    public void setKeyFile(String v) { this.keyFile = v; }
}
