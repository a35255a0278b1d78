package io.srconnector.sandbox;

import io.srconnector.sandbox.fault.FaultSettings;
import io.srconnector.sandbox.generate.AccountGenerator;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.limit.RateLimitSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code sandbox.*} properties bound by {@link SandboxConfiguration}; each maps onto {@link SandboxSettings}
 * (defaults are the same, except that Spring needs {@code sandbox.enabled=true} to start the sandbox at all).
 */
@ConfigurationProperties(prefix = "sandbox")
public class SandboxProperties {

    private boolean enabled;
    private int port;
    private long seed = 42L;
    private int users = 25;
    private int jobs = 50;
    private int candidates = 500;
    private String companyIdentifier = AccountGenerator.DEFAULT_COMPANY;
    private Path dataDir;
    private String apiKey = SandboxSettings.DEFAULT_API_KEY;
    private String standardApiKey = SandboxSettings.DEFAULT_STANDARD_API_KEY;
    private String publicBaseUrl;
    private int threads = 16;
    private int requestLogCapacity = 10_000;
    private boolean updatedAfterInclusive;
    private boolean applicationChangesTouchCandidate = true;
    private final RateLimit rateLimit = new RateLimit();
    private final Fault fault = new Fault();

    /** {@code sandbox.fault.*}: the fault mode ({@link FaultSettings}); off by default. */
    public static class Fault {
        private double share429;
        private double share500;
        private double shareDropped;
        private double shareSlow;
        private Duration slowDelay = Duration.ofSeconds(2);
        private int tokenExpiryAfter;
        private long seed = 1;

        /** The equivalent fault settings. */
        public FaultSettings toSettings() {
            return new FaultSettings(share429, share500, shareDropped, shareSlow,
                    slowDelay, tokenExpiryAfter, seed);
        }

        public double getShare429() { return share429; }
        public void setShare429(double v) { this.share429 = v; }
        public double getShare500() { return share500; }
        public void setShare500(double v) { this.share500 = v; }
        public double getShareDropped() { return shareDropped; }
        public void setShareDropped(double v) { this.shareDropped = v; }
        public double getShareSlow() { return shareSlow; }
        public void setShareSlow(double v) { this.shareSlow = v; }
        public Duration getSlowDelay() { return slowDelay; }
        public void setSlowDelay(Duration v) { this.slowDelay = v; }
        public int getTokenExpiryAfter() { return tokenExpiryAfter; }
        public void setTokenExpiryAfter(int v) { this.tokenExpiryAfter = v; }
        public long getSeed() { return seed; }
        public void setSeed(long v) { this.seed = v; }
    }

    public Fault getFault() {
        return fault;
    }

    /** {@code sandbox.rate-limit.*}: SR's per-credential limits (D-rate). */
    public static class RateLimit {
        private boolean enabled = true;
        private int requestsPerSecond = 10;
        private int concurrent = 8;
        private int candidatesConcurrent = 1;
        /** Seconds for {@code Retry-After} on 429; negative = header not sent (SR documents none). */
        private int retryAfterSeconds = -1;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getRequestsPerSecond() {
            return requestsPerSecond;
        }

        public void setRequestsPerSecond(int requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
        }

        public int getConcurrent() {
            return concurrent;
        }

        public void setConcurrent(int concurrent) {
            this.concurrent = concurrent;
        }

        public int getCandidatesConcurrent() {
            return candidatesConcurrent;
        }

        public void setCandidatesConcurrent(int candidatesConcurrent) {
            this.candidatesConcurrent = candidatesConcurrent;
        }

        public int getRetryAfterSeconds() {
            return retryAfterSeconds;
        }

        public void setRetryAfterSeconds(int retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** The equivalent {@link SandboxSettings}. */
    public SandboxSettings toSettings() {
        RateLimitSettings limits = RateLimitSettings.smartRecruitersDefaults()
                .withEnabled(rateLimit.enabled)
                .withLimits(rateLimit.requestsPerSecond, rateLimit.concurrent)
                .withCandidateListConcurrency(rateLimit.candidatesConcurrent)
                .withRetryAfter(rateLimit.retryAfterSeconds);
        return SandboxSettings.builder()
                .port(port).seed(seed).sizes(new GeneratorSizes(users, jobs, candidates))
                .companyIdentifier(companyIdentifier).dataDirectory(dataDir)
                .apiKey(apiKey).standardApiKey(standardApiKey).publicBaseUrl(publicBaseUrl)
                .threads(threads).requestLogCapacity(requestLogCapacity)
                .updatedAfterInclusive(updatedAfterInclusive)
                .applicationChangesTouchCandidate(applicationChangesTouchCandidate)
                .rateLimits(limits)
                .build();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public int getUsers() {
        return users;
    }

    public void setUsers(int users) {
        this.users = users;
    }

    public int getJobs() {
        return jobs;
    }

    public void setJobs(int jobs) {
        this.jobs = jobs;
    }

    public int getCandidates() {
        return candidates;
    }

    public void setCandidates(int candidates) {
        this.candidates = candidates;
    }

    public String getCompanyIdentifier() {
        return companyIdentifier;
    }

    public void setCompanyIdentifier(String companyIdentifier) {
        this.companyIdentifier = companyIdentifier;
    }

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getStandardApiKey() {
        return standardApiKey;
    }

    public void setStandardApiKey(String standardApiKey) {
        this.standardApiKey = standardApiKey;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads;
    }

    public int getRequestLogCapacity() {
        return requestLogCapacity;
    }

    public void setRequestLogCapacity(int requestLogCapacity) {
        this.requestLogCapacity = requestLogCapacity;
    }

    public boolean isUpdatedAfterInclusive() {
        return updatedAfterInclusive;
    }

    public void setUpdatedAfterInclusive(boolean updatedAfterInclusive) {
        this.updatedAfterInclusive = updatedAfterInclusive;
    }

    public boolean isApplicationChangesTouchCandidate() {
        return applicationChangesTouchCandidate;
    }

    public void setApplicationChangesTouchCandidate(boolean applicationChangesTouchCandidate) {
        this.applicationChangesTouchCandidate = applicationChangesTouchCandidate;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }
}
