package io.srconnector.sandbox.data;

/** SR {@code JobAdSection {title, text}}; {@code text} is HTML. */
public record JobAdSection(String title, String text) {
}
