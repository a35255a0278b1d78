package io.srconnector.sandbox.data;

/** SR {@code Property}/{@code Identifiable}+{@code Labeled}: {@code {id, label}} (reasons, industry, function, values…). */
public record IdLabel(String id, String label) {
}
