package io.srconnector.sandbox.data;

/** SR {@code Compensation {min, max, currency}}. */
public record Compensation(Double min, Double max, String currency) {
}
