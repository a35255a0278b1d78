package io.srconnector.sandbox.api;

import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.QueryParams;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Caches {@code totalFound} of list endpoints per route, filter parameters and account version, so that paging
 * through a large list scans the account once per filter instead of once per page.
 */
final class TotalCounts {

    private static final Set<String> PAGING = Set.of("pageId", "page_id", "limit", "offset", "pageSize", "sort");
    private static final int MAX_ENTRIES = 256;

    private final Map<String, long[]> cache = new ConcurrentHashMap<>();

    /** The total for this route and filter at the account's current version, computed by {@code count} if needed. */
    int total(SandboxAccount account, String route, QueryParams query, IntSupplier count) {
        Map<String, List<String>> filters = new TreeMap<>(query.asMap());
        filters.keySet().removeAll(PAGING);
        String key = route + "?" + filters;
        long version = account.version();
        long[] hit = cache.get(key);
        if (hit != null && hit[0] == version) {
            return (int) hit[1];
        }
        int total = count.getAsInt();
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new long[]{version, total});
        return total;
    }
}
