package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.plenary.shared.edit.DraftFixture.OP1;
import static org.plenary.shared.edit.DraftFixture.OP6;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.substitute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

/** Every way an amendment can fail to apply, with the message that says why; nothing is changed. */
class DocumentEditorRejectionsTest {

    private final DraftDocument draft = cybercrimeDraft();

    /** The message of the rejection, checked to be the same for validate and apply. */
    private String rejection(DraftDocument document, List<EditOperation> operations) {
        DraftDocument before = document;
        List<EditOperation> opsBefore = operations == null ? null : new ArrayList<>(operations);
        EditException byValidate = catchThrowableOfType(EditException.class,
                () -> DocumentEditor.validate(document, operations));
        EditException byApply = catchThrowableOfType(EditException.class,
                () -> DocumentEditor.apply(document, operations));
        assertThat(byValidate).as("validate rejects").isNotNull();
        assertThat(byApply).as("apply rejects").isNotNull();
        assertThat(byApply.getMessage()).isEqualTo(byValidate.getMessage());
        assertThat(document).isEqualTo(before);
        assertThat(operations).isEqualTo(opsBefore);
        return byApply.getMessage();
    }

    private String rejection(EditOperation... operations) {
        String message = rejection(draft, Arrays.asList(operations));
        assertThat(draft).isEqualTo(cybercrimeDraft());
        return message;
    }

    @Nested
    class TheAmendmentAsAWhole {

        @Test
        void emptyListOfOperations() {
            assertThat(rejection(draft, List.of())).isEqualTo("an amendment needs at least one operation");
        }

        @Test
        void noListOfOperations() {
            assertThat(rejection(draft, null)).isEqualTo("an amendment needs at least one operation");
        }

        @Test
        void nullOperation() {
            assertThat(rejection((EditOperation) null)).isEqualTo("an operation is missing");
            assertThat(rejection(deleteWords(draft, "op1", "grave"), null)).isEqualTo("an operation is missing");
        }

        @Test
        void documentWithADuplicateId() {
            DraftDocument broken = draft.withSection(Section.PREAMBLE,
                    List.of(new Paragraph("pp1", "Recalling,"), new Paragraph("op1", "Noting,")));

            assertThat(rejection(broken, List.of(new DeleteParagraph("pp1"))))
                    .isEqualTo("id op1 is used twice in the document");
        }

        @Test
        void oneBadOperationRejectsTheWholeAmendment() {
            assertThat(rejection(deleteWords(draft, "op1", "grave"), new DeleteParagraph("op4"),
                    new ReplaceText("op9", 0, 1, "x")))
                    .isEqualTo("no paragraph or item with id op9");
        }
    }

    @Nested
    class ReplaceTextRejections {

        @Test
        void unknownId() {
            assertThat(rejection(new ReplaceText("op9", 0, 1, "x"))).isEqualTo("no paragraph or item with id op9");
            assertThat(rejection(new ReplaceText("op2.4", 0, 1, "x"))).isEqualTo("no paragraph or item with id op2.4");
        }

        @Test
        void missingId() {
            assertThat(rejection(new ReplaceText(null, 0, 1, "x"))).isEqualTo("replaceText needs a paragraphId");
            assertThat(rejection(new ReplaceText(" ", 0, 1, "x"))).isEqualTo("replaceText needs a paragraphId");
        }

        @Test
        void rangeEndsAfterTheText() {
            int length = OP6.length();
            assertThat(rejection(new ReplaceText("op6", 10, length + 1, "")))
                    .isEqualTo("range [10, " + (length + 1) + ") is outside the text of op6 (length " + length + ")");
        }

        @Test
        void rangeStartsAfterTheText() {
            int length = OP6.length();
            assertThat(rejection(new ReplaceText("op6", length + 1, length + 1, "x")))
                    .isEqualTo("range [" + (length + 1) + ", " + (length + 1) + ") is outside the text of op6 (length "
                            + length + ")");
        }

