package io.srconnector.integration;

import io.srconnector.persistence.Base58;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Accounts (tenants) and their API keys for our own {@code /v1} API. Keys are stored as SHA-256 hashes only.
 */
@Repository
public class ApiKeyRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    public ApiKeyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates an account if it does not exist. */
    public void ensureAccount(String accountId, String name) {
        jdbc.update("INSERT INTO accounts (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", accountId, name);
    }

    /**
     * Stores a key (hashed) for an account; an existing identical key of the same account is kept (and valid again if
     * it had been revoked), one of another account is left alone.
     */
    public void addKey(String accountId, String plaintextKey, String name) {
        jdbc.update("INSERT INTO api_keys (id, account_id, key_hash, name) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (key_hash) DO UPDATE SET revoked_at = NULL "
                        + "WHERE api_keys.account_id = EXCLUDED.account_id",
                randomId(), accountId, SecretCipher.sha256(plaintextKey), name);
    }

    /**
     * Revokes a key (sets {@code revoked_at}); the row stays for the audit trail.
     *
     * @return true when a non-revoked key was revoked
     */
    public boolean revoke(String plaintextKey) {
        return jdbc.update("UPDATE api_keys SET revoked_at = now() WHERE key_hash = ? AND revoked_at IS NULL",
                SecretCipher.sha256(plaintextKey)) > 0;
    }

    /** A new random API key: {@code sk_} + 32 base58 characters. */
    public static String newKey() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return "sk_" + Base58.encode(b);
    }

    /** The account owning a (non-revoked) key, or empty. */
    public Optional<String> accountForKey(String plaintextKey) {
        List<String> r = jdbc.queryForList(
                "SELECT account_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", String.class,
                SecretCipher.sha256(plaintextKey));
        return r.stream().findFirst();
    }

    private static String randomId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return Base58.encode(b);
    }
}
