package io.srconnector.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/**
 * Unified ATS job posting (Kombo {@code ats_job_postings}, nested as {@code jobs[].job_postings}; coverage sheet
 * "Job postings"). One per SmartRecruiters job ad ({@code GET /jobs/{jobId}/jobads}): a job has one ad per language,
 * so several postings per job (FC-02). {@code status} is ACTIVE, INACTIVE or DRAFT; {@code visibility} PUBLIC,
 * INTERNAL or UNLISTED; {@code url} the public posting page (Posting API {@code postingUrl}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobPosting(String id, String remoteId, String title, String descriptionHtml, String status,
                         String visibility, String url, String jobId, Instant remoteCreatedAt) implements UnifiedRecord {
}
