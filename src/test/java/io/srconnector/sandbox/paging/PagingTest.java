package io.srconnector.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through every list endpoint returns each record exactly once and stops: cursor style (last page has no
 * {@code nextPageId}, FC-01) and offset style ({@code offset == totalFound} gives an empty page that still
 * reports the total, FC-02).
 */
class PagingTest {

    private static SandboxServer server;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(233).build()).start();
        client = new SandboxClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> ids(List<JsonNode> pages, String idField) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> p.get("content").forEach(e -> ids.add(e.get(idField).asText())));
        return ids;
    }

    @ParameterizedTest(name = "{0} limit {1}")
    @CsvSource({
            "/candidates, 100",
            "/candidates, 7",
            "/candidates?status=REJECTED, 10",
            "/jobs?sort=job_id, 10",
            "/jobs?sort=job_id, 100",
            "/user-api/v201804/users, 4",
            "/user-api/v201804/users, 100"
    })
    void cursorPagingReturnsEveryRecordOnce(String path, int limit) {
        String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
        List<JsonNode> pages = client.cursorPages(url, "pageId", 1000);
        List<String> ids = ids(pages, "id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(pages.get(pages.size() - 1).has("nextPageId")).isFalse();
        pages.subList(0, pages.size() - 1).forEach(p -> assertThat(p.get("content")).hasSize(limit));
        if (pages.get(0).has("totalFound")) {
            assertThat(ids).hasSize(pages.get(0).get("totalFound").asInt());
        }
        String endpoint = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        int expected = server.account().read(() -> switch (endpoint) {
            case "/candidates" -> (int) server.account().candidates().values().stream().filter(Candidate::hasApplications)
                    .filter(c -> !path.contains("status=") || c.applications.stream().anyMatch(a -> "REJECTED".equals(a.status))).count();
            case "/jobs" -> server.account().jobs().size();
            default -> server.account().users().size();
        });
        assertThat(ids).hasSize(expected);
    }

    @Test
    void cursorPagesCarryALinkHeaderUntilTheLast() {
        SandboxClient.Response first = client.get("/candidates?limit=50&status=NEW");
        String next = first.json().get("nextPageId").asText();
        assertThat(first.header("Link")).hasValueSatisfying(l -> assertThat(l).contains("pageId=").contains("status=NEW")
                .contains("limit=50").endsWith("rel=\"next\""));
        SandboxClient.Response last = client.get("/user-api/v201804/users?limit=100");
        assertThat(last.json().has("nextPageId")).isFalse();
        assertThat(last.header("Link")).isEmpty();
        assertThat(next).isNotBlank();
    }

    @ParameterizedTest(name = "{0} limit {1}")
    @CsvSource({
            "/offers, 10",
            "/offers?status=ACCEPTED, 3",
            "/v1/companies/AcmeSandbox/postings, 7",
            "/v1/companies/AcmeSandbox/postings?destination=INTERNAL_OR_PUBLIC, 100",
            "/configuration/sources/JOB_BOARDS/values, 4"
    })
    void offsetPagingReturnsEveryRecordOnce(String path, int limit) {
        List<JsonNode> pages = client.offsetPages(path, limit, 1000);
        int total = pages.get(0).get("totalFound").asInt();
        List<String> ids = ids(pages, "id");
        assertThat(ids).doesNotHaveDuplicates().hasSize(total);
        JsonNode end = pages.get(pages.size() - 1);
        assertThat(end.get("content")).isEmpty();
        assertThat(end.get("totalFound").asInt()).isEqualTo(total);
        assertThat(end.get("offset").asInt()).isEqualTo(total);
    }

    @Test
    void jobPropertyValuesPageWithPageSizeAndEitherCursorName() {
        JobPropertyDefinition budget = server.account().read(() -> server.account().configuration().jobProperties().stream()
                .filter(p -> p.values().size() > 200).findFirst().orElseThrow());
        String base = "/configuration/job-properties/" + budget.id() + "/values?pageSize=100";
        List<String> ids = ids(client.cursorPages(base, "pageId", 10), "id");
        assertThat(ids).hasSize(budget.values().size()).doesNotHaveDuplicates();
        assertThat(ids(client.cursorPages(base, "page_id", 10), "id")).isEqualTo(ids);
        assertThat(client.getJson("/configuration/job-properties/" + budget.id() + "/values").get("content")).hasSize(100);
    }

    @Test
    void defaultJobSortIsNewestFirstAndItsCursorOnlyWorksWithSortJobId() {
        JsonNode first = client.getJson("/jobs?limit=5");
        List<String> created = new ArrayList<>();
        first.get("content").forEach(j -> created.add(j.get("createdOn").asText()));
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String cursor = first.get("nextPageId").asText();
        assertThat(client.get("/jobs?limit=5&pageId=" + cursor).status()).isEqualTo(400);
        JsonNode next = client.getJson("/jobs?limit=5&sort=job_id&pageId=" + cursor);
        Set<String> mixed = new HashSet<>(ids(List.of(first, next), "id"));
        assertThat(mixed).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void cursorSurvivesDeletionOfTheRecordItPointsAt() {
        JsonNode page = client.getJson("/user-api/v201804/users?limit=3");
        String lastId = page.at("/content/2/id").asText();
        List<String> expectedRest = ids(client.cursorPages("/user-api/v201804/users?limit=100&pageId=" + page.get("nextPageId").asText(), "pageId", 3), "id");
        server.mutations().deleteUser(lastId);
        JsonNode rest = client.getJson("/user-api/v201804/users?limit=100&pageId=" + page.get("nextPageId").asText());
        assertThat(ids(List.of(rest), "id")).isEqualTo(expectedRest);
    }
}
