package io.srconnector.write.quirks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Note markup from callers is neutralised; result links become a readable note. */
class NoteTextTest {

    @Test
    void callerMarkupCannotLinkCandidatesOrMentionUsers() {
        String escaped = NoteMarkup.escape("Hi @[USER:5a1] see #[CANDIDATE:other] #tag @home [x]");
        assertThat(escaped).isEqualTo("Hi @\u200B[USER:5a1] see #\u200B[CANDIDATE:other] #tag @home [x]");
        assertThat(escaped).doesNotContain("@[").doesNotContain("#[");
        assertThat(NoteMarkup.candidateLink("c-1")).isEqualTo("#[CANDIDATE:c-1]");
    }

    @Test
    void resultLinkIsLabelUrlAndPrefixedAttributes() {
        String text = ResultLinkAsNote.text("Assessment Result", "https://example.com/r/5", "Acme:",
                List.of(new ResultLinkAsNote.Attribute("Score", "100%"), new ResultLinkAsNote.Attribute("Time", "2:30h")));
        assertThat(text).isEqualTo("Assessment Result: https://example.com/r/5\nAcme: Score: 100%\nAcme: Time: 2:30h");
    }

    @Test
    void resultLinkWithoutDetailsIsOneLine() {
        assertThat(ResultLinkAsNote.text("Report #[1]", "https://example.com", null, List.of()))
                .isEqualTo("Report #\u200B[1]: https://example.com");
    }
}
