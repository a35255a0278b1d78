package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrClientException;
import io.srconnector.http.SrRequest;
import io.srconnector.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link PageIdPaginator}: SmartRecruiters cursor paging (FC-01). */
class PageIdPaginatorTest {
    private final SmartRecruitersRequester requester = mock(SmartRecruitersRequester.class);
    private final List<SrRequest> sent = new ArrayList<>();
    /** Body per pageId; key "" = the first page (no pageId). */
    private final Map<String, JsonNode> bodies = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();

    @BeforeEach
    void stub() {
        when(requester.json(any(SrRequest.class))).thenAnswer(inv -> {
            SrRequest r = inv.getArgument(0);
            sent.add(r);
            String pageId = r.query().containsKey("pageId") ? r.query().get("pageId").get(0) : "";
            JsonNode body = bodies.get(pageId);
            if (body == null) {
                throw new SrClientException(400, "INVALID_PAGE_ID", "unknown page " + pageId, "GET", r.path(), null, null);
            }
            return body;
        });
    }

    /** {@code {limit, content: [ids…], nextPageId?}} */
    private static JsonNode page(String next, String... ids) {
        ObjectNode body = Json.mapper().createObjectNode().put("limit", 100);
        ArrayNode content = body.putArray("content");
        for (String id : ids) {
            content.addObject().put("id", id);
        }
        if (next != null) {
            body.put("nextPageId", next);
        }
        return body;
    }

    private static List<String> ids(List<Page> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(n -> n.path("id").asText()).toList();
    }

    private static String pageIdOf(SrRequest r) {
        return r.query().containsKey("pageId") ? r.query().get("pageId").get(0) : null;
    }

    /** FC-01: page 1 carries nextPageId c2, page 2 carries none: both pages are read, then paging ends. */
    @Test
    void fc01FollowsTheCursorUntilNoNextPageId() {
        bodies.put("", page("c2", "cand-1", "cand-2"));
        bodies.put("c2", page(null, "cand-3"));

        int n = new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add);

