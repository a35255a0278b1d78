package io.srconnector.sandbox.paging;

import io.srconnector.sandbox.http.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Cursor ({@code pageId} / {@code nextPageId}) codec. A cursor is the Base64 of the last id on the page, as in
 * SR's examples ({@code jobs-list}: {@code N2MzZTlh…} = Base64 of the job id), so it stays valid when records
 * change or disappear; the next page holds the records whose id sorts after it.
 */
public final class Cursor {

    private Cursor() {
    }

    /** {@code nextPageId} for a page ending with {@code lastId}. */
    public static String encode(String lastId) {
        return Base64.getEncoder().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    /** The id a {@code pageId} points after; 400 {@code INVALID_PAGE_ID} if it is not a cursor of this sandbox. */
    public static String decode(String pageId) {
        try {
            byte[] raw = Base64.getDecoder().decode(pageId.trim());
            String s = new String(raw, StandardCharsets.UTF_8);
            if (s.isEmpty() || s.chars().anyMatch(ch -> ch < 0x20)
                    || !java.util.Arrays.equals(raw, s.getBytes(StandardCharsets.UTF_8))) {
                throw invalid();
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return new ApiException(400, "INVALID_PAGE_ID", "Invalid page id", "provided page id is invalid");
    }
}
