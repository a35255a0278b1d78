package io.srconnector.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What one list page asks for (Kombo's common list parameters, already validated).
 *
 * @param after          list records with an id greater than this (decoded cursor), or null
 * @param pageSize       1–250
 * @param updatedAfter   records whose own fields ({@code changed_at}) or nested data ({@code nested_changed_at})
 *                       changed at or after this instant, or null
 * @param includeDeleted whether records with {@code remote_deleted_at} are listed
 * @param ids            unified ids to restrict to (empty = all)
 * @param remoteIds      remote ids to restrict to (empty = all)
 */
public record ListSpec(String after, int pageSize, Instant updatedAfter, boolean includeDeleted, List<String> ids,
                       List<String> remoteIds) {
}
