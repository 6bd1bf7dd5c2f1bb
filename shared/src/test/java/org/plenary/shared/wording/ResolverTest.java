package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.OP1;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.insertAfterWords;
import static org.plenary.shared.edit.DraftFixture.replaceRestAfter;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

/** Instructions resolved against the text of a draft: offsets, spacing, and what cannot be resolved and why. */
class ResolverTest {

    private final DraftDocument draft = cybercrimeDraft();

    private List<EditOperation> resolved(String instructions) {
        ResolvedAmendment r = Wording.read(draft, instructions);
        assertThat(r.unresolved()).isEmpty();
        return r.operations();
    }

    private String why(String instructions) {
        ResolvedAmendment r = Wording.read(draft, instructions);
        assertThat(r.unresolved()).hasSize(1);
        return r.unresolved().get(0).why();
    }

    @Nested
    class Offsets {

        @Test
        void theHrcExampleResolvesToTheOffsetsADelegateMeans() {
            // A/HRC/S-4/L.3, instruction 3, on this draft's operative paragraph 1
            List<EditOperation> ops = resolved("In paragraph 1, before the word \"concern\" delete the word \"grave\", "
                    + "and after the word \"Darfur\" replace the existing text by the following: \", in particular "
                    + "attacks on civilians;\";");

            assertThat(ops).containsExactly(deleteWords(draft, "op1", "grave"),
                    replaceRestAfter(draft, "op1", "Darfur", ", in particular attacks on civilians;"));
            assertThat(textOf(DocumentEditor.apply(draft, ops), "op1")).isEqualTo("*Expresses* its concern regarding "
                    + "the seriousness of the ongoing violations of human rights in Darfur, in particular attacks on civilians;");
        }

        @Test
        void insertedWordsGetTheirSpace() {
            assertThat(resolved("In operative paragraph 1, after the word “Darfur”, insert the words “and Chad”"))
                    .containsExactly(insertAfterWords(draft, "op1", "Darfur", "and Chad"));
            int concern = OP1.indexOf("concern");
            assertThat(resolved("In operative paragraph 1, insert the word “deep” before the word “concern”"))
                    .containsExactly(new ReplaceText("op1", concern, concern, "deep "));
            int comma = OP1.indexOf(", including");
            assertThat(resolved("In operative paragraph 1, after the word “Darfur”, insert the words “, inter alia,”"))
                    .containsExactly(new ReplaceText("op1", comma, comma, ", inter alia,"));
            assertThat(resolved("In operative paragraph 1, at the end of the paragraph, add the words “(A/1)”"))
                    .containsExactly(new ReplaceText("op1", OP1.length(), OP1.length(), " (A/1)"));
        }

        @Test
        void deletedWordsTakeOneSpaceWithThem() {
            assertThat(resolved("In operative paragraph 1, delete the word “grave”"))
                    .containsExactly(deleteWords(draft, "op1", "grave"));
            assertThat(resolved("In operative paragraph 1, delete the word “*Expresses*”"))
                    .containsExactly(new ReplaceText("op1", 0, "*Expresses* ".length(), ""));
            int population = OP1.indexOf(" population;");
            assertThat(resolved("In operative paragraph 1, delete the word “population”"))
                    .containsExactly(new ReplaceText("op1", population, population + " population".length(), ""));
            assertThat(resolved("In operative paragraph 1, delete the words “ grave”"))
                    .as("quoted with its space: taken as written").containsExactly(deleteWords(draft, "op1", "grave"));
        }

        @Test
        void anOccurrenceOrAnAnchorPointsAtRepeatedWords() {
            String op4 = draft.operative().get(3).text();
            int second = op4.indexOf("the", op4.indexOf("the") + 1);
            assertThat(resolved("In operative paragraph 4, replace the word “the” (second occurrence) with “this”"))
                    .containsExactly(new ReplaceText("op4", second, second + 3, "this"));
            int last = op4.lastIndexOf("the");
            assertThat(resolved("In operative paragraph 4, before the word “Commission”, replace the word “the” with “this”"))
                    .containsExactly(new ReplaceText("op4", last, last + 3, "this"));
        }
    }

    @Nested
    class NotResolved {

        @Test
        void wordsThatOccurMoreThanOnce() {
            assertThat(why("In operative paragraph 4, replace the word “the” with “a”")).isEqualTo("the words “the” occur "
                    + "twice in operative paragraph 4; say which (for instance \"after the word …\" or \"(second occurrence)\")");
        }

        @Test
        void wordsThatAreNotThere() {
            assertThat(why("In operative paragraph 4, delete the word “swiftly”"))
                    .isEqualTo("the words “swiftly” are not in operative paragraph 4");
            assertThat(why("In operative paragraph 4, replace the word “the” (fifth occurrence) with “a”"))
                    .isEqualTo("the words “the” occur only twice in operative paragraph 4; there is no fifth occurrence");
        }

        @Test
        void paragraphsAndItemsThatDoNotExist() {
            assertThat(why("Delete operative paragraph 9")).isEqualTo("there is no operative paragraph 9 (the draft has "
                    + "6 operative paragraphs)");
            assertThat(why("Delete the fifth preambular paragraph")).isEqualTo("there is no fifth preambular paragraph "
                    + "(the draft has 3 preambular paragraphs)");
            assertThat(why("Delete paragraph 2 (e)")).isEqualTo("Operative paragraph 2 has no subparagraph (e)");
            assertThat(why("Delete operative paragraph 0")).isEqualTo("paragraphs are numbered from 1, not 0");
            assertThat(why("Move operative paragraph 3 to follow operative paragraph 3"))
                    .isEqualTo("paragraph op3 cannot move after itself");
            assertThat(why("Replace footnote 4 with: “A/1.”")).isEqualTo("the draft has no footnote 4");
        }

        @Test
        void instructionsThatDoNotApplyTogether() {
            ResolvedAmendment r = Wording.read(draft, "1. Delete operative paragraph 4;\n2. Delete operative paragraph 4.");
            assertThat(r.instructions()).hasSize(1);
            assertThat(r.operations()).containsExactly(new DeleteParagraph("op4"));
            assertThat(r.unresolved()).singleElement().satisfies(u -> {
                assertThat(u.line()).isEqualTo(2);
                assertThat(u.why()).isEqualTo("paragraph op4 is deleted twice");
            });
        }

        @Test
        void anAmendmentToAnotherDraft() {
            ResolvedAmendment r = Wording.read(draft, "China: amendment to draft resolution A/C.3/76/L.7\n\n"
                    + "1. Delete operative paragraph 4.");
            assertThat(r.unresolved()).singleElement().extracting(ParsedAmendment.Unresolved::why)
                    .isEqualTo("the amendment is to A/C.3/76/L.7, not to E/CN.15/2017/L.4/Rev.1");
        }
    }
}
