package io.srconnector.integration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encrypts credentials at rest with AES-256-GCM (JDK {@code javax.crypto}): a fresh 96-bit IV per value, 128-bit tag.
 * Ciphertext format: {@code v1:<keyId>:<base64(iv || ciphertext+tag)>}, where keyId is the first 8 hex characters of
 * SHA-256(key), so values encrypted under a previous key stay readable during a rotation.
 */
@Component
public class SecretCipher {
    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeKeyId;

    public SecretCipher(SecretSettings settings) {
        String active = settings.getEncryptionKey();
        if (active == null || active.isBlank()) {
            active = developmentKey(Path.of(settings.getKeyFile()));
        }
        this.activeKeyId = add(active);
        settings.getPreviousKeys().forEach(this::add);
    }

    private String add(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64.trim());
        if (raw.length != 32) {
            throw new IllegalArgumentException("connector.secrets keys must be 32 bytes (base64), got " + raw.length);
        }
        String id = keyId(raw);
        keys.put(id, new SecretKeySpec(raw, "AES"));
        return id;
    }

    private static String developmentKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String b64 = Base64.getEncoder().encodeToString(raw);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, b64);
            LOG.warn("No connector.secrets.encryption-key configured: generated a development key in {}. "
                    + "Set CONNECTOR_SECRETS_ENCRYPTION_KEY in production.", file.toAbsolutePath());
            return b64;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development key file " + file, e);
        }
    }

    /** Encrypts UTF-8 text with the active key. */
    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(128, iv));
            c.updateAAD(activeKeyId.getBytes(StandardCharsets.US_ASCII));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return "v1:" + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts a value produced by {@link #encrypt}.
     *
     * @throws IllegalStateException when the key is unknown or the value was tampered with
     */
    public String decrypt(String value) {
        String[] parts = value.split(":", 3);
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalStateException("Not an encrypted value");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("Encrypted with unknown key " + parts[1] + "; add it to connector.secrets.previous-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            c.updateAAD(parts[1].getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored credential (wrong key or tampered data)", e);
        }
    }

    /** Whether a value is encrypted with a key other than the active one (re-encrypt on rotation). */
    public boolean needsReencryption(String value) {
        return !value.startsWith("v1:" + activeKeyId + ":");
    }

    /** SHA-256 hex of a secret: stored instead of our own API keys, and as the rate-limiter key of a credential. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyId(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
