package io.srconnector.sandbox.data;

/** One job custom field value in {@code JobDetails.properties}: {@code {id, label, value{id, label}}}. */
public record JobProperty(String id, String label, IdLabel value) {
}
