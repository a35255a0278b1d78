package io.srconnector.sandbox.api;

import io.srconnector.sandbox.http.ApiException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code multipart/form-data} body (RFC 7578) as SmartRecruiters' attachment upload takes it
 * ({@code POST /candidates/{id}/jobs/{jobId}/attachments}: parts {@code attachmentType} and {@code file}). File names
 * are read as UTF-8 from {@code filename="…"} (the form browsers and HTTP clients send) or from an RFC 5987
 * {@code filename*=UTF-8''…}, so non-ASCII names survive. A body that is not well-formed multipart answers
 * {@code 400 INVALID_FILE}.
 */
final class MultipartForm {

    /** One part: its form field name, file name (null for plain fields), content type and bytes. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = parts;
    }

    /** The first part with the given field name, or null. */
    Part part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
    }

    /**
     * Parses a body.
     *
     * @param contentType the request's {@code Content-Type} (must carry a {@code boundary})
     * @throws ApiException 400 INVALID_FILE when it is not multipart/form-data
     */
    static MultipartForm parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("INVALID_FILE", "Content-Type must be multipart/form-data");
        }
        String boundary = null;
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = unquote(t.substring(9));
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.badRequest("INVALID_FILE", "multipart boundary missing");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw ApiException.badRequest("INVALID_FILE", "multipart body without boundary");
        }
        while (true) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start = skipCrlf(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw ApiException.badRequest("INVALID_FILE", "multipart body not terminated");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            }
            parts.add(part(Arrays.copyOfRange(body, start, end)));
            pos = next;
        }
        return new MultipartForm(parts);
    }

    private static Part part(byte[] raw) {
        int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headerEnd < 0) {
            throw ApiException.badRequest("INVALID_FILE", "multipart part without headers");
        }
        String headers = new String(raw, 0, headerEnd, StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOfRange(raw, headerEnd + 4, raw.length);
        String name = null;
        String fileName = null;
        String fileNameStar = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String h = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String v = line.substring(colon + 1).trim();
            if (h.equals("content-type")) {
                type = v;
            } else if (h.equals("content-disposition")) {
                for (String param : splitParams(v)) {
                    int eq = param.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String k = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    String val = param.substring(eq + 1).trim();
                    switch (k) {
                        case "name" -> name = unquote(val);
                        case "filename" -> fileName = unquote(val);
                        case "filename*" -> fileNameStar = rfc5987(val);
                        default -> { }
                    }
                }
            }
        }
        return new Part(name, fileNameStar != null ? fileNameStar : fileName, type, content);
    }

    /** Splits {@code form-data; name="a; b"; filename="x"} at semicolons outside quotes. */
    private static List<String> splitParams(String v) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' && (i == 0 || v.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String rfc5987(String v) {
        int q = v.indexOf("''");
        String enc = q < 0 ? v : v.substring(q + 2);
        return URLDecoder.decode(enc.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("%22", "\"");
        }
        return s;
    }

    private static int skipCrlf(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
