package io.srconnector.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One page of a SmartRecruiters list.
 *
 * @param items      the page's records ({@code content[]}, or the array body)
 * @param nextCursor the cursor to resume after this page (a {@code nextPageId} or an offset), null on the last page
 * @param totalFound SmartRecruiters' {@code totalFound} when the endpoint reports it, else null
 * @param number     1-based page number within this run
 */
public record Page(List<JsonNode> items, String nextCursor, Long totalFound, int number) {
    /** True when no further page follows. */
    public boolean last() {
        return nextCursor == null;
    }
}
