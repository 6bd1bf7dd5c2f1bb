package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.insertAfterWords;
import static org.plenary.shared.edit.DraftFixture.substitute;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.NewIds;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.ReplaceFootnote;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.ReplaceTitle;

/** The formal wording written for each kind of edit, checked word for word, and read back. */
class WordingTest {

    private final DraftDocument draft = cybercrimeDraft();

    /** The wording of the operations; also checks that it reads back to the same operations. */
    private String wording(EditOperation... ops) {
        List<String> instructions = Wording.instructions(draft, List.of(ops));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < instructions.size(); i++) {
            text.append(i + 1).append(". ").append(instructions.get(i)).append(";\n");
        }
        ResolvedAmendment back = Wording.read(draft, text.toString());
        assertThat(back.unresolved()).isEmpty();
        assertThat(back.operations()).hasSameSizeAs(ops);
        // new paragraphs and items come back with provisional ids; the draft gives them the same ids again
        assertThat(NewIds.of(draft).assign(back.operations())).containsExactlyInAnyOrder(ops);
        return String.join("\n", instructions);
    }

    @Nested
    class Words {

        @Test
        void replaceTheWords() {
            assertThat(wording(substitute(draft, "op4", "possible", "concrete")))
                    .isEqualTo("In operative paragraph 4, replace the word “possible” with “concrete”");
            assertThat(wording(substitute(draft, "op4", "possible conclusions", "concrete findings")))
                    .isEqualTo("In operative paragraph 4, replace the words “possible conclusions” with “concrete findings”");
        }

        @Test
        void afterTheWordInsertTheWords() {
            assertThat(wording(insertAfterWords(draft, "pp2", "Council", "for Human Rights")))
                    .isEqualTo("In the second preambular paragraph, after the word “Council”, insert the words "
                            + "“for Human Rights”");
        }

        @Test
        void deleteTheWords() {
            assertThat(wording(deleteWords(draft, "op1", "grave")))
                    .isEqualTo("In operative paragraph 1, delete the word “grave”");
            assertThat(wording(deleteWords(draft, "pp2", "to continue and")))
                    .isEqualTo("In the second preambular paragraph, delete the words “to continue and”");
        }

        @Test
        void wordsThatOccurTwiceArePointedAtByTheirNeighbours() {
            // "the" occurs several times in operative paragraph 4
            String op4 = cybercrimeDraft().operative().get(3).text();
            int at = op4.indexOf("the Commission");
            assertThat(wording(new ReplaceText("op4", at, at + 3, "this")))
                    .isEqualTo("In operative paragraph 4, after the words “submission to”, replace the word “the” with “this”");
        }

        @Test
        void severalEditsOfOneParagraphMakeOneInstruction() {
            assertThat(wording(deleteWords(draft, "op1", "grave"), insertAfterWords(draft, "op1", "Darfur",
                    "and neighbouring States")))
                    .isEqualTo("In operative paragraph 1, delete the word “grave”, and after the word “Darfur”, insert "
                            + "the words “and neighbouring States”");
        }

        @Test
        void atTheEnd() {
            String op6 = cybercrimeDraft().operative().get(5).text();
            assertThat(wording(new ReplaceText("op6", op6.length(), op6.length(), " (A/77/123)")))
                    .isEqualTo("In operative paragraph 6, at the end of the paragraph, add the word “(A/77/123)”");
        }

        @Test
        void anInsertionIntoAWordIsGivenAsTheParagraphShouldRead() {
            String op4 = cybercrimeDraft().operative().get(3).text();
            int at = op4.indexOf("possible") + 3;
            List<String> instructions = Wording.instructions(draft, List.of(new ReplaceText("op4", at, at, "-")));
            assertThat(instructions).containsExactly("Operative paragraph 4 should read: “4. *Encourages* the Expert "
                    + "Group to develop pos-sible conclusions and recommendations for submission to the Commission;”");
            assertThat(Wording.instructions(draft, List.of(new ReplaceText("op4", at - 3, at, "im"))))
                    .containsExactly("In operative paragraph 4, replace the word “pos” with “im”");
        }

        @Test
        void wordsInASubItemAndABullet() {
            assertThat(wording(substitute(draft, "op2.3.1", "cybercrime", "crime online")))
                    .isEqualTo("In operative paragraph 2 (c) (i), replace the word “cybercrime” with “crime online”");
            assertThat(wording(substitute(draft, "op3.2", "Criminalization", "Offences")))
                    .isEqualTo("In the second bullet of operative paragraph 3, replace the word “Criminalization” with "
                            + "“Offences”");
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void insertDeleteReplaceMove() {
            assertThat(wording(new InsertParagraph(Section.PREAMBLE, "pp2", "*Noting* the report,", "pp4")))
                    .isEqualTo("After the second preambular paragraph, insert the following paragraph: “*Noting* the report,”");
            assertThat(wording(new InsertParagraph(Section.OPERATIVE, null, "*Recalls* its resolution;", "op7")))
                    .isEqualTo("At the beginning of the operative part, insert the following paragraph: “1. *Recalls* "
                            + "its resolution;”");
            assertThat(wording(new DeleteParagraph("op4"))).isEqualTo("Delete operative paragraph 4");
            assertThat(wording(new DeleteParagraph("op2.3"))).isEqualTo("Delete operative paragraph 2 (c)");
            assertThat(wording(new ReplaceParagraph("op6", "*Requests* a report at its next session.")))
                    .isEqualTo("Operative paragraph 6 should read: “6. *Requests* a report at its next session.”");
            assertThat(wording(new MoveParagraph("op5", "op2")))
                    .isEqualTo("Move operative paragraph 5 to follow operative paragraph 2");
            assertThat(wording(new MoveParagraph("pp3", null)))
                    .isEqualTo("Move the third preambular paragraph to the beginning of the preamble");
            assertThat(wording(new MoveParagraph("op2.3", "op2.1")))
                    .isEqualTo("Move operative paragraph 2 (c) to follow operative paragraph 2 (a)");
        }

        @Test
        void subItems() {
            assertThat(wording(new InsertItem("op2", "op2.2", "trends in cybercrime;", "op2.4")))
                    .isEqualTo("In operative paragraph 2, after subparagraph (b), insert the following subparagraph: "
                            + "“(c) trends in cybercrime;”");
            assertThat(wording(new InsertItem("op4", null, "by 2030;", "op4.1")))
                    .isEqualTo("At the beginning of operative paragraph 4, insert the following subparagraph: “(a) by 2030;”");
        }

        @Test
        void aNewParagraphWithItsSubItems() {
            assertThat(wording(new InsertParagraph(Section.OPERATIVE, "op6", "*Decides* to:", "op7"),
                    new InsertItem("op7", null, "meet annually;", "op7.1"),
                    new InsertItem("op7", null, "report, in particular:", "op7.2"),
                    new InsertItem("op7.2", null, "on trends.", "op7.2.1")))
                    .isEqualTo("After operative paragraph 6, insert the following paragraph: “7. *Decides* to:\n"
                            + "(a) meet annually;\n(b) report, in particular:\n    (i) on trends.”");
        }

        @Test
        void titleAndFootnote() {
            assertThat(wording(new ReplaceTitle("Countering cybercrime")))
                    .isEqualTo("Replace the title with: “Countering cybercrime”");
            assertThat(wording(new ReplaceFootnote("1", "General Assembly resolution [65/230](#).")))
                    .isEqualTo("Replace footnote 1 with: “General Assembly resolution [65/230](#).”");
        }

        @Test
        void preambularParagraphsByOrdinalWordsBeyondTwenty() {
            List<Paragraph> many = new ArrayList<>();
            for (int i = 1; i <= 23; i++) {
                many.add(new Paragraph("pp" + i, "Recalling resolution " + i + ","));
            }
            DraftDocument long_ = draft.withSection(Section.PREAMBLE, many);
            assertThat(Wording.instructions(long_, List.of(new DeleteParagraph("pp21"))))
                    .containsExactly("Delete the twenty-first preambular paragraph");
            assertThat(Wording.instructions(long_, List.of(new InsertParagraph(Section.PREAMBLE, "pp20", "Noting,", "pp24"))))
                    .containsExactly("After the twentieth preambular paragraph, insert the following paragraph: “Noting,”");
        }
    }
}
