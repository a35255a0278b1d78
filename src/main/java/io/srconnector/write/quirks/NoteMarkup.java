package io.srconnector.write.quirks;

/**
 * SmartRecruiters quirk: a note's text is markup — {@code #[CANDIDATE:<id>]} links a candidate and
 * {@code @[USER:<id>]} mentions (and e-mails) a user (smartrecruiters-api.md §5 "Add note"). Text from our callers
 * must not be able to link other candidates or notify users, so every {@code #[} and {@code @[} in it is broken
 * with a zero-width space (U+200B): it still reads the same, but SmartRecruiters no longer sees markup. Only the
 * connector's own {@link #candidateLink} is real markup. Invariant W8 in {@code docs/smartrecruiters-invariants.md}.
 */
public final class NoteMarkup {
    /** The character inserted between {@code #}/{@code @} and {@code [}. */
    public static final char BREAK = '\u200B';

    private NoteMarkup() {
    }

    /** The text with every {@code #[} and {@code @[} neutralised. */
    public static String escape(String text) {
        return text.replace("#[", "#" + BREAK + "[").replace("@[", "@" + BREAK + "[");
    }

    /** The markup that links a note to a candidate. */
    public static String candidateLink(String candidateRemoteId) {
        return "#[CANDIDATE:" + candidateRemoteId + "]";
    }
}
