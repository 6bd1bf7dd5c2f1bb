package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.shared.edit.DraftFixture.OP4;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;

/** Operations derived from two versions, and sub-amendments folded into the amendment they amend. */
class SubAmendmentsTest {

    private final DraftDocument draft = cybercrimeDraft();

    @Nested
    class Scripts {

        @Test
        void aChangedWordBecomesOneReplacement() {
            DraftDocument revised = DocumentEditor.apply(draft, List.of(substitute(draft, "op4", "possible", "concrete")));

            assertThat(EditScript.between(draft, revised)).containsExactly(substitute(draft, "op4", "possible", "concrete"));
        }

        @Test
        void aRevisionWithEveryKindOfChange() {
            DraftDocument revised = DocumentEditor.apply(draft, List.of(new MoveParagraph("op5", "op1"),
                    new InsertParagraph(Section.PREAMBLE, "pp1", "*Noting* the report,", "pp4"),
                    new InsertItem("pp4", null, "of the Secretary-General;", "pp4.1"),
                    new DeleteParagraph("op2.1"), new ReplaceTitle("Cybercrime"),
                    new ReplaceFootnote("1", "A/RES/65/230, annex.")));

            List<EditOperation> script = EditScript.between(draft, revised);

            assertThat(DocumentEditor.apply(draft, script)).isEqualTo(revised);
            assertThat(script).containsExactly(new ReplaceTitle("Cybercrime"), new ReplaceFootnote("1", "A/RES/65/230, annex."),
                    new MoveParagraph("op5", "op1"),
                    new InsertParagraph(Section.PREAMBLE, "pp1", "*Noting* the report,", "pp4"),
                    new InsertItem("pp4", null, "of the Secretary-General;", "pp4.1"),
                    new DeleteParagraph("op2.1"));
        }

        @Test
        void whatOperationsCannotSayIsRefused() {
            DraftDocument otherSubject = new DraftDocument(draft.header(), draft.kind(), draft.symbol(), draft.sponsors(),
                    null, null, draft.title(), "The General Assembly,", draft.preamble(), draft.operative(),
                    draft.footnotes(), List.of());
            assertThatThrownBy(() -> EditScript.between(draft, otherSubject)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the subject differs; edit operations cannot change it");

            DraftDocument crossed = draft.withSection(Section.PREAMBLE, List.of(draft.preamble().get(0),
                    draft.preamble().get(1), draft.preamble().get(2), draft.operative().get(0)))
                    .withSection(Section.OPERATIVE, draft.operative().subList(1, 6));
            assertThatThrownBy(() -> EditScript.between(draft, crossed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("paragraph op1 moved to another section; edit operations cannot say so");
        }
    }

    @Nested
    class Folding {

        @Test
        void aSubAmendmentToTheWordsAnAmendmentInserts() {
            // A3: replace "possible" with "concrete"; its sub-amendment: after "concrete" insert "and practical".
            List<EditOperation> a3 = List.of(substitute(draft, "op4", "possible", "concrete"));
            DraftDocument amended = DocumentEditor.apply(draft, a3);
            List<EditOperation> sub = List.of(DraftFixture.insertAfterWords(amended, "op4", "concrete", "and practical"));

            List<EditOperation> folded = SubAmendments.fold(draft, a3, sub);

            int start = OP4.indexOf("possible");
            assertThat(folded).containsExactly(new ReplaceText("op4", start, start + "possible".length(),
                    "concrete and practical"));
        }

        @Test
        void aParagraphReplacedWholeStaysReplacedWhole() {
            List<EditOperation> a3 = List.of(new ReplaceParagraph("op4", "*Encourages* the Expert Group to act;"));
            DraftDocument amended = DocumentEditor.apply(draft, a3);
            List<EditOperation> sub = List.of(substitute(amended, "op4", "act", "act swiftly"));

            assertThat(SubAmendments.fold(draft, a3, sub))
                    .containsExactly(new ReplaceParagraph("op4", "*Encourages* the Expert Group to act swiftly;"));
        }

        @Test
        void anInsertedParagraphKeepsItsIdAndTakesTheAmendedText() {
            List<EditOperation> a3 = List.of(new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* States to act;", "op7"),
                    substitute(draft, "op1", "grave", "deep"));
            DraftDocument amended = DocumentEditor.apply(draft, a3);
            List<EditOperation> sub = List.of(substitute(amended, "op7", "States", "all States"));

            List<EditOperation> folded = SubAmendments.fold(draft, a3, sub);

            assertThat(folded).containsExactly(substitute(draft, "op1", "grave", "deep"),
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* all States to act;", "op7"));
        }

        @Test
        void editsOfOtherParagraphsAreTakenOverAsTheyAre() {
            List<EditOperation> a3 = List.of(substitute(draft, "op1", "grave", "deep"));
            DraftDocument amended = DocumentEditor.apply(draft, a3);
            List<EditOperation> sub = List.of(substitute(amended, "op5", "donors", "partners"), new DeleteParagraph("op6"));

            List<EditOperation> folded = SubAmendments.fold(draft, a3, sub);

            assertThat(folded).containsExactly(substitute(draft, "op1", "grave", "deep"),
                    substitute(draft, "op5", "donors", "partners"), new DeleteParagraph("op6"));
            assertThat(textOf(DocumentEditor.apply(draft, folded), "op1")).contains("deep concern");
        }

        @Test
        void aSubAmendmentThatUndoesEverythingLeavesNothing() {
            List<EditOperation> a3 = List.of(substitute(draft, "op4", "possible", "concrete"));
            DraftDocument amended = DocumentEditor.apply(draft, a3);

            assertThat(SubAmendments.fold(draft, a3, List.of(substitute(amended, "op4", "concrete", "possible")))).isEmpty();
        }

        @Test
        void aSubAmendmentThatDoesNotApplyIsRefused() {
            List<EditOperation> a3 = List.of(new DeleteParagraph("op4"));

            assertThatThrownBy(() -> SubAmendments.fold(draft, a3, List.of(new DeleteParagraph("op4"))))
                    .isInstanceOf(EditException.class).hasMessage("no paragraph or item with id op4");
        }
    }
}
