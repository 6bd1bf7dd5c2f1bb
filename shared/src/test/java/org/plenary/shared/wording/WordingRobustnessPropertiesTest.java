package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.RandomDrafts;

/** Whatever text comes in, reading and resolving it never fails with anything but a reason in {@code unresolved}. */
class WordingRobustnessPropertiesTest {

    private static final List<String> PIECES = List.of("In", "in", "operative", "preambular", "paragraph", "paragraphs",
            "the", "second", "twenty-first", "one hundred and", "5", "0", "99999", "2(c)", "(ii)", "(", ")", ",", ";", ":",
            ".", "and", "to", "after", "before", "word", "words", "replace", "with", "by", "delete", "insert", "add",
            "the following", "subparagraph", "bullet", "move", "follow", "title", "footnote", "should read",
            "substitute", "for", "occurrence", "“", "”", "\"", "«", "»", "‘", "’", "\n", "\n1. ", "\n2. ", "-", "¹",
            "existing text", "at the end", "of the preamble", "China:", "amendment to draft resolution A/1", "\t", " ");

    @Property(tries = 3000)
    void anyTextIsReadOrExplained(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(3) == 0 ? "" : " ");
        }
        DraftDocument draft = RandomDrafts.draft(random);

        assertThatCode(() -> {
            ParsedAmendment parsed = Wording.parse(text.toString());
            ResolvedAmendment resolved = Wording.resolve(draft, parsed);
            assertThat(resolved.unresolved()).allSatisfy(u -> assertThat(u.why()).isNotBlank());
        }).as(text.toString()).doesNotThrowAnyException();
    }
}
