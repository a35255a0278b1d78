package io.srconnector.connect;

import io.srconnector.integration.SecretCipher;
import io.srconnector.persistence.Base58;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Connect links (table {@code connect_links}, V30). A link's token and a pending OAuth {@code state} are bearer
 * secrets: only their SHA-256 is stored.
 */
@Repository
public class ConnectLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<Link> ROW = (rs, i) -> new Link(rs.getString("id"), rs.getString("account_id"),
            rs.getString("end_user_email"), rs.getString("end_user_organization_name"),
            rs.getString("end_user_origin_id"), rs.getString("integration_id"),
            rs.getTimestamp("expires_at").toInstant());
    private static final String COLS = "id, account_id, end_user_email, end_user_organization_name, "
            + "end_user_origin_id, integration_id, expires_at";
    private final JdbcTemplate jdbc;

    public ConnectLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A connect link. {@code integrationId} is set once connected (or from the start for a relink). */
    public record Link(String id, String accountId, String endUserEmail, String organizationName, String originId,
                       String integrationId, Instant expiresAt) {
    }

    /** A new random secret (32 base58 characters). */
    public static String newSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base58.encode(b);
    }

    /**
     * Creates a link.
     *
     * @return the token to put in the link (shown once)
     */
    public String create(String accountId, String email, String organizationName, String originId,
                         String integrationId, Duration ttl) {
        String token = newSecret();
        jdbc.update("""
                INSERT INTO connect_links (id, token_hash, account_id, end_user_email, end_user_organization_name,
                  end_user_origin_id, integration_id, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                newSecret().substring(0, 24), SecretCipher.sha256(token), accountId, email, organizationName, originId,
                integrationId, Timestamp.from(Instant.now().plus(ttl)));
        return token;
    }

    /** The unexpired link of a token. */
    public Optional<Link> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<Link> r = jdbc.query("SELECT " + COLS + " FROM connect_links WHERE token_hash = ? AND expires_at > now()",
                ROW, SecretCipher.sha256(token.trim()));
        return r.stream().findFirst();
    }

    /** Starts an authorization-code attempt: stores the state's hash on the link. */
    public void setOAuthState(String linkId, String state, Duration ttl) {
        jdbc.update("UPDATE connect_links SET oauth_state_hash = ?, oauth_state_expires_at = ? WHERE id = ?",
                SecretCipher.sha256(state), Timestamp.from(Instant.now().plus(ttl)), linkId);
    }

    /** The link waiting for this state, consuming the state (a state works once). */
    public Optional<Link> consumeOAuthState(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        String hash = SecretCipher.sha256(state);
        List<Link> r = jdbc.query("SELECT " + COLS + " FROM connect_links WHERE oauth_state_hash = ? "
                + "AND oauth_state_expires_at > now() AND expires_at > now()", ROW, hash);
        jdbc.update("UPDATE connect_links SET oauth_state_hash = NULL, oauth_state_expires_at = NULL "
                + "WHERE oauth_state_hash = ?", hash);
        return r.stream().findFirst();
    }

    /** Records the integration the link connected. */
    public void connected(String linkId, String integrationId) {
        jdbc.update("UPDATE connect_links SET integration_id = ?, connected_at = now() WHERE id = ?", integrationId,
                linkId);
    }
}