        @Test
        void negativeStart() {
            assertThat(rejection(new ReplaceText("op2.1", -1, 3, "")))
                    .isEqualTo("range [-1, 3) is outside the text of op2.1 (length 78)");
        }

        @Test
        void endBeforeStart() {
            assertThat(rejection(new ReplaceText("op3.2", 5, 4, "x")))
                    .isEqualTo("range [5, 4) is outside the text of op3.2 (length 26)");
        }

        @Test
        void rangeUpToTheEndOfTheTextIsInside() {
            String text = DocumentEditor.apply(draft, List.of(new ReplaceText("op3.2", 26, 26, " law"))).operative()
                    .get(2).items().get(1).text();
            assertThat(text).isEqualTo("Chapter 4: Criminalization law");
        }

        @Test
        void overlappingRanges() {
            int grave = OP1.indexOf("grave");
            assertThat(rejection(new ReplaceText("op1", grave, grave + 13, "deep concern"),
                    new ReplaceText("op1", grave + 6, grave + 20, "alarm about")))
                    .isEqualTo("replacements [16, 29) and [22, 36) in op1 overlap");
        }

        @Test
        void overlapIsFoundWhateverTheOrderOfOperations() {
            assertThat(rejection(new ReplaceText("op1", 30, 40, "y"), new ReplaceText("op1", 0, 5, "x"),
                    new ReplaceText("op1", 20, 31, "z")))
                    .isEqualTo("replacements [20, 31) and [30, 40) in op1 overlap");
        }

        @Test
        void rangeInsideAnotherRange() {
            assertThat(rejection(new ReplaceText("op1", 0, 40, ""), new ReplaceText("op1", 20, 25, "x"),
                    new ReplaceText("op1", 35, 39, "y")))
                    .isEqualTo("replacements [0, 40) and [20, 25) in op1 overlap");
        }

        @Test
        void insertionInsideAReplacedRange() {
            assertThat(rejection(new ReplaceText("op1", 16, 21, "deep"), new ReplaceText("op1", 19, 19, "x")))
                    .isEqualTo("replacements [16, 21) and [19, 19) in op1 overlap");
        }

        @Test
        void twoInsertionsAtTheSameOffsetHaveNoOrder() {
            assertThat(rejection(new ReplaceText("op1", 16, 16, "very "), new ReplaceText("op1", 16, 16, "deep ")))
                    .isEqualTo("replacements [16, 16) and [16, 16) in op1 overlap");
        }

        @Test
        void insertionAtTheStartOfAReplacedRange() {
            assertThat(rejection(new ReplaceText("op1", 16, 21, "deep"), new ReplaceText("op1", 16, 16, "very ")))
                    .isEqualTo("replacements [16, 16) and [16, 21) in op1 overlap");
        }

        @Test
        void theSameReplacementTwice() {
            ReplaceText grave = deleteWords(draft, "op1", "grave");
            assertThat(rejection(grave, grave)).isEqualTo("replacements [15, 21) and [15, 21) in op1 overlap");
        }

        @Test
        void adjacentRangesDoNotOverlap() {
            DraftDocument result = DocumentEditor.apply(draft, List.of(new ReplaceText("op1", 16, 21, "deep"),
                    new ReplaceText("op1", 21, 22, "-")));
            assertThat(DraftFixture.textOf(result, "op1")).startsWith("*Expresses* its deep-concern");
        }

        @Test
        void rangesInDifferentParagraphsNeverOverlap() {
            DraftDocument result = DocumentEditor.apply(draft, List.of(new ReplaceText("op1", 0, 11, "*Notes*"),
                    new ReplaceText("op2", 0, 10, "*Asks*")));
            assertThat(DraftFixture.textOf(result, "op1")).startsWith("*Notes* its grave");
            assertThat(DraftFixture.textOf(result, "op2")).startsWith("*Asks* the United Nations");
        }

