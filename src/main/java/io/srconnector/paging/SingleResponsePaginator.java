package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Unpaginated SmartRecruiters lists ({@code {totalFound?, content[]}} or a bare array), e.g.
 * GET /configuration/hiring-processes, GET /configuration/rejection-reasons: one request, one page.
 */
public class SingleResponsePaginator implements Paginator {
    private final SmartRecruitersRequester requester;

    public SingleResponsePaginator(SmartRecruitersRequester requester) {
        this.requester = requester;
    }

    @Override
    public int paginate(SrRequest.Builder firstRequest, String startCursor, int pageSize, Consumer<Page> onPage) {
        JsonNode body = requester.json(firstRequest.build());
        List<JsonNode> items = new ArrayList<>();
        (body.isArray() ? body : body.path("content")).forEach(items::add);
        Long total = body.hasNonNull("totalFound") ? body.get("totalFound").asLong() : null;
        onPage.accept(new Page(items, null, total, 1));
        return 1;
    }
}
