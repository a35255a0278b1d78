package io.srconnector.sync.source;

import io.srconnector.json.Json;
import io.srconnector.sync.RemoteRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ChildRecords}: one record per element of a fetched list, keeping the parent's path variables. */
class ChildRecordsTest {

    @Test
    void splitsABareArrayAndAContentList() {
        RemoteRecord job = new RemoteRecord("job-1", Map.of("jobId", "job-1"), null, null);
        job.put("/jobs/{jobId}/jobads", Json.read("[{\"id\":\"ad-1\",\"title\":\"A\"},{\"title\":\"no id\"},{\"id\":\"ad-2\"}]"));
        List<RemoteRecord> ads = ChildRecords.children(List.of(job), "/jobs/{jobId}/jobads", "", "/jobs/{jobId}/jobads", "jobAdId");

        assertThat(ads).extracting(RemoteRecord::remoteId).containsExactly("ad-1", "ad-2");
        assertThat(ads.get(0).vars()).containsEntry("jobId", "job-1").containsEntry("jobAdId", "ad-1").containsEntry("id", "ad-1");
        assertThat(ads.get(0).get("/jobs/{jobId}/jobads").path("title").asText()).isEqualTo("A");
        assertThat(ads.get(0).expand("/jobs/{jobId}/jobads/{jobAdId}/postings")).isEqualTo("/jobs/job-1/jobads/ad-1/postings");

        RemoteRecord app = new RemoteRecord("c:j", Map.of("applicationId", "app-1"), null, null);
        app.put("/list", Json.read("{\"content\":[{\"id\":\"i-1\"}]}"));
        RemoteRecord none = new RemoteRecord("c:k", Map.of("applicationId", "app-2"), null, null);
        List<RemoteRecord> interviews = ChildRecords.children(List.of(app, none), "/list", "/content", "/item", "interviewId");
        assertThat(interviews).extracting(RemoteRecord::remoteId).containsExactly("i-1");
        assertThat(interviews.get(0).var("applicationId")).isEqualTo("app-1");
    }
}
