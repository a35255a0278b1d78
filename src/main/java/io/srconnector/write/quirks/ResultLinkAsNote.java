package io.srconnector.write.quirks;

import java.util.List;

/**
 * SmartRecruiters quirk: there is no result-link endpoint for non-partners — assessment results
 * ({@code PATCH /assessment-api/v202010/orders/{orderId}/results}) exist only for a registered assessment partner
 * answering an order (smartrecruiters-api.md §5). The most faithful place a recruiter sees is a note on the
 * candidate ({@code POST /messages/shares}) shared with the hiring team of the job: its first line is
 * {@code <label>: <url>} (SmartRecruiters turns the URL into a link), then one line per attribute
 * {@code <custom_field_name_prefix> <key>: <value>}. Text is escaped with {@link NoteMarkup}. Invariant W9 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class ResultLinkAsNote {

    /** One {@code details.attributes[]} entry. */
    public record Attribute(String key, String value) {
    }

    private ResultLinkAsNote() {
    }

    /**
     * The note text (without the candidate link).
     *
     * @param prefix {@code details.custom_field_name_prefix}, or null
     */
    public static String text(String label, String url, String prefix, List<Attribute> attributes) {
        StringBuilder sb = new StringBuilder();
        sb.append(NoteMarkup.escape(label)).append(": ").append(url);
        for (Attribute a : attributes) {
            sb.append('\n');
            if (prefix != null && !prefix.isBlank()) {
                sb.append(NoteMarkup.escape(prefix.trim())).append(' ');
            }
            sb.append(NoteMarkup.escape(a.key())).append(": ").append(NoteMarkup.escape(a.value()));
        }
        return sb.toString();
    }
}
