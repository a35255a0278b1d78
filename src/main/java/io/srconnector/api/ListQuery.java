package io.srconnector.api;

import io.srconnector.persistence.ListSpec;
import io.srconnector.persistence.UnifiedIds;
import org.apache.camel.Exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the query parameters of Kombo's list endpoints: {@code cursor}, {@code page_size} (1–250, default 100),
 * {@code updated_after}, {@code include_deleted} ("true"/"false"), {@code ids}, {@code remote_ids}, and helpers for
 * the endpoint-specific ones. Invalid values answer 400 naming the parameter.
 */
public final class ListQuery {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 250;
    /** Kombo's date-time filter pattern. */
    static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?Z?$");

    private ListQuery() {
    }

    /** Parses and validates the common parameters from the request's query (Camel headers). */
    public static ListSpec from(Exchange ex) {
        String cursor = param(ex, "cursor");
        String after = cursor == null ? null : CursorCodec.decode(cursor);
        int size = DEFAULT_PAGE_SIZE;
        String ps = param(ex, "page_size");
        if (ps != null) {
            try {
                size = Integer.parseInt(ps);
            } catch (NumberFormatException e) {
                throw ApiException.invalid("page_size", "must be an integer between 1 and " + MAX_PAGE_SIZE);
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw ApiException.invalid("page_size", "must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
            }
        }
        String del = param(ex, "include_deleted");
        if (del != null && !del.equals("true") && !del.equals("false")) {
            throw ApiException.invalid("include_deleted", "must be \"true\" or \"false\"");
        }
        List<String> ids = csv(param(ex, "ids"));
        for (String id : ids) {
            if (!UnifiedIds.looksLikeId(id)) {
                throw ApiException.invalid("ids", "'" + id + "' is not an id (24 base58 characters)");
            }
        }
        return new ListSpec(after, size, dateTime(ex, "updated_after"), "true".equals(del), ids,
                csv(param(ex, "remote_ids")));
    }

    /** A query parameter, or null when absent or blank. */
    public static String param(Exchange ex, String name) {
        String v = ex.getIn().getHeader(name, String.class);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A date-time parameter in Kombo's format ({@code YYYY-MM-DD[THH:mm:ss[.sss]][Z]}, UTC), or null. */
    public static Instant dateTime(Exchange ex, String name) {
        String v = param(ex, name);
        if (v == null) {
            return null;
        }
        if (!DATE_TIME.matcher(v).matches()) {
            throw ApiException.invalid(name, "expected YYYY-MM-DDTHH:mm:ss.sssZ, got '" + v + "'");
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(v.endsWith("Z") ? v : v + "Z");
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "not a valid date-time: '" + v + "'");
        }
    }

    /** A comma-separated list parameter (empty list when absent). */
    public static List<String> csv(String v) {
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /**
     * A comma-separated enum list, validated.
     *
     * @throws ApiException 400 naming the parameter and the allowed values
     */
    public static List<String> enumCsv(Exchange ex, String name, List<String> allowed) {
        List<String> vals = csv(param(ex, name));
        for (String v : vals) {
            if (!allowed.contains(v)) {
                throw ApiException.invalid(name, "'" + v + "' is not one of " + allowed);
            }
        }
        return vals;
    }
}
