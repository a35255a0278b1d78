package io.srconnector.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.Base58;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Reads and edits of the field explorer over the V5 tables ({@code integration_fields}, {@code custom_fields},
 * {@code custom_field_mappings}); pages are keyset-ordered by id. Answers rows already in Kombo's shapes.
 */
@Repository
public class FieldExplorerRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    public FieldExplorerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of an integration's fields: Kombo's {@code {id, key, model, type, label, is_passthrough_enabled,
     * is_writable}} plus {@code value_type} and {@code options} (SmartRecruiters' property type and select options).
     *
     * @param after id to continue after, or null
     * @param limit rows to return (ask one more to know whether there is a next page)
     */
    public List<ObjectNode> integrationFields(String integrationId, String after, int limit) {
        return jdbc.query("""
                SELECT id, key, model, type, label, is_passthrough_enabled, value_type, options::text AS options
                FROM integration_fields WHERE integration_id = ? AND (?::text IS NULL OR id > ?)
                ORDER BY id LIMIT ?""", (rs, i) -> {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("id", rs.getString("id"));
            n.put("key", rs.getString("key"));
            n.put("model", rs.getString("model"));
            n.put("type", rs.getString("type"));
            n.put("label", rs.getString("label"));
            n.put("is_passthrough_enabled", rs.getBoolean("is_passthrough_enabled"));
            n.put("is_writable", false);
            n.put("value_type", rs.getString("value_type"));
            String options = rs.getString("options");
            n.set("options", options == null ? Json.mapper().nullNode() : Json.read(options));
            return n;
        }, integrationId, after, after, limit);
    }

    /** One integration field of the integration, in the shape of {@link #integrationFields}. */
    public Optional<ObjectNode> integrationField(String integrationId, String fieldId) {
        return integrationFields(integrationId, null, Integer.MAX_VALUE).stream()
                .filter(n -> n.path("id").asText().equals(fieldId)).findFirst();
    }

    /** Switches a field's passthrough into the models' {@code integration_fields}. */
    public void setPassthrough(String integrationId, String fieldId, boolean enabled) {
        jdbc.update("UPDATE integration_fields SET is_passthrough_enabled = ? WHERE integration_id = ? AND id = ?",
                enabled, integrationId, fieldId);
    }

    /**
     * One page of the account's custom fields with this integration's mapping: Kombo's {@code {id, key,
     * integration_field: {id, key, type, label, value_type, options} | null, model, label, description}}.
     */
    public List<ObjectNode> customFields(String accountId, String integrationId, String after, int limit) {
        return jdbc.query("""
                SELECT c.id, c.key, c.model, c.label, c.description,
                       f.id AS f_id, f.key AS f_key, f.type AS f_type, f.label AS f_label, f.value_type AS f_value_type,
                       f.options::text AS f_options
                FROM custom_fields c
                LEFT JOIN custom_field_mappings m ON m.custom_field_id = c.id AND m.integration_id = ?
                LEFT JOIN integration_fields f ON f.id = m.integration_field_id
                WHERE c.account_id = ? AND (?::text IS NULL OR c.id > ?)
                ORDER BY c.id LIMIT ?""", (rs, i) -> {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("id", rs.getString("id"));
            n.put("key", rs.getString("key"));
            if (rs.getString("f_id") == null) {
                n.putNull("integration_field");
            } else {
                ObjectNode f = n.putObject("integration_field");
                f.put("id", rs.getString("f_id"));
                f.put("key", rs.getString("f_key"));
                f.put("type", rs.getString("f_type"));
                f.put("label", rs.getString("f_label"));
                f.put("value_type", rs.getString("f_value_type"));
                String o = rs.getString("f_options");
                f.set("options", o == null ? Json.mapper().nullNode() : Json.read(o));
            }
            n.put("model", rs.getString("model"));
            n.put("label", rs.getString("label"));
            n.put("description", rs.getString("description"));
            return n;
        }, integrationId, accountId, after, after, limit);
    }

    /** A custom field of the account with this integration's mapping. */
    public Optional<ObjectNode> customField(String accountId, String integrationId, String customFieldId) {
        return customFields(accountId, integrationId, null, Integer.MAX_VALUE).stream()
                .filter(n -> n.path("id").asText().equals(customFieldId)).findFirst();
    }

    /** Whether the account already has a custom field with this model and key. */
    public boolean customFieldExists(String accountId, String model, String key) {
        return !jdbc.queryForList("SELECT 1 FROM custom_fields WHERE account_id = ? AND model = ? AND key = ?",
                Integer.class, accountId, model, key).isEmpty();
    }

    /** Defines a custom field for the account; returns its new id (24 base58 characters). */
    public String createCustomField(String accountId, String model, String key, String label, String description) {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String s = Base58.encode(b);
        String id = s.length() > 24 ? s.substring(0, 24) : s;
        jdbc.update("INSERT INTO custom_fields (id, account_id, model, key, label, description) VALUES (?, ?, ?, ?, ?, ?)",
                id, accountId, model, key, label, description);
        return id;
    }

    /** Model of an integration field, or null when the integration has no such field. */
    public String fieldModel(String integrationId, String fieldId) {
        List<String> r = jdbc.queryForList("SELECT model FROM integration_fields WHERE integration_id = ? AND id = ?",
                String.class, integrationId, fieldId);
        return r.isEmpty() ? null : r.get(0);
    }

    /** Maps a custom field to an integration field for one integration, or removes the mapping (null). */
    public void setMapping(String integrationId, String customFieldId, String integrationFieldId) {
        if (integrationFieldId == null) {
            jdbc.update("DELETE FROM custom_field_mappings WHERE integration_id = ? AND custom_field_id = ?",
                    integrationId, customFieldId);
            return;
        }
        jdbc.update("""
                INSERT INTO custom_field_mappings (integration_id, custom_field_id, integration_field_id)
                VALUES (?, ?, ?) ON CONFLICT (integration_id, custom_field_id)
                DO UPDATE SET integration_field_id = EXCLUDED.integration_field_id""",
                integrationId, customFieldId, integrationFieldId);
    }
}