        @Test
        void noOpReplacement() {
            assertThat(rejection(new ReplaceText("op1", 5, 5, ""))).isEqualTo("replaceText on op1 changes nothing");
            assertThat(rejection(new ReplaceText("op1", 5, 5, null))).isEqualTo("replaceText on op1 changes nothing");
        }

        @Test
        void lineBreakInReplacement() {
            assertThat(rejection(substitute(draft, "op5", "through", "with\nthrough")))
                    .isEqualTo("text must be one paragraph, without line breaks");
            assertThat(rejection(substitute(draft, "op5", "through", "with\r")))
                    .isEqualTo("text must be one paragraph, without line breaks");
        }

        @Test
        void rangeSplittingASurrogatePair() {
            // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is two chars in Java
            String text = "Recalling the principle \uD835\uDC9C of the Declaration,";
            DraftDocument document = draft.withSection(Section.PREAMBLE, List.of(new Paragraph("pp1", text)));
            int high = text.indexOf('\uD835');

            assertThat(rejection(document, List.of(new ReplaceText("pp1", high + 1, high + 3, "B"))))
                    .isEqualTo("range [" + (high + 1) + ", " + (high + 3) + ") splits a character");
            assertThat(rejection(document, List.of(new ReplaceText("pp1", high - 1, high + 1, "B"))))
                    .isEqualTo("range [" + (high - 1) + ", " + (high + 1) + ") splits a character");
            assertThat(rejection(document, List.of(new ReplaceText("pp1", high + 1, high + 1, "B"))))
                    .isEqualTo("range [" + (high + 1) + ", " + (high + 1) + ") splits a character");

            DraftDocument whole = DocumentEditor.apply(document, List.of(new ReplaceText("pp1", high, high + 2, "B")));
            assertThat(whole.preamble().get(0).text()).isEqualTo("Recalling the principle B of the Declaration,");
        }
    }

    @Nested
    class InsertParagraphRejections {

