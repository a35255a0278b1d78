package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.persistence.SqlFilter;
import io.srconnector.persistence.UnifiedTable;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * One Kombo list endpoint ({@code GET /v1/ats/<name>}): which table it lists, which endpoint-specific filters it takes
 * and how it nests related records into each result, exactly as Kombo's schema does.
 */
public interface ReadModel {
    /** The endpoint name after {@code /ats/}, e.g. {@code jobs}. */
    String name();

    UnifiedTable<?> table();

    /** Endpoint-specific filters parsed from the request (validated; 400 on bad values). */
    default List<SqlFilter> filters(Exchange exchange, String integrationId) {
        return List.of();
    }

    /** Adds the nested objects to a page of rows (one batched query per nested list). */
    default void expand(List<ObjectNode> rows, String integrationId) {
    }

    /** Removes fields that are stored but not part of this endpoint's output. */
    default void trim(ObjectNode row) {
    }
}
