package io.srconnector.sandbox.data;

/** SR {@code Language {code, label, labelNative}} (jobs, job ads, postings). */
public record Language(String code, String label, String labelNative) {
}
