package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SmartRecruiters offset paging: {@code limit} + {@code offset}, with {@code totalFound} (GET /offers, the public
 * Posting API, GET /configuration/sources/{type}/values). Ends on an empty {@code content} or when
 * {@code offset >= totalFound}; the next cursor is the next offset (failure cases FC-01, FC-02).
 */
public class OffsetPaginator implements Paginator {
    private final SmartRecruitersRequester requester;
    private final int maxPages;

    public OffsetPaginator(SmartRecruitersRequester requester, int maxPages) {
        this.requester = requester;
        this.maxPages = maxPages;
    }

    @Override
    public int paginate(SrRequest.Builder firstRequest, String startCursor, int pageSize, Consumer<Page> onPage) {
        SrRequest template = firstRequest.build();
        long offset = startCursor == null ? 0 : Long.parseLong(startCursor);
        int pages = 0;
        while (true) {
            if (pages >= maxPages) {
                throw new PagingGuardException("Stopped after " + maxPages + " pages of " + template.path());
            }
            SrRequest.Builder b = template.toBuilder();
            b.query("limit", pageSize).query("offset", offset);
            JsonNode body = requester.json(b.build());
            pages++;
            List<JsonNode> items = new ArrayList<>();
            body.path("content").forEach(items::add);
            Long total = body.hasNonNull("totalFound") ? body.get("totalFound").asLong() : null;
            long nextOffset = offset + items.size();
            boolean last = items.isEmpty() || (total != null && nextOffset >= total);
            onPage.accept(new Page(items, last ? null : Long.toString(nextOffset), total, pages));
            if (last) {
                return pages;
            }
            offset = nextOffset;
        }
    }
}
