package io.srconnector.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.srconnector.sandbox.admin.AdminEndpoints;
import io.srconnector.sandbox.api.ApiContext;
import io.srconnector.sandbox.api.SmartRecruitersApi;
import io.srconnector.sandbox.auth.AuthenticationFilter;
import io.srconnector.sandbox.auth.OAuthClient;
import io.srconnector.sandbox.auth.OAuthEndpoints;
import io.srconnector.sandbox.auth.OAuthServer;
import io.srconnector.sandbox.auth.PermissionFilter;
import io.srconnector.sandbox.auth.SandboxCredentials;
import io.srconnector.sandbox.data.AccountMutations;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.files.AccountLoader;
import io.srconnector.sandbox.generate.AccountGenerator;
import io.srconnector.sandbox.http.ExchangeBridge;
import io.srconnector.sandbox.http.Pipeline;
import io.srconnector.sandbox.http.RequestHolds;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.RoutingFilter;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.limit.RateLimitFilter;
import io.srconnector.sandbox.limit.RateLimiter;
import io.srconnector.sandbox.log.RequestLog;
import io.srconnector.sandbox.log.RequestLogFilter;
import io.srconnector.sandbox.log.RequestStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SmartRecruiters sandbox: an HTTP server (JDK {@code com.sun.net.httpserver}, fixed thread pool, bound to
 * 127.0.0.1) that simulates SR's API on one host: Customer API at the root, the versioned User, Interview and
 * Job Applications APIs under their prefixes, the public Posting API and the Application API configuration
 * (smartrecruiters-api.md §1), plus the sandbox's own {@code /_sandbox/} admin endpoints.
 *
 * <p>OAuth: {@code /identity/oauth/allow} (authorize page) and {@code /identity/oauth/token} ({@link OAuthServer}).
 *
 * <p>Request pipeline: request log → routing → authentication → rate limits → permissions → [extra filters, e.g.
 * a future fault mode] → test holds → handler. Later write, OAuth and fault features plug in as routes
 * ({@link #routes()}) and filters (constructor).
 */
public final class SandboxServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms per response).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxSettings settings;
    private final SandboxAccount account;
    private final SandboxCredentials credentials;
    private final OAuthServer oauth;
    private final RequestLog requestLog;
    private final RequestStats stats = new RequestStats();
    private final RateLimiter rateLimiter;
    private final RequestHolds holds = new RequestHolds();
    private final RouteTable routes = new RouteTable();
    private final Pipeline pipeline;
    private final AtomicLong inProcessSequence = new AtomicLong(1L << 40);
    private HttpServer http;
    private ExecutorService executor;
    private volatile String baseUrl;

    /** Server over an account generated from, or loaded as, the settings say. */
    public SandboxServer(SandboxSettings settings) {
        this(settings, createAccount(settings), List.of());
    }

    /** Server over a given account. */
    public SandboxServer(SandboxSettings settings, SandboxAccount account) {
        this(settings, account, List.of());
    }

    /**
     * Server over a given account with extra filters, run after the permission check and before the handler
     * (the seam for fault injection and similar features).
     */
    public SandboxServer(SandboxSettings settings, SandboxAccount account, List<SandboxFilter> extraFilters) {
        this.settings = settings;
        this.account = account;
        this.account.applicationChangesTouchCandidate(settings.applicationChangesTouchCandidate());
        this.credentials = new SandboxCredentials(settings.credentials());
        this.oauth = new OAuthServer(credentials, settings.clock(), OAuthClient.defaults());
        this.requestLog = new RequestLog(settings.requestLogCapacity());
        this.rateLimiter = new RateLimiter(settings.rateLimits());
        ApiContext ctx = new ApiContext(account, credentials, settings.updatedAfterInclusive());
        SmartRecruitersApi.register(routes, ctx);
        new OAuthEndpoints(oauth, settings.companyIdentifier()).register(routes);
        new AdminEndpoints(this).register(routes);
        List<SandboxFilter> filters = new ArrayList<>();
        filters.add(new RequestLogFilter(requestLog, stats));
        filters.add(new RoutingFilter(routes));
        filters.add(new AuthenticationFilter(credentials, settings.clock()));
        filters.add(new RateLimitFilter(rateLimiter));
        filters.add(new PermissionFilter());
        filters.addAll(extraFilters);
        filters.add(holds);
        this.pipeline = new Pipeline(filters);
    }

    /** Generates the account, or loads it when {@link SandboxSettings#dataDirectory()} is set. */
    public static SandboxAccount createAccount(SandboxSettings settings) {
        AccountGenerator generator = new AccountGenerator(settings.seed(), settings.sizes(), settings.companyIdentifier());
        if (settings.dataDirectory() != null) {
            SandboxAccount loaded = AccountLoader.load(settings.dataDirectory(), settings.clock());
            loaded.recordFactory(generator);
            return loaded;
        }
        return generator.generate(settings.clock());
    }

    /** Binds 127.0.0.1:{@code port} and starts serving; returns this. */
    public synchronized SandboxServer start() {
        if (http != null) {
            return this;
        }
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind sandbox to port " + settings.port(), e);
        }
        executor = Executors.newFixedThreadPool(settings.threads(), threadFactory());
        http.setExecutor(executor);
        baseUrl = "http://127.0.0.1:" + http.getAddress().getPort();
        http.createContext("/", new ExchangeBridge(pipeline, settings.clock(), this::publicBaseUrl));
        http.start();
        return this;
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sr-sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops serving at once (requests still running are cut off). */
    public synchronized void stop() {
        if (http != null) {
            http.stop(0);
            executor.shutdownNow();
            http = null;
            executor = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** True while serving. */
    public synchronized boolean running() {
        return http != null;
    }

    /** {@code http://127.0.0.1:<port>} of the running server. */
    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("sandbox not started");
        }
        return baseUrl;
    }

    /** Bound port. */
    public int port() {
        return Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
    }

    /** Base URL used in response links: the configured public base URL, else {@link #baseUrl()}. */
    public String publicBaseUrl() {
        return settings.publicBaseUrl() != null ? settings.publicBaseUrl() : baseUrl();
    }

    /**
     * Handles a request in-process without HTTP (same pipeline, logged and rate-limited like any other).
     *
     * @param pathAndQuery e.g. {@code /jobs?limit=5}
     */
    public SandboxResponse handle(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        String links = settings.publicBaseUrl() != null ? settings.publicBaseUrl() : baseUrl != null ? baseUrl : "http://127.0.0.1";
        return pipeline.handle(new SandboxRequest(inProcessSequence.incrementAndGet(), settings.clock().millis(), method,
                path, query, headers, body, links));
    }

    /** Settings the server was built with. */
    public SandboxSettings settings() {
        return settings;
    }

    /** The simulated account (read and mutate it inside its lock, see {@link SandboxAccount}). */
    public SandboxAccount account() {
        return account;
    }

    /** Mutation API of the account (touch, delete, add). */
    public AccountMutations mutations() {
        return account.mutations();
    }

    /** Credential registry; register or revoke keys and tokens at run time. */
    public SandboxCredentials credentials() {
        return credentials;
    }

    /** SR's OAuth server: clients, codes, single-use refresh tokens, forced token expiry. */
    public OAuthServer oauth() {
        return oauth;
    }

    /** Log of the SR API requests received (bounded). */
    public RequestLog requestLog() {
        return requestLog;
    }

    /** Request counters: total, per route, per status, 401s, 429s. */
    public RequestStats stats() {
        return stats;
    }

    /** The per-credential rate and concurrency limiter. */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Test hook parking requests (see {@link RequestHolds}). */
    public RequestHolds holds() {
        return holds;
    }

    /** Route table; later features register more routes here. */
    public RouteTable routes() {
        return routes;
    }

    /** The clock used for "now" in mutations, request timestamps and token expiry. */
    public SandboxClock clock() {
        return settings.clock();
    }
}
