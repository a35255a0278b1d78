package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * SmartRecruiters cursor paging: {@code limit} + {@code pageId}, next cursor in {@code nextPageId}
 * (GET /jobs, GET /candidates, GET /user-api/v201804/users; SmartRecruiters pagination reference). The list ends
 * when {@code nextPageId} is absent or empty; a page with no records also ends it (checked after reading
 * {@code nextPageId}, so an empty page that still carries a cursor is followed). A cursor seen twice, or more than
 * {@code maxPages} pages, fails the stream instead of looping.
 */
public class PageIdPaginator implements Paginator {
    private final SmartRecruitersRequester requester;
    private final int maxPages;

    public PageIdPaginator(SmartRecruitersRequester requester, int maxPages) {
        this.requester = requester;
        this.maxPages = maxPages;
    }

    @Override
    public int paginate(SrRequest.Builder firstRequest, String startCursor, int pageSize, Consumer<Page> onPage) {
        SrRequest template = firstRequest.build();
        Set<String> seen = new HashSet<>();
        if (startCursor != null) {
            seen.add(startCursor); // a page handing back the cursor it was read with is a loop too
        }
        String cursor = startCursor;
        int pages = 0;
        while (true) {
            if (pages >= maxPages) {
                throw new PagingGuardException("Stopped after " + maxPages + " pages of " + template.path());
            }
            SrRequest.Builder b = template.toBuilder();
            b.query("limit", pageSize);
            if (cursor != null) {
                b.query("pageId", cursor);
            }
            JsonNode body = requester.json(b.build());
            pages++;
            List<JsonNode> items = new ArrayList<>();
            body.path("content").forEach(items::add);
            String next = body.path("nextPageId").asText(null);
            if (next != null && next.isBlank()) {
                next = null;
            }
            if (next != null && !seen.add(next)) {
                throw new PagingGuardException("Cursor repeated on " + template.path() + ": " + next);
            }
            Long total = body.hasNonNull("totalFound") ? body.get("totalFound").asLong() : null;
            onPage.accept(new Page(items, next, total, pages));
            if (next == null) {
                return pages;
            }
            cursor = next;
        }
    }
}
