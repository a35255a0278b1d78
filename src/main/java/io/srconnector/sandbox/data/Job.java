package io.srconnector.sandbox.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A job ({@code JobDetails}; the list shows {@code JobSummary}) with its status history, hiring team and job ads.
 * Mutable, guarded by the account lock.
 */
public final class Job {
    public String id;
    public String title;
    public String refNumber;
    public long createdOn;
    public long updatedOn;
    /** Moves on edits, new applicants and publishing ({@code lastActivityAfter}). */
    public Long lastActivityOn;
    public Department department;
    public JobLocation location;
    /** {@code JobStatus}: CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD (OTHER in responses). */
    public String status;
    /** {@code PostingStatus}: PUBLIC, INTERNAL, NOT_PUBLISHED, PRIVATE. */
    public String postingStatus;
    public Language language;
    public Long targetHiringDate;
    public IdLabel industry;
    public IdLabel function;
    public IdLabel typeOfEmployment;
    public IdLabel experienceLevel;
    public IdLabel eeoCategory;
    public Boolean template;
    public Creator creator;
    public Compensation compensation;
    /** {@code jobAd {sections, language}} of the job itself. */
    public JobAdContent jobAd;
    public List<JobProperty> properties = List.of();
    /** Career-site URL for {@code actions.applyOnWeb}; null if none. */
    public String applyOnWebUrl;
    public List<JobStatusChange> statusHistory = List.of();
    public List<HiringTeamMember> hiringTeam = List.of();
    public List<JobAd> jobAds = new ArrayList<>();
    /** Sandbox-internal: hiring process whose sub-statuses this job's applications use (not exposed by SR, §9.4). */
    public String hiringProcessId;

    /** The job ad with the given id, or null. */
    public JobAd jobAd(String jobAdId) {
        for (JobAd ad : jobAds) {
            if (ad.id.equals(jobAdId)) {
                return ad;
            }
        }
        return null;
    }
}
