package io.srconnector.sandbox.data;

/** SR {@code CompanyConfiguration {identifier, name, location, website, industry, logo}} ({@code GET /configuration/company}). */
public record Company(String identifier, String name, JobLocation location, String website, IdLabel industry, String logo) {
}
