package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /candidates} semantics: only candidates with an application (talent pool excluded), {@code updatedAfter}
 * (strictly after; records without {@code updatedOn} never match, FC-13), {@code jobId}, {@code status}.
 */
class CandidateListTest {

    private static SandboxServer server;
    private static SandboxClient client;
    private static List<Candidate> all;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(300)
                .clock(SandboxClock.fixed(Instant.parse("2025-03-01T12:00:00Z"))).build()).start();
        client = new SandboxClient(server);
        all = server.account().read(() -> new ArrayList<>(server.account().candidates().values()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Set<String> listed(String query) {
        Set<String> ids = new HashSet<>();
        client.cursorPages("/candidates?limit=100" + query, "pageId", 100)
                .forEach(p -> p.get("content").forEach(c -> ids.add(c.get("id").asText())));
        return ids;
    }

    @Test
    void talentPoolCandidatesAreNotListedButCanBeRead() {
        List<Candidate> pool = all.stream().filter(c -> !c.hasApplications()).toList();
        assertThat(pool).hasSizeGreaterThanOrEqualTo(3);
        Set<String> ids = listed("");
        assertThat(ids).hasSize(all.size() - pool.size());
        pool.forEach(c -> {
            assertThat(ids).doesNotContain(c.id);
            JsonNode details = client.getJson("/candidates/" + c.id);
            assertThat(details.has("primaryAssignment")).isFalse();
            assertThat(details.get("secondaryAssignments")).isEmpty();
        });
        assertThat(client.getJson("/candidates?limit=1").get("totalFound").asInt()).isEqualTo(ids.size());
    }

    @Test
    void updatedAfterIsExclusiveAndSkipsCandidatesWithoutUpdatedOn() {
        List<Candidate> listable = all.stream().filter(Candidate::hasApplications).filter(c -> c.updatedOn != null)
                .sorted((a, b) -> Long.compare(a.updatedOn, b.updatedOn)).toList();
        Candidate pivot = listable.get(listable.size() / 2);
        Set<String> ids = listed("&updatedAfter=" + Dates.format(pivot.updatedOn));
        Set<String> expected = new HashSet<>();
        listable.stream().filter(c -> c.updatedOn > pivot.updatedOn).forEach(c -> expected.add(c.id));
        assertThat(ids).isEqualTo(expected).doesNotContain(pivot.id);
        Set<String> withOffset = listed("&updatedAfter=" + java.net.URLEncoder.encode(
                java.time.OffsetDateTime.ofInstant(Instant.ofEpochMilli(pivot.updatedOn - 1), java.time.ZoneOffset.ofHours(2))
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(withOffset).contains(pivot.id).hasSize(expected.size() + 1);
    }

    @Test
    void candidatesWithoutUpdatedOnAreListedWithoutFilterOnly() {
        List<Candidate> missing = all.stream().filter(c -> c.hasApplications() && c.updatedOn == null).toList();
        assertThat(missing).anyMatch(c -> c.updatedOnExplicitNull).anyMatch(c -> !c.updatedOnExplicitNull);
        Set<String> unfiltered = listed("");
        Set<String> filtered = listed("&updatedAfter=2000-01-01T00:00:00.000Z");
        missing.forEach(c -> {
            assertThat(unfiltered).contains(c.id);
            assertThat(filtered).doesNotContain(c.id);
            JsonNode details = client.getJson("/candidates/" + c.id);
            assertThat(details.has("updatedOn")).isEqualTo(c.updatedOnExplicitNull);
            if (c.updatedOnExplicitNull) {
                assertThat(details.get("updatedOn").isNull()).isTrue();
            }
        });
    }

    @Test
    void jobIdAndStatusFilters() {
        Candidate c = all.stream().filter(x -> x.applications.size() > 1).findFirst().orElseThrow();
        String jobId = c.applications.get(1).jobId;
        Set<String> onJob = listed("&jobId=" + jobId);
        long expected = all.stream().filter(x -> x.application(jobId) != null).count();
        assertThat(onJob).contains(c.id).hasSize((int) expected);
        String status = c.applications.get(1).status;
        Set<String> byBoth = listed("&jobId=" + jobId + "&status=" + status);
        assertThat(byBoth).contains(c.id).allSatisfy(id -> assertThat(server.account().read(
                () -> server.account().candidate(id).application(jobId).status)).isEqualTo(status));
        Set<String> hired = listed("&status=HIRED&status=OFFERED");
        assertThat(hired).isNotEmpty().allSatisfy(id -> assertThat(server.account().read(() -> server.account().candidate(id)
                .applications.stream().anyMatch(a -> a.status.equals("HIRED") || a.status.equals("OFFERED")))).isTrue());
        Set<String> commaSeparated = listed("&status=HIRED,OFFERED");
        assertThat(commaSeparated).isEqualTo(hired);
    }

    @Test
    void listShowsNoStatusOnSecondaryAssignments() {
        JsonNode page = client.getJson("/candidates?limit=100");
        page.get("content").forEach(c -> c.get("secondaryAssignments").forEach(s -> {
            assertThat(s.has("status")).isFalse();
            assertThat(s.get("job").has("id")).isTrue();
        }));
    }
}
