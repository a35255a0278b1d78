package io.srconnector.sandbox.data;

/** SR {@code JobAdSections}: the four text sections of a job ad. */
public record JobAdSections(JobAdSection companyDescription, JobAdSection jobDescription, JobAdSection qualifications,
                            JobAdSection additionalInformation) {
}
