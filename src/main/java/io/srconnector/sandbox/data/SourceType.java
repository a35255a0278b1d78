package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * A source type of {@code GET /configuration/sources} ({@code {id, label, subtypes[{id}], actions.values}}) with its
 * values ({@code GET /configuration/sources/{sourceType}/values}: {@code {id, label, sourceSubType{id}}}).
 */
public record SourceType(String id, String label, List<SubType> subtypes, @JsonIgnore List<Value> values) {

    /** SR {@code Identifiable} subtype. */
    public record SubType(String id) {
    }

    /** One source value (e.g. LinkedIn); {@code subTypeId} is its {@code sourceSubType.id}. */
    public record Value(String id, String label, String subTypeId) {
    }

    /** Copy with values. */
    public SourceType withValues(List<Value> v) {
        return new SourceType(id, label, subtypes, List.copyOf(v));
    }
}
