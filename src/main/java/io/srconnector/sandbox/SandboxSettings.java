package io.srconnector.sandbox;

import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.auth.SystemRole;
import io.srconnector.sandbox.generate.AccountGenerator;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.limit.RateLimitSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every knob of the SmartRecruiters sandbox, with defaults for a first run: ephemeral port on 127.0.0.1, seed 42,
 * 25 users / 50 jobs / 500 candidates, SR's rate limits switched on, no {@code Retry-After}, an ADMINISTRATOR
 * API key {@value #DEFAULT_API_KEY} and a STANDARD API key {@value #DEFAULT_STANDARD_API_KEY}. Immutable; use
 * {@link #builder()} or {@link #toBuilder()}.
 */
public final class SandboxSettings {

    /** Default ADMINISTRATOR API key (32 characters, like SR keys, D-key). */
    public static final String DEFAULT_API_KEY = "sandbox0000000000000000000000key";
    /** Default STANDARD API key (no offers permission, FC-10). */
    public static final String DEFAULT_STANDARD_API_KEY = "sandboxstandard00000000000000key";
    /** Credential id of the default administrator key. */
    public static final String ADMIN_CREDENTIAL_ID = "sandbox-admin";
    /** Credential id of the default standard key. */
    public static final String STANDARD_CREDENTIAL_ID = "sandbox-standard";

    private final int port;
    private final long seed;
    private final GeneratorSizes sizes;
    private final String companyIdentifier;
    private final Path dataDirectory;
    private final RateLimitSettings rateLimits;
    private final List<Credential> credentials;
    private final String publicBaseUrl;
    private final int threads;
    private final int requestLogCapacity;
    private final boolean updatedAfterInclusive;
    private final boolean applicationChangesTouchCandidate;
    private final SandboxClock clock;

    private SandboxSettings(Builder b) {
        this.port = b.port;
        this.seed = b.seed;
        this.sizes = b.sizes;
        this.companyIdentifier = b.companyIdentifier;
        this.dataDirectory = b.dataDirectory;
        this.rateLimits = b.rateLimits;
        this.credentials = List.copyOf(b.credentials);
        this.publicBaseUrl = b.publicBaseUrl;
        this.threads = b.threads;
        this.requestLogCapacity = b.requestLogCapacity;
        this.updatedAfterInclusive = b.updatedAfterInclusive;
        this.applicationChangesTouchCandidate = b.applicationChangesTouchCandidate;
        this.clock = b.clock;
    }

    /** Defaults as described on the class. */
    public static SandboxSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = port;
        b.seed = seed;
        b.sizes = sizes;
        b.companyIdentifier = companyIdentifier;
        b.dataDirectory = dataDirectory;
        b.rateLimits = rateLimits;
        b.credentials = new ArrayList<>(credentials);
        b.publicBaseUrl = publicBaseUrl;
        b.threads = threads;
        b.requestLogCapacity = requestLogCapacity;
        b.updatedAfterInclusive = updatedAfterInclusive;
        b.applicationChangesTouchCandidate = applicationChangesTouchCandidate;
        b.clock = clock;
        return b;
    }

    /** The two default credentials: ADMINISTRATOR and STANDARD API keys with the given secrets. */
    public static List<Credential> defaultCredentials(String adminKey, String standardKey) {
        return List.of(Credential.apiKey(ADMIN_CREDENTIAL_ID, adminKey, SystemRole.ADMINISTRATOR),
                Credential.apiKey(STANDARD_CREDENTIAL_ID, standardKey, SystemRole.STANDARD));
    }

    /** TCP port on 127.0.0.1; 0 = ephemeral. */
    public int port() {
        return port;
    }

    /** Generator seed. */
    public long seed() {
        return seed;
    }

    /** Generator sizes. */
    public GeneratorSizes sizes() {
        return sizes;
    }

    /** Company identifier of the generated account (Posting API path, {@code /configuration/company}). */
    public String companyIdentifier() {
        return companyIdentifier;
    }

    /** Account-file directory to load instead of generating; null = generate. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Per-credential rate and concurrency limits (D-rate). */
    public RateLimitSettings rateLimits() {
        return rateLimits;
    }

    /** Accepted credentials (default: the ADMINISTRATOR and STANDARD API keys). */
    public List<Credential> credentials() {
        return credentials;
    }

    /** Base URL used in {@code actions} links; null = the server's own {@code http://127.0.0.1:port}. */
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    /** Size of the fixed HTTP worker pool (bounds concurrency the server itself can serve). */
    public int threads() {
        return threads;
    }

    /** Requests kept in the request log. */
    public int requestLogCapacity() {
        return requestLogCapacity;
    }

    /** {@code updatedAfter} & co. also match equal timestamps (default false). */
    public boolean updatedAfterInclusive() {
        return updatedAfterInclusive;
    }

    /** Application mutations move the candidate's {@code updatedOn} (default true; SR undocumented, §9.3). */
    public boolean applicationChangesTouchCandidate() {
        return applicationChangesTouchCandidate;
    }

    /** The sandbox clock ("now" of mutations, request timestamps, token expiry). */
    public SandboxClock clock() {
        return clock;
    }

    /** Fluent builder of {@link SandboxSettings}. */
    public static final class Builder {
        private int port = 0;
        private long seed = 42L;
        private GeneratorSizes sizes = GeneratorSizes.defaults();
        private String companyIdentifier = AccountGenerator.DEFAULT_COMPANY;
        private Path dataDirectory;
        private RateLimitSettings rateLimits = RateLimitSettings.smartRecruitersDefaults();
        private List<Credential> credentials = new ArrayList<>(defaultCredentials(DEFAULT_API_KEY, DEFAULT_STANDARD_API_KEY));
        private String publicBaseUrl;
        private int threads = 16;
        private int requestLogCapacity = 10_000;
        private boolean updatedAfterInclusive;
        private boolean applicationChangesTouchCandidate = true;
        private SandboxClock clock = SandboxClock.system();

        private Builder() {
        }

        /** Port on 127.0.0.1; 0 = ephemeral. */
        public Builder port(int v) {
            this.port = v;
            return this;
        }

        /** Generator seed. */
        public Builder seed(long v) {
            this.seed = v;
            return this;
        }

        /** Generator sizes. */
        public Builder sizes(GeneratorSizes v) {
            this.sizes = v;
            return this;
        }

        /** Shortcut for the generator's candidate count. */
        public Builder candidates(int n) {
            this.sizes = sizes.withCandidates(n);
            return this;
        }

        /** Company identifier of a generated account. */
        public Builder companyIdentifier(String v) {
            this.companyIdentifier = v;
            return this;
        }

        /** Load account files from this directory instead of generating. */
        public Builder dataDirectory(Path v) {
            this.dataDirectory = v;
            return this;
        }

        /** Rate and concurrency limits. */
        public Builder rateLimits(RateLimitSettings v) {
            this.rateLimits = v;
            return this;
        }

        /** Switches rate limiting on or off (headers are sent either way). */
        public Builder rateLimiting(boolean on) {
            this.rateLimits = rateLimits.withEnabled(on);
            return this;
        }

        /** Replaces all credentials. */
        public Builder credentials(List<Credential> v) {
            this.credentials = new ArrayList<>(v);
            return this;
        }

        /** Adds a credential. */
        public Builder credential(Credential c) {
            this.credentials.removeIf(x -> x.id().equals(c.id()));
            this.credentials.add(c);
            return this;
        }

        /** Sets the secret of the default ADMINISTRATOR API key. */
        public Builder apiKey(String key) {
            return replaceSecret(ADMIN_CREDENTIAL_ID, key);
        }

        /** Sets the secret of the default STANDARD API key. */
        public Builder standardApiKey(String key) {
            return replaceSecret(STANDARD_CREDENTIAL_ID, key);
        }

        private Builder replaceSecret(String id, String key) {
            for (int i = 0; i < credentials.size(); i++) {
                Credential c = credentials.get(i);
                if (c.id().equals(id)) {
                    credentials.set(i, new Credential(c.id(), key, c.kind(), c.role(), c.deniedAreas(), c.deniedStatus(),
                            c.userId(), c.expiresAt()));
                }
            }
            return this;
        }

        /** Base URL for response links (null = the server's own). */
        public Builder publicBaseUrl(String v) {
            this.publicBaseUrl = v;
            return this;
        }

        /** HTTP worker threads. */
        public Builder threads(int v) {
            this.threads = v;
            return this;
        }

        /** Requests kept in the request log. */
        public Builder requestLogCapacity(int v) {
            this.requestLogCapacity = v;
            return this;
        }

        /** "After" filters also match equal timestamps. */
        public Builder updatedAfterInclusive(boolean v) {
            this.updatedAfterInclusive = v;
            return this;
        }

        /** Application mutations move the candidate's {@code updatedOn}. */
        public Builder applicationChangesTouchCandidate(boolean v) {
            this.applicationChangesTouchCandidate = v;
            return this;
        }

        /** The sandbox clock. */
        public Builder clock(SandboxClock v) {
            this.clock = v;
            return this;
        }

        /** Immutable settings. */
        public SandboxSettings build() {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive");
            }
            return new SandboxSettings(this);
        }
    }
}
