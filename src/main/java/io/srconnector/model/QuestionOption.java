package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An option of a select screening question (Kombo {@code format.options[]}): {@code {id, remote_id, name}}. */
public record QuestionOption(String id, @JsonProperty("remote_id") String remoteId, String name) {
}
