package io.srconnector.sandbox;

import io.srconnector.sandbox.files.AccountDumper;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.limit.RateLimitSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the SmartRecruiters sandbox as a standalone process, e.g.
 * {@code java -cp <classpath> io.srconnector.sandbox.SandboxMain --port 8091 --candidates 100000 --rate-limit off},
 * or writes an account as account files with {@code --dump <dir>}. Prints the base URL and API keys.
 */
public final class SandboxMain {

    /** Port of a standalone sandbox when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8091;

    static final String USAGE = """
            Usage: SandboxMain [options]
              --port N                     port on 127.0.0.1 (default 8091, 0 = ephemeral)
              --seed N                     generator seed (default 42)
              --users N --jobs N --candidates N   generator sizes (default 25, 50, 500)
              --company ID                 company identifier (default AcmeSandbox)
              --data-dir DIR               load account files from DIR instead of generating
              --dump DIR                   write the account as account files to DIR and exit
              --rate-limit on|off          enforce SR's limits (default on)
              --rps N                      requests per second and credential (default 10)
              --concurrency N              concurrent requests per credential (default 8)
              --candidates-concurrency N   concurrent GET /candidates per credential (default 1)
              --retry-after SECONDS|off    send Retry-After on 429 (default off)
              --api-key KEY                ADMINISTRATOR API key (default sandbox0000000000000000000000key)
              --standard-api-key KEY       STANDARD API key (default sandboxstandard00000000000000key)
              --public-base-url URL        base of links in responses (default the server's own URL)
              --threads N                  HTTP worker threads (default 16)
              --updated-after-inclusive    updatedAfter also matches equal timestamps
              --help                       this text
            """;

    private SandboxMain() {
    }

    /** Parsed command line. */
    record Options(SandboxSettings settings, Path dump, boolean help) {
    }

    /** Starts the sandbox (or dumps the account and exits); see {@link #USAGE}. */
    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        if (options.dump() != null) {
            int files = AccountDumper.dump(SandboxServer.createAccount(options.settings()), options.dump());
            System.out.println("Wrote " + files + " account files to " + options.dump().toAbsolutePath());
            return;
        }
        SandboxServer server = new SandboxServer(options.settings()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sr-sandbox-shutdown"));
        printBanner(server, System.out);
        new CountDownLatch(1).await();
    }

    static void printBanner(SandboxServer server, PrintStream out) {
        SandboxSettings s = server.settings();
        out.println("SmartRecruiters sandbox listening on " + server.baseUrl());
        out.println("  account: " + server.account().read(() -> server.account().counts()));
        s.credentials().forEach(c -> out.println("  " + c.kind() + " " + c.role() + " (" + c.id() + "): " + c.secret()));
        out.println("  rate limits: " + (s.rateLimits().enabled() ? "on" : "off"));
        out.println("  try: curl -H 'X-SmartToken: " + s.credentials().get(0).secret() + "' " + server.baseUrl() + "/jobs");
    }

    /** Parses the command line into settings (port defaults to {@value #DEFAULT_PORT}). */
    static Options parse(String[] args) {
        SandboxSettings.Builder b = SandboxSettings.builder().port(DEFAULT_PORT);
        int users = 25;
        int jobs = 50;
        int candidates = 500;
        RateLimitSettings limits = RateLimitSettings.smartRecruitersDefaults();
        Path dump = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return new Options(b.build(), null, true);
                }
                case "--updated-after-inclusive" -> b.updatedAfterInclusive(true);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value for " + a);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--port" -> b.port(integer(a, v));
                        case "--seed" -> b.seed(Long.parseLong(v));
                        case "--users" -> users = integer(a, v);
                        case "--jobs" -> jobs = integer(a, v);
                        case "--candidates" -> candidates = integer(a, v);
                        case "--company" -> b.companyIdentifier(v);
                        case "--data-dir" -> b.dataDirectory(Path.of(v));
                        case "--dump" -> dump = Path.of(v);
                        case "--rate-limit" -> limits = limits.withEnabled(onOff(a, v));
                        case "--rps" -> limits = limits.withLimits(integer(a, v), limits.concurrent());
                        case "--concurrency" -> limits = limits.withLimits(limits.requestsPerWindow(), integer(a, v));
                        case "--candidates-concurrency" -> limits = limits.withCandidateListConcurrency(integer(a, v));
                        case "--retry-after" -> limits = limits.withRetryAfter("off".equalsIgnoreCase(v) ? -1 : integer(a, v));
                        case "--api-key" -> b.apiKey(v);
                        case "--standard-api-key" -> b.standardApiKey(v);
                        case "--public-base-url" -> b.publicBaseUrl(v);
                        case "--threads" -> b.threads(integer(a, v));
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        b.sizes(new GeneratorSizes(users, jobs, candidates)).rateLimits(limits);
        return new Options(b.build(), dump, false);
    }

    private static int integer(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + v);
        }
    }

    private static boolean onOff(String option, String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(option + " takes on or off");
        };
    }
}
