package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.Base58;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Integrations and their encrypted credentials (table {@code integrations}). */
@Repository
public class IntegrationRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<Integration> ROW = (rs, i) -> new Integration(rs.getString("id"),
            rs.getString("account_id"), rs.getString("organization_name"), rs.getString("origin_id"),
            rs.getString("creator_email"), rs.getString("base_url"), rs.getString("auth_type"),
            rs.getString("credential_fingerprint"), rs.getString("status"), rs.getBoolean("enabled"),
            Json.read(rs.getString("settings")), rs.getTimestamp("created_at").toInstant());
    private static final String COLS = "id, account_id, organization_name, origin_id, creator_email, base_url, "
            + "auth_type, credential_fingerprint, status, enabled, settings::text AS settings, created_at";

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    public IntegrationRepository(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A new integration id: {@code smartrecruiters:} + 24 base58 characters. */
    public static String newId() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String s = Base58.encode(b);
        return "smartrecruiters:" + (s.length() > 24 ? s.substring(0, 24) : s);
    }

    /**
     * Creates (or, for an existing id, replaces the credentials of) an integration.
     *
     * @param credentials the plaintext credential JSON, e.g. {@code {"type":"API_KEY","api_key":"…"}}; stored
     *                    encrypted, its SHA-256 kept as fingerprint
     */
    public Integration save(String id, String accountId, String organizationName, String originId, String creatorEmail,
                            String baseUrl, String authType, JsonNode credentials) {
        String plain = Json.write(credentials);
        String fingerprint = SecretCipher.sha256(credentials.path("api_key").asText(credentials.path("limiter_id")
                .asText(credentials.path("client_id").asText(plain))));
        jdbc.update("""
                INSERT INTO integrations (id, account_id, organization_name, origin_id, creator_email, base_url,
                  auth_type, credentials_ciphertext, credential_fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET organization_name = EXCLUDED.organization_name,
                  base_url = EXCLUDED.base_url, auth_type = EXCLUDED.auth_type,
                  credentials_ciphertext = EXCLUDED.credentials_ciphertext,
                  credential_fingerprint = EXCLUDED.credential_fingerprint, status = 'ACTIVE', updated_at = now()""",
                id, accountId, organizationName, originId, creatorEmail, baseUrl, authType, cipher.encrypt(plain),
                fingerprint);
        return find(id).orElseThrow();
    }

    public Optional<Integration> find(String id) {
        List<Integration> r = jdbc.query("SELECT " + COLS + " FROM integrations WHERE id = ?", ROW, id);
        return r.stream().findFirst();
    }

    /** The integration if it belongs to the account (tenant isolation), else empty. */
    public Optional<Integration> findForAccount(String id, String accountId) {
        return find(id).filter(i -> i.accountId().equals(accountId));
    }

    public List<Integration> forAccount(String accountId) {
        return jdbc.query("SELECT " + COLS + " FROM integrations WHERE account_id = ? ORDER BY created_at", ROW,
                accountId);
    }

    /** Integrations that scheduled syncs cover: enabled and not INACTIVE. */
    public List<Integration> syncable() {
        return jdbc.query("SELECT " + COLS + " FROM integrations WHERE enabled AND status <> 'INACTIVE' ORDER BY id",
                ROW);
    }

    /** The decrypted credential JSON. */
    public JsonNode credentials(String id) {
        String ct = jdbc.queryForObject("SELECT credentials_ciphertext FROM integrations WHERE id = ?", String.class, id);
        return Json.read(cipher.decrypt(ct));
    }

    /**
     * The decrypted credential JSON, with the row locked until the surrounding transaction ends (one OAuth refresh at
     * a time per integration across nodes).
     */
    public JsonNode credentialsForUpdate(String id) {
        String ct = jdbc.queryForObject("SELECT credentials_ciphertext FROM integrations WHERE id = ? FOR UPDATE",
                String.class, id);
        return Json.read(cipher.decrypt(ct));
    }

    /** Replaces the stored credentials (e.g. after an OAuth refresh), keeping everything else. */
    public void updateCredentials(String id, JsonNode credentials) {
        jdbc.update("UPDATE integrations SET credentials_ciphertext = ?, updated_at = now() WHERE id = ?",
                cipher.encrypt(Json.write(credentials)), id);
    }

    public void setStatus(String id, String status) {
        jdbc.update("UPDATE integrations SET status = ?, updated_at = now() WHERE id = ?", status, id);
    }

    public void setEnabled(String id, boolean enabled) {
        jdbc.update("UPDATE integrations SET enabled = ?, updated_at = now() WHERE id = ?", enabled, id);
    }

    /** Replaces the integration's settings object. */
    public void saveSettings(String id, JsonNode settings) {
        jdbc.update("UPDATE integrations SET settings = ?::jsonb, updated_at = now() WHERE id = ?",
                Json.write(settings), id);
    }

    /** Deletes the integration and, by cascade, all its synced data, runs and state. */
    public boolean delete(String id) {
        return jdbc.update("DELETE FROM integrations WHERE id = ?", id) == 1;
    }

    /** The last time the integration's credential row changed. */
    public Timestamp updatedAt(String id) {
        return jdbc.queryForObject("SELECT updated_at FROM integrations WHERE id = ?", Timestamp.class, id);
    }
}
