package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validation of write bodies, before any SmartRecruiters call: each check answers {@code 400 PLATFORM.INPUT_INVALID}
 * naming the field by its JSON path ({@code candidate.location.country}, {@code attachments[1].data}). Strings are
 * checked for type, blankness and length; no value is ever put into SQL or a SmartRecruiters path unescaped.
 */
public final class Fields {
    /** Kombo's e-mail pattern (the one its read schema uses for {@code email_addresses}). */
    public static final Pattern EMAIL =
            Pattern.compile("^(?!\\.)(?!.*\\.\\.)([\\w'+\\-.]*)[\\w+\\-]@([\\da-z][\\da-z\\-]*\\.)+[a-z]{2,}$",
                    Pattern.CASE_INSENSITIVE);
    /** Kombo's MIME type pattern for {@code content_type}. */
    public static final Pattern CONTENT_TYPE = Pattern.compile("^[\\w.-]+/[\\w.-]+$");

    private Fields() {
    }

    /** The child of {@code parent} (missing when {@code parent} is null). */
    private static JsonNode child(JsonNode parent, String name) {
        return parent == null ? null : parent.get(name);
    }

    private static boolean absent(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /**
     * A required, non-blank string of at most {@code max} characters.
     *
     * @throws ApiException 400 naming {@code path}
     */
    public static String requiredText(JsonNode parent, String name, String path, int max) {
        JsonNode v = child(parent, name);
        if (absent(v)) {
            throw ApiException.invalid(path, "is required");
        }
        return text(v, path, max);
    }

    /** An optional string (null when absent or JSON null; 400 when blank, not a string or too long). */
    public static String optionalText(JsonNode parent, String name, String path, int max) {
        JsonNode v = child(parent, name);
        if (absent(v)) {
            return null;
        }
        return text(v, path, max);
    }

    private static String text(JsonNode v, String path, int max) {
        if (!v.isTextual()) {
            throw ApiException.invalid(path, "must be a string");
        }
        String s = v.asText();
        if (s.isBlank()) {
            throw ApiException.invalid(path, "must not be blank");
        }
        if (max > 0 && s.length() > max) {
            throw ApiException.invalid(path, "must be at most " + max + " characters");
        }
        if (s.indexOf('\u0000') >= 0) {
            throw ApiException.invalid(path, "must not contain NUL characters");
        }
        return s;
    }

    /** An optional boolean (null when absent). */
    public static Boolean optionalBoolean(JsonNode parent, String name, String path) {
        JsonNode v = child(parent, name);
        if (absent(v)) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ApiException.invalid(path, "must be a boolean");
        }
        return v.asBoolean();
    }

    /** A required object. */
    public static JsonNode requiredObject(JsonNode parent, String name, String path) {
        JsonNode v = child(parent, name);
        if (absent(v)) {
            throw ApiException.invalid(path, "is required");
        }
        if (!v.isObject()) {
            throw ApiException.invalid(path, "must be an object");
        }
        return v;
    }

    /** An optional object (null when absent). */
    public static JsonNode optionalObject(JsonNode parent, String name, String path) {
        JsonNode v = child(parent, name);
        if (absent(v)) {
            return null;
        }
        if (!v.isObject()) {
            throw ApiException.invalid(path, "must be an object");
        }
        return v;
    }

    /** An optional array of at most {@code max} items (empty when absent). */
    public static List<JsonNode> optionalArray(JsonNode parent, String name, String path, int max) {
        JsonNode v = child(parent, name);
        List<JsonNode> out = new ArrayList<>();
        if (absent(v)) {
            return out;
        }
        if (!v.isArray()) {
            throw ApiException.invalid(path, "must be an array");
        }
        if (max > 0 && v.size() > max) {
            throw ApiException.invalid(path, "must have at most " + max + " items");
        }
        v.forEach(out::add);
        return out;
    }

    /** A required value of a closed enumeration. */
    public static String requiredEnum(JsonNode parent, String name, String path, List<String> allowed) {
        String v = requiredText(parent, name, path, 0);
        if (!allowed.contains(v)) {
            throw ApiException.invalid(path, "must be one of " + allowed);
        }
        return v;
    }

    /** An optional value of a closed enumeration. */
    public static String optionalEnum(JsonNode parent, String name, String path, List<String> allowed) {
        String v = optionalText(parent, name, path, 0);
        if (v != null && !allowed.contains(v)) {
            throw ApiException.invalid(path, "must be one of " + allowed);
        }
        return v;
    }

    /** A required e-mail address matching Kombo's pattern, at most {@code max} characters. */
    public static String requiredEmail(JsonNode parent, String name, String path, int max) {
        String v = requiredText(parent, name, path, max).trim();
        if (!EMAIL.matcher(v).matches()) {
            throw ApiException.invalid(path, "'" + v + "' is not a valid e-mail address");
        }
        return v;
    }

    /**
     * An absolute {@code http}/{@code https} URL (Kombo {@code format: uri}; other schemes such as
     * {@code javascript:} or {@code file:} are refused).
     */
    public static URI httpUrl(String value, String path) {
        try {
            URI u = new URI(value.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getHost().isBlank()) {
                throw ApiException.invalid(path, "must be an absolute http(s) URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw ApiException.invalid(path, "must be an absolute http(s) URL");
        }
    }

    /** Rejects a value that would have to be split or escaped as a SmartRecruiters path segment. */
    public static String remoteIdSegment(String value, String path) {
        if (value.isBlank() || value.length() > 200 || !value.matches("[A-Za-z0-9._~-]+")) {
            throw ApiException.notFound(path, value);
        }
        return value;
    }
}
