package io.srconnector.mapping;

import io.srconnector.model.IntegrationField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills Kombo's {@code custom_fields} from the integration's custom-field mapping: each mapped SmartRecruiters
 * property (by id) contributes its value under the configured unified key. Unmapped properties stay out (they are
 * still in {@code integration_fields} and remote_data). Empty mapping → empty object.
 */
public final class CustomFields {
    private CustomFields() {
    }

    /**
     * @param fields the record's properties as integration fields
     * @param keys   SmartRecruiters property id → custom_fields key
     */
    public static Map<String, Object> of(List<IntegrationField> fields, Map<String, String> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        for (IntegrationField f : fields) {
            String key = keys.get(f.key());
            if (key != null) {
                out.put(key, f.value());
            }
        }
        return out;
    }
}
