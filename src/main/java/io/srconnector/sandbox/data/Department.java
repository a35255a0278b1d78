package io.srconnector.sandbox.data;

/** SR {@code Department {id, label, description}} ({@code GET /configuration/departments}, job {@code department}). */
public record Department(String id, String label, String description) {
}
