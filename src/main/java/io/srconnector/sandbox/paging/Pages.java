package io.srconnector.sandbox.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;

/**
 * The two SR paging styles over in-memory data, with work proportional to one scan for filters plus the page:
 * cursor pages in id order ({@code GET /candidates}, {@code /jobs?sort=job_id}, {@code /user-api/v201804/users}) and
 * offset pages over a sorted list ({@code /offers}, Posting API, source values).
 */
public final class Pages {

    private Pages() {
    }

    /** A cursor page: items and the id after which the next page starts (null on the last page). */
    public record CursorPage<T>(List<T> items, String nextAfterId) {
    }

    /** An offset page: items and matching total. */
    public record OffsetPage<T>(List<T> items, int offset, int limit, int totalFound) {
    }

    /**
     * The first {@code limit} matches whose id sorts after {@code afterId} (null = from the start), in id order.
     * Reads from the cursor position on and stops after one match beyond the page.
     */
    public static <T> CursorPage<T> cursor(NavigableMap<String, T> source, String afterId, int limit, Predicate<T> filter) {
        NavigableMap<String, T> tail = afterId == null ? source : source.tailMap(afterId, false);
        List<T> items = new ArrayList<>(Math.min(limit, 128));
        String lastId = null;
        for (Map.Entry<String, T> e : tail.entrySet()) {
            if (!filter.test(e.getValue())) {
                continue;
            }
            if (items.size() == limit) {
                return new CursorPage<>(items, lastId);
            }
            items.add(e.getValue());
            lastId = e.getKey();
        }
        return new CursorPage<>(items, null);
    }

    /** Number of values matching the filter (one scan). */
    public static <T> int count(Iterable<T> values, Predicate<T> filter) {
        int n = 0;
        for (T v : values) {
            if (filter.test(v)) {
                n++;
            }
        }
        return n;
    }

    /** The page {@code [offset, offset+limit)} of an already filtered and sorted list. */
    public static <T> OffsetPage<T> offset(List<T> sorted, int offset, int limit) {
        int from = Math.min(offset, sorted.size());
        int to = Math.min(sorted.size(), from + limit);
        return new OffsetPage<>(List.copyOf(sorted.subList(from, to)), offset, limit, sorted.size());
    }
}
