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
    /**
     * Attempts per model within one run: a model that failed on a transient error (429, 5xx, dropped connection, 401)
     * after the requester's own retries is tried again from its last checkpoint, up to this many times in all.
     */
    private int modelAttempts = 3;
    /** Wait before a model's next attempt (doubles per attempt). */
    private Duration modelRetryBackoff = Duration.ofSeconds(30);
    /**
     * On shutdown, how long to wait for the running sync to finish its current page and go back to the queue
     * (so the next start resumes it at once instead of waiting for {@link #staleAfter}).
     */
    private Duration shutdownGrace = Duration.ofSeconds(30);
    /**
     * Delta runs also look for application changes that did not move the candidate's {@code updatedOn} (which
     * SmartRecruiters does not document): jobs with activity since the last run ({@code GET /jobs?lastActivityAfter})
     * → their candidates ({@code GET /candidates?jobId}) → applications whose status or sub-status differs from ours
     * are re-read. See docs/syncs.md for its cost.
     */
    private boolean applicationActivityProbe = false;
    /**
     * Whether the Quartz schedules run in a clustered JDBC job store in PostgreSQL (the {@code qrtz_} tables): each
     * fire time then fires on exactly one replica, and a dead replica's triggers are recovered by another. Off: every
     * replica runs its own in-memory scheduler and the queue alone keeps one run per fire time.
     */
    private boolean quartzClustered = true;
    /** How often each replica's Quartz scheduler checks in; a replica silent for longer is recovered by the others. */
    private Duration quartzCheckinInterval = Duration.ofSeconds(10);
    /** A trigger later than this is a misfire: it fires once at once (cron FireAndProceed) instead of on time. */
    private Duration quartzMisfireThreshold = Duration.ofMinutes(1);

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
    public int getModelAttempts() { return modelAttempts; }
    public void setModelAttempts(int v) { this.modelAttempts = v; }
    public Duration getModelRetryBackoff() { return modelRetryBackoff; }
    public void setModelRetryBackoff(Duration v) { this.modelRetryBackoff = v; }
    public Duration getShutdownGrace() { return shutdownGrace; }
    public void setShutdownGrace(Duration v) { this.shutdownGrace = v; }
    public boolean isApplicationActivityProbe() { return applicationActivityProbe; }
    public void setApplicationActivityProbe(boolean v) { this.applicationActivityProbe = v; }
    public boolean isQuartzClustered() { return quartzClustered; }
    public void setQuartzClustered(boolean v) { this.quartzClustered = v; }
    public Duration getQuartzCheckinInterval() { return quartzCheckinInterval; }
    public void setQuartzCheckinInterval(Duration v) { this.quartzCheckinInterval = v; }
    public Duration getQuartzMisfireThreshold() { return quartzMisfireThreshold; }
    public void setQuartzMisfireThreshold(Duration v) { this.quartzMisfireThreshold = v; }
}