        assertThat(n).isEqualTo(2);
        assertThat(ids(pages)).containsExactly("cand-1", "cand-2", "cand-3");
        assertThat(pages).extracting(Page::nextCursor).containsExactly("c2", null);
        assertThat(pages).extracting(Page::number).containsExactly(1, 2);
        assertThat(pages).extracting(Page::last).containsExactly(false, true);
        assertThat(sent).extracting(PageIdPaginatorTest::pageIdOf).containsExactly(null, "c2");
        assertThat(sent).allSatisfy(r -> assertThat(r.query().get("limit")).containsExactly("100"));
    }

    /** FC-01: a list of 250 over three pages of 100/100/50 is read in full. */
    @Test
    void fc01ReadsEveryPageOfALongList() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            all.add("c-" + i);
        }
        bodies.put("", page("p2", all.subList(0, 100).toArray(String[]::new)));
        bodies.put("p2", page("p3", all.subList(100, 200).toArray(String[]::new)));
        bodies.put("p3", page(null, all.subList(200, 250).toArray(String[]::new)));

        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/jobs"), null, 100, pages::add);

        assertThat(ids(pages)).containsExactlyElementsOf(all);
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(100, 100, 50);
    }

    /** FC-01: an empty page that still carries a nextPageId is followed. */
    @Test
    void fc01AnEmptyPageWithACursorIsFollowed() {
        bodies.put("", page("c2", "cand-1"));
        bodies.put("c2", page("c3"));
        bodies.put("c3", page(null, "cand-2"));

        int n = new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add);

        assertThat(n).isEqualTo(3);
        assertThat(ids(pages)).containsExactly("cand-1", "cand-2");
        assertThat(pages.get(1).items()).isEmpty();
    }

    /** FC-01: a repeated cursor stops with an error instead of looping. */
    @Test
    void fc01ARepeatedCursorStopsWithAnError() {
        bodies.put("", page("c2", "cand-1"));
        bodies.put("c2", page("c3", "cand-2"));
        bodies.put("c3", page("c2", "cand-3"));

        assertThatThrownBy(() -> new PageIdPaginator(requester, 100)
                .paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add))
                .isInstanceOf(Paginator.PagingGuardException.class)
                .hasMessageContaining("Cursor repeated").hasMessageContaining("/candidates").hasMessageContaining("c2");
        assertThat(sent).hasSize(3);
        assertThat(ids(pages)).containsExactly("cand-1", "cand-2");
    }

    @Test
    void aPageThatReturnsItsOwnCursorStopsAtOnce() {
        bodies.put("", page("c2", "cand-1"));
        bodies.put("c2", page("c2", "cand-2"));

        assertThatThrownBy(() -> new PageIdPaginator(requester, 100)
                .paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add))
                .isInstanceOf(Paginator.PagingGuardException.class);
        assertThat(sent).hasSize(2);
    }

    /** Resuming from a checkpoint: a page that hands back the cursor it was read with is a loop at once. */
    @Test
    void aResumedCursorThatComesBackStopsAtOnce() {
        bodies.put("c5", page("c5", "cand-9"));

        assertThatThrownBy(() -> new PageIdPaginator(requester, 100)
                .paginate(SrRequest.get("int-1", "/candidates"), "c5", 100, pages::add))
                .isInstanceOf(Paginator.PagingGuardException.class);
        assertThat(sent).hasSize(1);
        assertThat(pages).isEmpty();
    }

    @Test
    void theMaxPagesGuardStopsAnEndlessList() {
        for (int i = 0; i < 10; i++) {
            bodies.put(i == 0 ? "" : "c" + i, page("c" + (i + 1), "x" + i));
        }

        assertThatThrownBy(() -> new PageIdPaginator(requester, 5)
                .paginate(SrRequest.get("int-1", "/jobs"), null, 100, pages::add))
                .isInstanceOf(Paginator.PagingGuardException.class).hasMessageContaining("Stopped after 5 pages");
        assertThat(sent).hasSize(5);
        assertThat(pages).hasSize(5);
    }

    @Test
    void aBlankOrNullNextPageIdEndsTheList() {
        ObjectNode blank = (ObjectNode) page(null, "a");
        blank.put("nextPageId", "  ");
        bodies.put("", blank);
        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/jobs"), null, 100, pages::add);
        assertThat(pages).singleElement().satisfies(p -> assertThat(p.last()).isTrue());

        ObjectNode explicitNull = (ObjectNode) page(null, "b");
        explicitNull.putNull("nextPageId");
        bodies.put("", explicitNull);
        pages.clear();
        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/jobs"), null, 100, pages::add);
        assertThat(pages).singleElement().satisfies(p -> assertThat(p.nextCursor()).isNull());
    }

    @Test
    void resumesFromACheckpointCursor() {
        bodies.put("c7", page(null, "cand-70"));

        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/candidates"), "c7", 50, pages::add);

        assertThat(sent).extracting(PageIdPaginatorTest::pageIdOf).containsExactly("c7");
        assertThat(sent.get(0).query().get("limit")).containsExactly("50");
        assertThat(ids(pages)).containsExactly("cand-70");
    }

    /** Every page request keeps the first request's filters, headers and call counter. */
    @Test
    void everyPageKeepsTheTemplatesQueryHeadersAndCounter() {
        bodies.put("", page("c2", "j-1"));
        bodies.put("c2", page(null, "j-2"));
        AtomicLong counter = new AtomicLong();

        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/jobs")
                .query("sort", "job_id").query("updatedAfter", "2024-05-01T00:00:00.000Z")
                .header("Accept-Language", "de").callCounter(counter::addAndGet), null, 100, pages::add);

        assertThat(sent).hasSize(2).allSatisfy(r -> {
            assertThat(r.integrationId()).isEqualTo("int-1");
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/jobs");
            assertThat(r.query().get("sort")).containsExactly("job_id");
            assertThat(r.query().get("updatedAfter")).containsExactly("2024-05-01T00:00:00.000Z");
            assertThat(r.headers()).containsEntry("Accept-Language", "de");
            assertThat(r.callCounter()).isNotNull();
        });
        assertThat(sent.get(1).query().keySet()).containsExactly("sort", "updatedAfter", "limit", "pageId");
    }

    @Test
    void totalFoundIsPassedOnWhenReported() {
        ObjectNode body = (ObjectNode) page(null, "a");
        body.put("totalFound", 1);
        bodies.put("", body);

        new PageIdPaginator(requester, 100).paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add);

        assertThat(pages.get(0).totalFound()).isEqualTo(1L);
    }

    @Test
    void aFailingPageFailsThePagingAfterTheEarlierPagesWereHandled() {
        bodies.put("", page("gone", "cand-1"));

        assertThatThrownBy(() -> new PageIdPaginator(requester, 100)
                .paginate(SrRequest.get("int-1", "/candidates"), null, 100, pages::add))
                .isInstanceOf(SrClientException.class);
        assertThat(ids(pages)).containsExactly("cand-1");
    }
}
