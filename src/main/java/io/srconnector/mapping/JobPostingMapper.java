package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.JobPosting;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters job ad → unified job posting (field-mapping §3). Sources per ad: the item of
 * {@code GET /jobs/{jobId}/jobads} ({@code JobAdItem}), its publications
 * ({@code GET /jobs/{jobId}/jobads/{jobAdId}/postings?activeOnly=false}) and, for a published ad, its Posting API
 * posting ({@code GET /v1/companies/{companyIdentifier}/postings/{postingId}}).
 * <ul>
 *   <li>{@code remote_id}: the job-ad id (exists for unpublished ads too and survives re-publishing); {@code job_id}:
 *       the job's Kombo id — several postings per job, never merged by {@code refNumber} (FC-02);</li>
 *   <li>{@code title}, {@code remote_created_at}: the ad's {@code title}, {@code createdOn};
 *       {@code description_html}: the ad's sections as for the job's description;</li>
 *   <li>{@code status}, {@code visibility}: {@link JobPostingStatuses};</li>
 *   <li>{@code url}: for an ACTIVE posting the Posting API {@code postingUrl}, else the ad's {@code applyUrl}; null
 *       for inactive and draft postings.</li>
 * </ul>
 */
@Component("jobPostingMapper")
public class JobPostingMapper extends PerRecordMapper<JobPosting> {
    /** remote_data key of the job-ad item. */
    public static final String AD = "/jobs/{jobId}/jobads";
    /** remote_data key of the ad's publication list (active and past). */
    public static final String PUBLICATIONS = "/jobs/{jobId}/jobads/{jobAdId}/postings?activeOnly=false";
    /** remote_data key of the ad's public Posting API posting. */
    public static final String POSTING = "/v1/companies/{companyIdentifier}/postings/{postingId}";

    @Override
    public JobPosting toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode ad = r.get(AD);
        String status = JobPostingStatuses.status(text(ad.path("postingStatus")), r.get(PUBLICATIONS));
        JsonNode content = ad.path("jobAd").has("sections") ? ad.path("jobAd").path("sections") : ad.path("jobAd");
        String url = null;
        if ("ACTIVE".equals(status)) {
            url = text(r.get(POSTING).path("postingUrl"));
            if (url == null) {
                url = text(ad.path("applyUrl"));
            }
        }
        return new JobPosting(ctx.id("ats_job_postings", r.remoteId()), r.remoteId(),
                text(ad.path("title")),
                JobMapper.description(content),
                status,
                JobPostingStatuses.visibility(text(ad.path("visibility"))),
                url,
                ctx.id("ats_jobs", r.var("jobId")),
                SrValues.instant(ad.path("createdOn")));
    }
}
