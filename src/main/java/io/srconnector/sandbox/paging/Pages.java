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

    /** A cursor page: items, id after which the next page starts (null on the last page), matching total. */
    public record CursorPage<T>(List<T> items, String nextAfterId, int totalFound) {
    }

    /** An offset page: items and matching total. */
    public record OffsetPage<T>(List<T> items, int offset, int limit, int totalFound) {
    }

    /**
     * One scan over {@code source} (id order): counts all matches and collects up to {@code limit} matches whose
     * id sorts after {@code afterId} (null = from the start).
     */
    public static <T> CursorPage<T> cursor(NavigableMap<String, T> source, String afterId, int limit, Predicate<T> filter) {
        List<T> items = new ArrayList<>(Math.min(limit, 128));
        int total = 0;
        boolean more = false;
        String lastId = null;
        for (Map.Entry<String, T> e : source.entrySet()) {
            if (!filter.test(e.getValue())) {
                continue;
            }
            total++;
            if (afterId != null && e.getKey().compareTo(afterId) <= 0) {
                continue;
            }
            if (items.size() < limit) {
                items.add(e.getValue());
                lastId = e.getKey();
            } else {
                more = true;
            }
        }
        return new CursorPage<>(items, more ? lastId : null, total);
    }

    /** The page {@code [offset, offset+limit)} of an already filtered and sorted list. */
    public static <T> OffsetPage<T> offset(List<T> sorted, int offset, int limit) {
        int from = Math.min(offset, sorted.size());
        int to = Math.min(sorted.size(), from + limit);
        return new OffsetPage<>(List.copyOf(sorted.subList(from, to)), offset, limit, sorted.size());
    }
}
