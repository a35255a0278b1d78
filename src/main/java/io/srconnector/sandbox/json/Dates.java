package io.srconnector.sandbox.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date handling shared by the sandbox. SmartRecruiters returns ISO-8601 date-times in UTC with
 * milliseconds ({@code 2024-03-01T09:15:00.000Z}, smartrecruiters-api.md §3, S1 {@code yyyy-MM-ddTHH:mm:ss.SSSZZ});
 * the sandbox keeps instants as epoch milliseconds and formats them only when rendering.
 */
public final class Dates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** Formats epoch milliseconds as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC. */
    public static String format(long epochMillis) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Formats an instant as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC (milliseconds precision). */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Formats epoch milliseconds as a calendar day {@code yyyy-MM-dd} in UTC. */
    public static String formatDay(long epochMillis) {
        return DAY.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * Parses an ISO-8601 date-time as SmartRecruiters accepts it in filters such as {@code updatedAfter}:
     * with {@code Z} or a numeric offset ({@code +0100}, {@code +01:00}), with or without fraction.
     * A bare date ({@code 2024-03-01}) means midnight UTC.
     *
     * @throws IllegalArgumentException if the text is not such a date-time
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty date");
        }
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return java.time.LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            // accept +hhmm offsets (SR's ZZ pattern) by inserting the colon
            if (t.matches(".*[+-]\\d{4}$")) {
                t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            return java.time.LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date-time: " + text, e);
        }
    }

    /** Like {@link #parse(String)} but returns {@code null} for null/blank input. */
    public static Long parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }
}
