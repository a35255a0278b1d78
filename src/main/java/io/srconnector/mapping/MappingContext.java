package io.srconnector.mapping;

import io.srconnector.persistence.UnifiedIds;

import java.util.Map;

/**
 * What a pure mapper needs besides the SmartRecruiters payload: the integration (for deterministic ids) and the
 * integration's custom-field mapping (unified {@code custom_fields} key per SmartRecruiters property id, per model;
 * empty by default).
 *
 * @param integrationId     the integration
 * @param customFieldKeys   model → (SmartRecruiters property id → custom_fields key)
 */
public record MappingContext(String integrationId, Map<String, Map<String, String>> customFieldKeys) {

    public MappingContext(String integrationId) {
        this(integrationId, Map.of());
    }

    /** The unified id of a record of {@code table} with the given remote id (null stays null). */
    public String id(String table, String remoteId) {
        return UnifiedIds.of(integrationId, table, remoteId);
    }

    /** The id of an integration field of this integration (see UnifiedIds#integrationField). */
    public String integrationFieldId(String table, String type, String key) {
        return UnifiedIds.integrationField(integrationId, table, type, key);
    }

    /** The custom-field keys configured for a model. */
    public Map<String, String> customFieldKeys(String model) {
        return customFieldKeys.getOrDefault(model, Map.of());
    }
}
