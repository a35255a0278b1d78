package io.srconnector.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sync settings ({@code connector.sync.*} in application.yaml). */
@ConfigurationProperties(prefix = "connector.sync")
public class SyncSettings {
    /** Models synced by every run, in this order (parents before children). */
    private List<String> models = new ArrayList<>(List.of("application-stages", "rejection-reasons", "users", "jobs",
            "job-postings", "hiring-team", "screening-questions", "candidates", "tags", "applications", "interviews",
            "offers"));
    /** Look-back subtracted from the watermark for delta runs (SmartRecruiters timestamps vs. our clock). */
    private Duration lookback = Duration.ofMinutes(10);
    /** Detail requests made in parallel within one page (still bounded by the per-credential limits). */
    private int fetchParallelism = 4;
    /** Loop guard: most pages one stream may read. */
    private int maxPages = 100_000;
    /** A RUNNING run whose heartbeat is older than this is considered abandoned and is resumed by another worker. */
    private Duration staleAfter = Duration.ofMinutes(5);
    /** Whether the worker picks up queued runs (turn off on API-only replicas). */
    private boolean workerEnabled = true;
    /** Whether a FULL sync of every integration is queued at start-up when it has never been synced. */
    private boolean initialSyncOnStartup = true;

    public List<String> getModels() { return models; }
    public void setModels(List<String> v) { this.models = v; }
    public Duration getLookback() { return lookback; }
    public void setLookback(Duration v) { this.lookback = v; }
    public int getFetchParallelism() { return fetchParallelism; }
    public void setFetchParallelism(int v) { this.fetchParallelism = v; }
    public int getMaxPages() { return maxPages; }
    public void setMaxPages(int v) { this.maxPages = v; }
    public Duration getStaleAfter() { return staleAfter; }
    public void setStaleAfter(Duration v) { this.staleAfter = v; }
    public boolean isWorkerEnabled() { return workerEnabled; }
    public void setWorkerEnabled(boolean v) { this.workerEnabled = v; }
    public boolean isInitialSyncOnStartup() { return initialSyncOnStartup; }
    public void setInitialSyncOnStartup(boolean v) { this.initialSyncOnStartup = v; }
}
