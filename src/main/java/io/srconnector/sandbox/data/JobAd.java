package io.srconnector.sandbox.data;

import java.util.List;

/**
 * A job ad ({@code JobAdItem}, {@code GET /jobs/{jobId}/jobads[/{jobAdId}]}): the content of one language version
 * of a job, with its publications ({@code .../postings}). Mutable, guarded by the account lock.
 */
public final class JobAd {
    public String id;
    public String jobId;
    public String title;
    public Language language;
    public JobAdSections sections;
    public long createdOn;
    public long updatedOn;
    public String applyUrl;
    /** {@code PUBLISHED} or {@code NOT_PUBLISHED}. */
    public String postingStatus;
    public boolean isDefault;
    public String creatorId;
    /** {@code PUBLIC}, {@code INTERNAL} or {@code PRIVATE}. */
    public String visibility;
    public List<Publication> publications = List.of();
}
