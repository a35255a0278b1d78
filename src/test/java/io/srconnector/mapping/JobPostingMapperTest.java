package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.JobPosting;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.source.ChildRecords;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JobPostingMapper}: field-mapping §3, coverage sheet "Job postings" (FC-02: several postings per job). */
class JobPostingMapperTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String JOB = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";
    private final MappingContext ctx = new MappingContext(INTEGRATION);
    private final JobPostingMapper mapper = new JobPostingMapper();

    /** The job-ad records the job-postings page route builds from {@code GET /jobs/{jobId}/jobads}. */
    private static List<RemoteRecord> ads(String fixture) {
        RemoteRecord job = new RemoteRecord(JOB, Map.of("jobId", JOB), null, null);
        job.put(JobPostingMapper.AD, Fixtures.json(fixture));
        return ChildRecords.children(List.of(job), JobPostingMapper.AD, "", JobPostingMapper.AD, "jobAdId");
    }

    private static RemoteRecord ad(List<RemoteRecord> ads, String id) {
        return ads.stream().filter(a -> a.remoteId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mapsEveryCoverageFieldOfAPublishedAdWithItsPosting() {
        RemoteRecord r = ads("mapping/job-postings/jobads.json").get(0);
        r.put(JobPostingMapper.PUBLICATIONS, Fixtures.json("mapping/job-postings/jobad-postings.json"));
        r.put(JobPostingMapper.POSTING, Fixtures.json("mapping/job-postings/posting.json"));

        JobPosting p = mapper.toUnified(r, ctx);

        assertThat(p.id()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_job_postings", "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"));
        assertThat(p.remoteId()).isEqualTo("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
        assertThat(p.title()).isEqualTo("Senior Java Developer");
        assertThat(p.descriptionHtml()).isEqualTo(
                "<h3>Company Description</h3><p>Acme builds recruiting software.</p>"
                        + "<h3>Job Description</h3><p>You will build backend services in Java.</p>"
                        + "<h3>Qualifications</h3><ul><li>5+ years of Java</li></ul>"
                        + "<h3>Additional Information</h3><p>Hybrid work possible.</p>");
        assertThat(p.status()).isEqualTo("ACTIVE");
        assertThat(p.visibility()).isEqualTo("PUBLIC");
        assertThat(p.url()).isEqualTo("https://jobs.smartrecruiters.com/Acme/743999912345678-senior-java-developer");
        assertThat(p.jobId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_jobs", JOB));
        assertThat(p.remoteCreatedAt()).isEqualTo(Instant.parse("2024-02-01T08:05:00Z"));
        assertThat(r.remoteData().fieldNames()).toIterable().containsExactly(JobPostingMapper.AD,
                JobPostingMapper.PUBLICATIONS, JobPostingMapper.POSTING);
    }

    @Test
    void aPublishedAdWithoutPostingApiPostingUsesItsApplyUrl() {
        RemoteRecord r = ads("mapping/job-postings/jobads.json").get(0);
        assertThat(mapper.toUnified(r, ctx).url())
                .isEqualTo("https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/f0e1d2c3-b4a5-4968-8776-655443322110");
    }

    @Test
    void unpublishedAdsAreInactiveWhenOncePublishedAndDraftOtherwise() {
        List<RemoteRecord> ads = ads("mapping/job-postings/jobads-variants.json");
        assertThat(ads).extracting(RemoteRecord::remoteId).containsExactly("ad-inactive", "ad-draft", "ad-private", "ad-minimal");
        ad(ads, "ad-inactive").put(JobPostingMapper.PUBLICATIONS, Fixtures.json("mapping/job-postings/jobad-postings.json"));
        ad(ads, "ad-draft").put(JobPostingMapper.PUBLICATIONS, Json.read("{\"content\": []}"));

        JobPosting inactive = mapper.toUnified(ad(ads, "ad-inactive"), ctx);
        assertThat(inactive.status()).isEqualTo("INACTIVE");
        assertThat(inactive.visibility()).isEqualTo("INTERNAL");
        assertThat(inactive.url()).as("no URL for a posting that is not live").isNull();
        assertThat(inactive.descriptionHtml()).isEqualTo("<h3>Stellenbeschreibung</h3><p>Backend in Java.</p>");
        assertThat(inactive.title()).isEqualTo("Senior-Java-Entwickler");

        JobPosting draft = mapper.toUnified(ad(ads, "ad-draft"), ctx);
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.visibility()).isEqualTo("UNLISTED");
        assertThat(draft.descriptionHtml()).isNull();
        assertThat(draft.url()).isNull();

        JobPosting referral = mapper.toUnified(ad(ads, "ad-private"), ctx);
        assertThat(referral.status()).isEqualTo("ACTIVE");
        assertThat(referral.visibility()).isEqualTo("UNLISTED");
        assertThat(referral.url()).endsWith("/publication/aaaa0000-0000-4000-8000-000000000003");
        assertThat(referral.descriptionHtml()).isEqualTo("<h3>Job Description</h3><p>Referral-only posting.</p>");
        assertThat(referral.remoteCreatedAt()).isEqualTo(Instant.parse("2024-02-06T08:00:00Z"));
    }

    @Test
    void anAdWithOnlyAnIdMapsToNullFields() {
        JobPosting p = mapper.toUnified(ad(ads("mapping/job-postings/jobads-variants.json"), "ad-minimal"), ctx);
        assertThat(p.remoteId()).isEqualTo("ad-minimal");
        assertThat(p.jobId()).isEqualTo(UnifiedIds.of(INTEGRATION, "ats_jobs", JOB));
        assertThat(p.title()).isNull();
        assertThat(p.descriptionHtml()).isNull();
        assertThat(p.status()).isNull();
        assertThat(p.visibility()).isNull();
        assertThat(p.url()).isNull();
        assertThat(p.remoteCreatedAt()).isNull();
    }

    @Test
    void severalAdsOfOneJobAreSeveralPostingsOfThatJob() {
        RemoteRecord job = new RemoteRecord(JOB, Map.of("jobId", JOB), null, null);
        JsonNode two = Json.read("[{\"id\":\"ad-de\",\"postingStatus\":\"PUBLISHED\"},{\"id\":\"ad-en\",\"postingStatus\":\"PUBLISHED\"}]");
        job.put(JobPostingMapper.AD, two);
        var mapped = mapper.toUnified(ChildRecords.children(List.of(job), JobPostingMapper.AD, "", JobPostingMapper.AD,
                "jobAdId"), ctx);
        assertThat(mapped).extracting(m -> m.record().remoteId()).containsExactly("ad-de", "ad-en");
        assertThat(mapped).extracting(m -> m.record().jobId()).containsOnly(UnifiedIds.of(INTEGRATION, "ats_jobs", JOB));
    }
}
