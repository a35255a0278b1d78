package io.srconnector.sandbox.data;

import java.time.Instant;
import java.util.List;

/**
 * A public Posting API posting ({@code GET /v1/companies/{companyIdentifier}/postings[/{postingId}]}, S1
 * {@code PostingItem}/{@code Posting}). One job can have several postings, e.g. one per job-ad language (FC-02).
 * The list shows {@code language} but not {@code jobId}, URLs, sections and {@code active}; the detail the reverse.
 */
public record Posting(String id, String uuid, String name, String jobId, String jobAdId, Boolean defaultJobAd,
                      String applyUrl, String postingUrl, String referralUrl, String refNumber, PostingCompany company,
                      Instant releasedDate, PostingLocation location, IdLabel industry, IdLabel department,
                      IdLabel function, IdLabel typeOfEmployment, ExperienceLevel experienceLevel,
                      List<CustomField> customField, PostingCreator creator, JobAdSections sections, Boolean active,
                      String visibility, Language language) {

    /** {@code {identifier, name}}. */
    public record PostingCompany(String identifier, String name) {
    }

    /** Posting API location {@code {country (code), region, city, remote, latitude, longitude}}. */
    public record PostingLocation(String country, String region, String city, Boolean remote, String latitude,
                                  String longitude) {
    }

    /** Posting API {@code ExperienceLevel {id, name}} (note: {@code name}, not {@code label}). */
    public record ExperienceLevel(String id, String name) {
    }

    /** {@code {fieldId, fieldLabel, valueId, valueLabel}}. */
    public record CustomField(String fieldId, String fieldLabel, String valueId, String valueLabel) {
    }

    /** {@code {name}}. */
    public record PostingCreator(String name) {
    }

    /** Copy with another language (list rendering derives it from the job ad when files lack it). */
    public Posting withLanguage(Language l) {
        return new Posting(id, uuid, name, jobId, jobAdId, defaultJobAd, applyUrl, postingUrl, referralUrl, refNumber,
                company, releasedDate, location, industry, department, function, typeOfEmployment, experienceLevel,
                customField, creator, sections, active, visibility, l);
    }
}
