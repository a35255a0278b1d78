package io.srconnector.model;

/**
 * One entry of Kombo's {@code integration_fields}: a raw SmartRecruiters field passed through.
 * {@code type} is {@code CUSTOM} for SmartRecruiters properties (key = property id) and {@code DEFAULT} for standard fields.
 */
public record IntegrationField(String id, String key, String type, Object value, String label) {
}
