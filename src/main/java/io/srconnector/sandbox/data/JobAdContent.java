package io.srconnector.sandbox.data;

/** {@code JobDetails.jobAd}: {@code {sections, language}} (S1 {@code JobAdInput}). */
public record JobAdContent(JobAdSections sections, Language language) {
}
