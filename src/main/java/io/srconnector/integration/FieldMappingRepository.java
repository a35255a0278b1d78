package io.srconnector.integration;

import io.srconnector.persistence.UnifiedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Integration fields and custom-field mappings (migration V5): which SmartRecruiters fields an integration has, which
 * appear in {@code integration_fields}, and which fill which {@code custom_fields} key.
 */
@Repository
public class FieldMappingRepository {
    private final JdbcTemplate jdbc;

    public FieldMappingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deterministic id of an integration field ({@link UnifiedIds#integrationField}). */
    public static String fieldId(String integrationId, String model, String type, String key) {
        return UnifiedIds.integrationField(integrationId, model, type, key);
    }

    /**
     * Records (or refreshes) an integration field seen in SmartRecruiters' data or configuration; a new field is
     * passed through by default, an existing one keeps its passthrough setting.
     */
    public void upsertField(String integrationId, String model, String type, String key, String label,
                            String valueType, String optionsJson) {
        jdbc.update("""
                INSERT INTO integration_fields (id, integration_id, model, key, type, label, value_type, options)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET label = COALESCE(EXCLUDED.label, integration_fields.label),
                  value_type = COALESCE(EXCLUDED.value_type, integration_fields.value_type),
                  options = COALESCE(EXCLUDED.options, integration_fields.options), last_seen_at = now()""",
                fieldId(integrationId, model, type, key), integrationId, model, key, type, label, valueType,
                optionsJson);
    }

    /** Ids of the integration fields whose passthrough is switched off for an integration. */
    public Set<String> disabledFieldIds(String integrationId) {
        return Set.copyOf(jdbc.queryForList(
                "SELECT id FROM integration_fields WHERE integration_id = ? AND NOT is_passthrough_enabled",
                String.class, integrationId));
    }

    /**
     * The custom-field keys of an integration: model → (integration field key → custom_fields key). Used by the
     * mappers to fill {@code custom_fields}.
     */
    public Map<String, Map<String, String>> customFieldKeys(String integrationId) {
        Map<String, Map<String, String>> out = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT f.model, f.key AS field_key, c.key AS custom_key
                FROM custom_field_mappings m
                JOIN integration_fields f ON f.id = m.integration_field_id
                JOIN custom_fields c ON c.id = m.custom_field_id
                WHERE m.integration_id = ?""", integrationId);
        for (Map<String, Object> r : rows) {
            out.computeIfAbsent(modelName((String) r.get("model")), k -> new HashMap<>())
                    .put((String) r.get("field_key"), (String) r.get("custom_key"));
        }
        return out;
    }

    /** {@code ats_candidates} → {@code candidates} (the model names the mappers use). */
    static String modelName(String table) {
        return table.startsWith("ats_") ? table.substring(4).replace('_', '-') : table;
    }
}
