package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.EmailAddress;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Location;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small, pure conversions of SmartRecruiters values shared by the mappers (field-mapping §0.1). */
public final class SrValues {
    /** Kombo's e-mail pattern: invalid e-mails are left out of {@code email_addresses} / {@code email}. */
    static final Pattern EMAIL = Pattern.compile("^(?!\\.)(?!.*\\.\\.)([\\w'+\\-.]*)[\\w+\\-]@([\\da-z][\\da-z-]*\\.)+[a-z]{2,}$",
            Pattern.CASE_INSENSITIVE);

    /** ISO-8601 with a basic-format offset ({@code +0100}), which {@link OffsetDateTime#parse} rejects. */
    private static final DateTimeFormatter BASIC_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();

    private SrValues() {
    }

    /** An upper-case enum value in words: {@code HIRING_MANAGER} → "Hiring manager". */
    public static String humanize(String enumValue) {
        if (enumValue == null || enumValue.isEmpty()) {
            return enumValue;
        }
        String s = enumValue.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Text of a field, or null when missing, null or blank. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String s = node.isValueNode() ? node.asText() : node.toString();
        return s.isBlank() ? null : s;
    }

    /** A SmartRecruiters timestamp ({@code 2024-03-01T09:15:00.000Z}, offsets allowed, or a date) as an Instant. */
    public static Instant instant(JsonNode node) {
        String s = text(node);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return OffsetDateTime.parse(s, BASIC_OFFSET).toInstant();
                } catch (DateTimeParseException e4) {
                    // not with a basic offset either
                }
                try {
                    return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    /** The e-mail if it passes Kombo's pattern, else null. */
    public static String validEmail(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches() ? email.trim() : null;
    }

    /** {@code [{email_address, type: null}]}, empty when absent or invalid. */
    public static List<EmailAddress> emails(JsonNode email) {
        String e = validEmail(text(email));
        return e == null ? List.of() : List.of(new EmailAddress(e, null));
    }

    /** ISO-3166 alpha-2 upper case from SmartRecruiters' lower-case {@code countryCode}, else the country name. */
    public static String country(JsonNode location) {
        String code = text(location.path("countryCode"));
        if (code != null && code.length() == 2) {
            return code.toUpperCase(Locale.ROOT);
        }
        return text(location.path("country"));
    }

    /**
     * SmartRecruiters {@code location{city, countryCode, country, region, regionCode, address, postalCode}} →
     * Kombo location; null when there is no location at all.
     */
    public static Location location(JsonNode loc) {
        if (loc == null || loc.isMissingNode() || loc.isNull() || loc.isEmpty()) {
            return null;
        }
        String city = text(loc.path("city"));
        String country = country(loc);
        String state = text(loc.path("region"));
        String street = text(loc.path("address"));
        String zip = text(loc.path("postalCode"));
        List<String> parts = new ArrayList<>();
        for (String p : new String[]{street, city, state, zip, text(loc.path("country")) != null
                ? text(loc.path("country")) : country}) {
            if (p != null) {
                parts.add(p);
            }
        }
        if (city == null && country == null && state == null && street == null && zip == null) {
            return null;
        }
        return new Location(city, country, parts.isEmpty() ? null : String.join(", ", parts), state, street, null, zip);
    }

    /**
     * SmartRecruiters properties ({@code [{id, label, value: {id, label} | scalar | {code, value}, valueLabel?, type?}]})
     * as {@code integration_fields} entries of type CUSTOM (id = the integration field's id, key = property id, value normalised: a select's label,
     * scalars as they are, currency as {@code {code, value}}).
     */
    public static List<IntegrationField> propertyFields(JsonNode properties, MappingContext ctx, String table) {
        List<IntegrationField> out = new ArrayList<>();
        for (JsonNode p : properties) {
            String id = text(p.path("id"));
            if (id == null) {
                continue;
            }
            out.add(new IntegrationField(ctx.integrationFieldId(table, "CUSTOM", id), id, "CUSTOM", propertyValue(p),
                    text(p.path("label"))));
        }
        return out;
    }

    /** The unified value of one SmartRecruiters property (see {@link #propertyFields}). */
    public static Object propertyValue(JsonNode p) {
        JsonNode v = p.path("value");
        String valueLabel = text(p.path("valueLabel"));
        String type = text(p.path("type"));
        if ("SINGLE_SELECT".equals(type) && valueLabel != null) {
            return valueLabel;
        }
        if (v.isObject()) {
            if (v.has("label") && !v.has("code")) {
                return text(v.path("label"));
            }
            return io.srconnector.json.Json.convert(v, java.util.Map.class);
        }
        if (v.isArray()) {
            return io.srconnector.json.Json.convert(v, List.class);
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return text(v);
    }
}