        @Test
        void anchorInTheOtherSection() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "pp1", "*Decides* to act;", "op7")))
                    .isEqualTo("paragraph pp1 is in the preamble, not in the operative");
            assertThat(rejection(new InsertParagraph(Section.PREAMBLE, "op3", "Noting,", "pp4")))
                    .isEqualTo("paragraph op3 is in the operative, not in the preamble");
        }

        @Test
        void unknownAnchor() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op9", "*Decides* to act;", "op7")))
                    .isEqualTo("no operative paragraph with id op9");
        }

        @Test
        void anchorIsAnItem() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2.1", "*Decides* to act;", "op7")))
                    .isEqualTo("no operative paragraph with id op2.1");
        }

        @Test
        void missingSection() {
            assertThat(rejection(new InsertParagraph(null, "op2", "*Decides* to act;", "op7")))
                    .isEqualTo("insertParagraph needs a section: \"preamble\" or \"operative\"");
        }

        @Test
        void blankText() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "  ", "op7")))
                    .isEqualTo("insertParagraph needs a non-empty text");
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "", "op7")))
                    .isEqualTo("insertParagraph needs a non-empty text");
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", null, "op7")))
                    .isEqualTo("insertParagraph needs a non-empty text");
        }

        @Test
        void textWithALineBreak() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2",
                    "*Decides* to act;\n3. *Requests* a report;", "op7")))
                    .isEqualTo("text must be one paragraph, without line breaks");
            assertThat(rejection(new InsertParagraph(Section.PREAMBLE, null, "Noting,\r", "pp4")))
                    .isEqualTo("text must be one paragraph, without line breaks");
        }

        @Test
        void missingId() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", null)))
                    .isEqualTo("inserted paragraph has no id");
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", " ")))
                    .isEqualTo("inserted paragraph has no id");
        }

        @Test
        void idAlreadyUsedInTheDocument() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", "op3")))
                    .isEqualTo("id op3 of the inserted paragraph is already used in the document");
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", "op2.1")))
                    .isEqualTo("id op2.1 of the inserted paragraph is already used in the document");
        }

        @Test
        void idOfAParagraphDeletedBySameAmendment() {
            // ids are stable: a new paragraph does not take over the id of the one it replaces
            assertThat(rejection(new DeleteParagraph("op4"),
                    new InsertParagraph(Section.OPERATIVE, "op3", "*Decides* to act;", "op4")))
                    .isEqualTo("id op4 of the inserted paragraph is already used in the document");
        }

        @Test
        void sameIdForTwoInsertedParagraphs() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", "op7"),
                    new InsertParagraph(Section.OPERATIVE, "op5", "*Requests* a report;", "op7")))
                    .isEqualTo("id op7 is given to two inserted paragraphs");
        }

        @Test
        void anchorDeletedBySameAmendment() {
            assertThat(rejection(new DeleteParagraph("op2"),
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", "op7")))
                    .isEqualTo("paragraph op2 is deleted by the same amendment");
        }
    }

    @Nested
    class DeleteParagraphRejections {

        @Test
        void unknownId() {
            assertThat(rejection(new DeleteParagraph("op9"))).isEqualTo("no paragraph or item with id op9");
        }

        @Test
        void missingId() {
            assertThat(rejection(new DeleteParagraph(null))).isEqualTo("deleteParagraph needs a paragraphId");
            assertThat(rejection(new DeleteParagraph(""))).isEqualTo("deleteParagraph needs a paragraphId");
        }

        @Test
        void deletedTwice() {
            assertThat(rejection(new DeleteParagraph("op6"), new DeleteParagraph("op6")))
                    .isEqualTo("paragraph op6 is deleted twice");
        }

        @Test
        void itemDeletedTogetherWithItsParagraph() {
            assertThat(rejection(new DeleteParagraph("op2"), new DeleteParagraph("op2.3")))
                    .isEqualTo("paragraph op2.3 is deleted by the same amendment");
            assertThat(rejection(new DeleteParagraph("op2.3.1"), new DeleteParagraph("op2")))
                    .isEqualTo("paragraph op2.3.1 is deleted by the same amendment");
        }

        @Test
        void insertedParagraphCannotBeDeletedInTheSameAmendment() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op2", "*Decides* to act;", "op7"),
                    new DeleteParagraph("op7")))
                    .isEqualTo("no paragraph or item with id op7");
        }
    }

    @Nested
    class OperationsOnADeletedParagraph {

        @Test
        void replaceInADeletedParagraph() {
            assertThat(rejection(new DeleteParagraph("op1"), deleteWords(draft, "op1", "grave")))
                    .isEqualTo("paragraph op1 is deleted by the same amendment");
        }

        @Test
        void replaceBeforeTheDeleteInTheListIsStillRejected() {
            assertThat(rejection(deleteWords(draft, "op1", "grave"), new DeleteParagraph("op1")))
                    .isEqualTo("paragraph op1 is deleted by the same amendment");
        }

        @Test
        void replaceInAnItemOfADeletedParagraph() {
            assertThat(rejection(new DeleteParagraph("op2"), substitute(draft, "op2.1", "criminal", "illicit")))
                    .isEqualTo("paragraph op2.1 is deleted by the same amendment");
        }

        @Test
        void replaceInANestedItemOfADeletedItem() {
            assertThat(rejection(new DeleteParagraph("op2.3"), substitute(draft, "op2.3.2", "international", "regional")))
                    .isEqualTo("paragraph op2.3.2 is deleted by the same amendment");
        }

        @Test
        void replaceInADeletedBullet() {
            assertThat(rejection(new DeleteParagraph("op3.1"), substitute(draft, "op3.1", "Legislation", "Laws")))
                    .isEqualTo("paragraph op3.1 is deleted by the same amendment");
        }

        @Test
        void insertAfterADeletedPreambularParagraph() {
            assertThat(rejection(new InsertParagraph(Section.PREAMBLE, "pp2", "Noting,", "pp4"),
                    new DeleteParagraph("pp2")))
                    .isEqualTo("paragraph pp2 is deleted by the same amendment");
        }
    }
}
