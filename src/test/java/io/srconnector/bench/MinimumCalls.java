package io.srconnector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.generate.GeneratorSizes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Benchmark helper (not a test): the fewest SmartRecruiters calls a full sync of an account can make, per endpoint,
 * given SmartRecruiters' page-size caps (100 on every list) and what is only reachable per record — and a Markdown
 * table of those minima next to the calls a full and a delta sync made (the sandbox's {@code GET /_sandbox/stats}).
 * <p>Usage: {@code MinimumCalls <seed> <users> <jobs> <candidates> <full-stats.json> <delta-stats.json> <out.md>}:
 * regenerates the benchmark's sandbox account in process (same seed and sizes give the same account), measures its
 * sizes, writes the table and prints {@code CALLS full=… minimum=… delta=…}.
 */
public final class MinimumCalls {

    private MinimumCalls() {
    }

    /**
     * The data sizes the minimum depends on.
     *
     * @param users              U: users listed by {@code GET /user-api/v201804/users}
     * @param jobs               J: jobs listed by {@code GET /jobs} (templates included: only the details say "template")
     * @param syncedJobs         J': jobs that are not templates
     * @param unpublishedAds     ads of J' jobs with {@code postingStatus} NOT_PUBLISHED (DRAFT vs INACTIVE needs their history)
     * @param publicPostings     P_pub: Posting API list, destination PUBLIC
     * @param internalPostings   P_int: Posting API list, destination INTERNAL
     * @param livePostings       P: distinct postings of both lists (only the detail carries the posting URL)
     * @param jobsWithPosting    J_p: jobs with at least one live posting (their Application API configuration holds
     *                           the screening questions)
     * @param candidates         C: candidates listed by {@code GET /candidates} (those with at least one application)
     * @param applications       A: their applications (assignments)
     * @param offers             O: offers listed by {@code GET /offers}
     */
    public record Sizes(long users, long jobs, long syncedJobs, long unpublishedAds, long publicPostings,
                        long internalPostings, long livePostings, long jobsWithPosting, long candidates,
                        long applications, long offers) {
    }

    /** One endpoint: its minimum for the data and the formula. */
    public record Row(String endpoint, String formula, long minimum) {
    }

    /** Measures an account through the sandbox's own answers (in process, no HTTP) and its data. */
    public static Sizes measure(SandboxServer sr) {
        SandboxAccount a = sr.account();
        String company = a.read(() -> a.company().identifier());
        Set<String> live = new HashSet<>();
        long[] perDestination = new long[2];
        String[] destinations = {"PUBLIC", "INTERNAL"};
        for (int d = 0; d < 2; d++) {
            for (int offset = 0; ; offset += 100) {
                JsonNode page = get(sr, "/v1/companies/" + company + "/postings?limit=100&destination="
                        + destinations[d] + "&offset=" + offset);
                page.path("content").forEach(p -> live.add(p.path("id").asText()));
                perDestination[d] = page.path("totalFound").asLong();
                if (offset + 100 >= perDestination[d]) {
                    break;
                }
            }
        }
        long users = 0;
        for (String pageId = null; ; ) {
            JsonNode page = get(sr, "/user-api/v201804/users?limit=100"
                    + (pageId == null ? "" : "&pageId=" + java.net.URLEncoder.encode(pageId, StandardCharsets.UTF_8)));
            users += page.path("content").size();
            pageId = page.path("nextPageId").asText(null);
            if (pageId == null) {
                break;
            }
        }
        long jobs = total(sr, "/jobs?limit=1");
        long offers = total(sr, "/offers?limit=1");
        long listedUsers = users;
        return a.read(() -> {
            long synced = 0;
            long unpublished = 0;
            for (Job j : a.jobs().values()) {
                if (!Boolean.TRUE.equals(j.template)) {
                    synced++;
                    for (JobAd ad : j.jobAds) {
                        if ("NOT_PUBLISHED".equals(ad.postingStatus)) {
                            unpublished++;
                        }
                    }
                }
            }
            Set<String> jobsWithPosting = new TreeSet<>();
            for (String id : live) {
                Posting p = a.posting(id);
                if (p != null && p.jobId() != null) {
                    jobsWithPosting.add(p.jobId());
                }
            }
            long candidates = a.candidates().values().stream().filter(c -> !c.applications.isEmpty()).count();
            long applications = a.candidates().values().stream().mapToLong(c -> c.applications.size()).sum();
            return new Sizes(listedUsers, jobs, synced, unpublished, perDestination[0], perDestination[1],
                    live.size(), jobsWithPosting.size(), candidates, applications, offers);
        });
    }

    /** The minimum per endpoint (route keys as the sandbox counts them). */
    public static List<Row> minimum(Sizes s) {
        List<Row> rows = new ArrayList<>();
        for (String config : List.of("hiring-processes", "rejection-reasons", "candidate-properties",
                "job-properties", "offer-properties", "company")) {
            rows.add(new Row("GET /configuration/" + config, "1", 1));
        }
        rows.add(new Row("GET /user-api/v201804/users", "⌈U/100⌉", pages(s.users())));
        rows.add(new Row("GET /jobs", "⌈J/100⌉", pages(s.jobs())));
        rows.add(new Row("GET /jobs/{jobId}", "J", s.jobs()));
        rows.add(new Row("GET /jobs/{jobId}/status/history", "J'", s.syncedJobs()));
        rows.add(new Row("GET /jobs/{jobId}/hiring-team", "J'", s.syncedJobs()));
        rows.add(new Row("GET /jobs/{jobId}/jobads", "J'", s.syncedJobs()));
        rows.add(new Row("GET /jobs/{jobId}/jobads/{jobAdId}/postings", "ads NOT_PUBLISHED", s.unpublishedAds()));
        rows.add(new Row("GET /v1/companies/{companyIdentifier}/postings", "⌈P_pub/100⌉ + ⌈P_int/100⌉",
                pages(s.publicPostings()) + pages(s.internalPostings())));
        rows.add(new Row("GET /v1/companies/{companyIdentifier}/postings/{postingId}", "P", s.livePostings()));
        rows.add(new Row("GET /postings/{uuid}/configuration", "J_p", s.jobsWithPosting()));
        rows.add(new Row("GET /candidates", "⌈C/100⌉", pages(s.candidates())));
        rows.add(new Row("GET /candidates/{id}", "C", s.candidates()));
        rows.add(new Row("GET /candidates/{id}/jobs/{jobId}", "A", s.applications()));
        rows.add(new Row("GET /candidates/{id}/jobs/{jobId}/status/history", "A", s.applications()));
        rows.add(new Row("GET /candidates/{id}/jobs/{jobId}/properties", "A", s.applications()));
        rows.add(new Row("GET /interviews-api/v201904/interviews", "A", s.applications()));
        rows.add(new Row("GET /offers", "⌈O/100⌉", pages(s.offers())));
        return rows;
    }

    /**
     * The Markdown table: every endpoint of the minimum plus any other endpoint a sync called.
     *
     * @return the table and the totals (full, minimum, delta)
     */
    public static String table(Sizes s, Map<String, Long> full, Map<String, Long> delta, long[] totals) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Data: U=%d users, J=%d jobs (J'=%d without templates), %d unpublished "
                        + "ads, P_pub=%d, P_int=%d, P=%d live postings on J_p=%d jobs, C=%d candidates, A=%d applications, "
                        + "O=%d offers.%n%n", s.users(), s.jobs(), s.syncedJobs(), s.unpublishedAds(), s.publicPostings(),
                s.internalPostings(), s.livePostings(), s.jobsWithPosting(), s.candidates(), s.applications(),
                s.offers()));
        out.append("| SmartRecruiters endpoint | minimum (formula) | minimum | full sync | full ÷ minimum | delta sync |\n");
        out.append("|---|---|---:|---:|---:|---:|\n");
        Map<String, Long> made = new LinkedHashMap<>(full);
        Map<String, Long> deltaLeft = new LinkedHashMap<>(delta);
        long fullTotal = 0;
        long minTotal = 0;
        long deltaTotal = 0;
        List<Row> rows = new ArrayList<>(minimum(s));
        for (String extra : new TreeSet<>(union(full.keySet(), delta.keySet()))) {
            if (rows.stream().noneMatch(r -> r.endpoint().equals(extra))) {
                rows.add(new Row(extra, "(not needed)", 0));
            }
        }
        for (Row r : rows) {
            long f = made.getOrDefault(r.endpoint(), 0L);
            long d = deltaLeft.getOrDefault(r.endpoint(), 0L);
            fullTotal += f;
            minTotal += r.minimum();
            deltaTotal += d;
            out.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | %,d | %s | %,d |%n", r.endpoint(), r.formula(),
                    r.minimum(), f, r.minimum() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) f / r.minimum()), d));
        }
        out.append(String.format(Locale.ROOT, "| **total** | | **%,d** | **%,d** | **%.3f** | **%,d** |%n", minTotal,
                fullTotal, (double) fullTotal / minTotal, deltaTotal));
        totals[0] = fullTotal;
        totals[1] = minTotal;
        totals[2] = deltaTotal;
        return out.toString();
    }

    /** Writes the table; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        SandboxSettings settings = SandboxSettings.builder().seed(Long.parseLong(args[0]))
                .sizes(new GeneratorSizes(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3])))
                .rateLimiting(false).build();
        try (SandboxServer sr = new SandboxServer(settings)) {
            Sizes sizes = measure(sr);
            long[] totals = new long[3];
            String md = table(sizes, perRoute(Path.of(args[4])), perRoute(Path.of(args[5])), totals);
            Files.writeString(Path.of(args[6]), md);
            System.out.printf(Locale.ROOT, "CALLS full=%d minimum=%d delta=%d%n", totals[0], totals[1], totals[2]);
        }
    }

    private static Map<String, Long> perRoute(Path statsJson) throws java.io.IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        Json.read(Files.readAllBytes(statsJson)).path("perRoute").fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static long pages(long n) {
        return Math.max(1, (n + 99) / 100);
    }

    private static long total(SandboxServer sr, String pathAndQuery) {
        return get(sr, pathAndQuery).path("totalFound").asLong();
    }

    private static JsonNode get(SandboxServer sr, String pathAndQuery) {
        var resp = sr.handle("GET", pathAndQuery, Map.of("X-SmartToken", List.of(SandboxSettings.DEFAULT_API_KEY)), null);
        if (resp.status() != 200) {
            throw new IllegalStateException("sandbox answered " + resp.status() + " to " + pathAndQuery);
        }
        return Json.read(resp.body());
    }
}
