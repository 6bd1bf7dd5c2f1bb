package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;

/** Every way the newer edit kinds can fail to apply, with the message that says why. */
class EditOperationsRejectionsTest {

    private final DraftDocument draft = cybercrimeDraft();

    private String rejection(EditOperation... operations) {
        List<EditOperation> list = List.of(operations);
        EditException byValidate = catchThrowableOfType(EditException.class, () -> DocumentEditor.validate(draft, list));
        EditException byApply = catchThrowableOfType(EditException.class, () -> DocumentEditor.apply(draft, list));
        assertThat(byValidate).as("validate rejects").isNotNull();
        assertThat(byApply).as("apply rejects").isNotNull();
        assertThat(byApply.getMessage()).isEqualTo(byValidate.getMessage());
        assertThat(draft).isEqualTo(cybercrimeDraft());
        return byApply.getMessage();
    }

    @Nested
    class AnyText {

        @ParameterizedTest
        @ValueSource(strings = {"a\nb", "a\rb", "a\u2028b", "a\u2029b", "a\u0085b", "a\u000Bb"})
        void lineBreaksAreRefusedEverywhere(String text) {
            String message = "text must be one paragraph, without line breaks";
            assertThat(rejection(new ReplaceParagraph("op1", text))).isEqualTo(message);
            assertThat(rejection(new InsertItem("op2", null, text, "op2.4"))).isEqualTo(message);
            assertThat(rejection(new ReplaceTitle(text))).isEqualTo(message);
            assertThat(rejection(new ReplaceFootnote("1", text))).isEqualTo(message);
            assertThat(rejection(new ReplaceText("op1", 0, 0, text))).isEqualTo(message);
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, null, text, "op7"))).isEqualTo(message);
        }

        @Test
        void controlCharactersAreRefusedEverywhere() {
            assertThat(rejection(new ReplaceParagraph("op1", "*Decides*\u0000 to act;")))
                    .isEqualTo("text must not contain control characters (U+0000 at offset 9)");
            assertThat(rejection(new ReplaceText("op1", 0, 0, "\t")))
                    .isEqualTo("text must not contain control characters (U+0009 at offset 0)");
            assertThat(rejection(new ReplaceTitle("Title\u001B[31m")))
                    .isEqualTo("text must not contain control characters (U+001B at offset 5)");
            assertThat(rejection(new InsertItem("op2", null, "x\u007F", "op2.4")))
                    .isEqualTo("text must not contain control characters (U+007F at offset 1)");
        }

        @Test
        void aLoneSurrogateIsRefused() {
            assertThat(rejection(new ReplaceFootnote("1", "note \uD835")))
                    .isEqualTo("text holds a broken character (a lone surrogate at offset 5)");
        }
    }

    @Nested
    class ReplaceParagraphRejections {

        @Test
        void unknownOrMissingId() {
            assertThat(rejection(new ReplaceParagraph("op9", "x"))).isEqualTo("no paragraph or item with id op9");
            assertThat(rejection(new ReplaceParagraph(null, "x"))).isEqualTo("replaceParagraph needs a paragraphId");
        }

        @Test
        void emptyText() {
            assertThat(rejection(new ReplaceParagraph("op1", " "))).isEqualTo("replaceParagraph needs a non-empty text");
            assertThat(rejection(new ReplaceParagraph("op1", null))).isEqualTo("replaceParagraph needs a non-empty text");
        }

        @Test
        void sameText() {
            assertThat(rejection(new ReplaceParagraph("op4", DraftFixture.OP4)))
                    .isEqualTo("replaceParagraph on op4 changes nothing");
        }

        @Test
        void replacedTwiceOrAlsoEditedByRange() {
            assertThat(rejection(new ReplaceParagraph("op1", "a"), new ReplaceParagraph("op1", "b")))
                    .isEqualTo("paragraph op1 is replaced twice");
            assertThat(rejection(deleteWords(draft, "op1", "grave"), new ReplaceParagraph("op1", "a")))
                    .isEqualTo("paragraph op1 is replaced and also changed by replaceText in the same amendment");
        }

        @Test
        void deletedBySameAmendment() {
            assertThat(rejection(new DeleteParagraph("op2"), new ReplaceParagraph("op2.1", "a")))
                    .isEqualTo("paragraph op2.1 is deleted by the same amendment");
        }
    }

    @Nested
    class MoveParagraphRejections {

        @Test
        void unknownIds() {
            assertThat(rejection(new MoveParagraph("op9", null))).isEqualTo("no paragraph or item with id op9");
            assertThat(rejection(new MoveParagraph("op1", "op9"))).isEqualTo("no paragraph or item with id op9");
            assertThat(rejection(new MoveParagraph("", null))).isEqualTo("moveParagraph needs a paragraphId");
        }

        @Test
        void afterItself() {
            assertThat(rejection(new MoveParagraph("op3", "op3"))).isEqualTo("paragraph op3 cannot move after itself");
        }

        @Test
        void intoAnotherSection() {
            assertThat(rejection(new MoveParagraph("op3", "pp2")))
                    .isEqualTo("paragraph op3 can only move within the operative; pp2 is in the preamble");
            assertThat(rejection(new MoveParagraph("op3", "op2.1")))
                    .isEqualTo("paragraph op3 can only move among the paragraphs of the operative; op2.1 is an item");
        }

        @Test
        void anItemStaysWithItsParent() {
            assertThat(rejection(new MoveParagraph("op2.1", "op3.1")))
                    .isEqualTo("item op2.1 can only move among the items of op2; op3.1 is not one of them");
            assertThat(rejection(new MoveParagraph("op2.3.1", "op2.1")))
                    .isEqualTo("item op2.3.1 can only move among the items of op2.3; op2.1 is not one of them");
            assertThat(rejection(new MoveParagraph("op2.1", "op2")))
                    .isEqualTo("item op2.1 can only move among the items of op2; op2 is not one of them");
        }

        @Test
        void movedTwiceOrDeleted() {
            assertThat(rejection(new MoveParagraph("op1", "op2"), new MoveParagraph("op1", "op3")))
                    .isEqualTo("paragraph op1 is moved twice");
            assertThat(rejection(new MoveParagraph("op1", "op2"), new DeleteParagraph("op1")))
                    .isEqualTo("paragraph op1 is deleted by the same amendment");
            assertThat(rejection(new MoveParagraph("op1", "op2"), new DeleteParagraph("op2")))
                    .isEqualTo("paragraph op2 is deleted by the same amendment");
        }

        @Test
        void afterAParagraphInsertedByTheSameAmendment() {
            assertThat(rejection(new InsertParagraph(Section.OPERATIVE, "op1", "*Urges*;", "op7"),
                    new MoveParagraph("op3", "op7"))).isEqualTo("no paragraph or item with id op7");
        }
    }

    @Nested
    class InsertItemRejections {

        @Test
        void unknownOrMissingParent() {
            assertThat(rejection(new InsertItem("op9", null, "x", "op9.1"))).isEqualTo("no paragraph or item with id op9");
            assertThat(rejection(new InsertItem(null, null, "x", "op9.1"))).isEqualTo("insertItem needs a parentId");
        }

        @Test
        void parentInsertedLaterInTheList() {
            assertThat(rejection(new InsertItem("op7", null, "x", "op7.1"),
                    new InsertParagraph(Section.OPERATIVE, null, "*Urges*:", "op7")))
                    .isEqualTo("no paragraph or item with id op7");
        }

        @Test
        void afterAnItemOfAnotherParent() {
            assertThat(rejection(new InsertItem("op2", "op3.1", "x", "op2.4"))).isEqualTo("item op3.1 is not an item of op2");
            assertThat(rejection(new InsertItem("op2", "op2.3.1", "x", "op2.4")))
                    .isEqualTo("item op2.3.1 is not an item of op2");
            assertThat(rejection(new InsertItem("op2", "op9", "x", "op2.4"))).isEqualTo("item op9 is not an item of op2");
        }

        @Test
        void emptyText() {
            assertThat(rejection(new InsertItem("op2", null, "", "op2.4"))).isEqualTo("insertItem needs a non-empty text");
        }

        @Test
        void ids() {
            assertThat(rejection(new InsertItem("op2", null, "x", null))).isEqualTo("inserted item has no id");
            assertThat(rejection(new InsertItem("op2", null, "x", "op2.1")))
                    .isEqualTo("id op2.1 of the inserted item is already used in the document");
            assertThat(rejection(new InsertItem("op2", null, "x", "n"), new InsertItem("op3", null, "y", "n")))
                    .isEqualTo("id n is given to two inserted items");
        }

        @Test
        void intoADeletedParentOrAfterADeletedItem() {
            assertThat(rejection(new DeleteParagraph("op2"), new InsertItem("op2.3", null, "x", "op2.3.3")))
                    .isEqualTo("paragraph op2.3 is deleted by the same amendment");
            assertThat(rejection(new DeleteParagraph("op2.1"), new InsertItem("op2", "op2.1", "x", "op2.4")))
                    .isEqualTo("paragraph op2.1 is deleted by the same amendment");
        }
    }

    @Nested
    class TitleAndFootnoteRejections {

        @Test
        void title() {
            assertThat(rejection(new ReplaceTitle(""))).isEqualTo("replaceTitle needs a non-empty text");
            assertThat(rejection(new ReplaceTitle(draft.title()))).isEqualTo("replaceTitle changes nothing");
            assertThat(rejection(new ReplaceTitle("a"), new ReplaceTitle("b"))).isEqualTo("the title is replaced twice");
        }

        @Test
        void footnote() {
            assertThat(rejection(new ReplaceFootnote("2", "x"))).isEqualTo("no footnote with marker 2");
            assertThat(rejection(new ReplaceFootnote(null, "x"))).isEqualTo("replaceFootnote needs a marker");
            assertThat(rejection(new ReplaceFootnote("1", " "))).isEqualTo("replaceFootnote needs a non-empty text");
            assertThat(rejection(new ReplaceFootnote("1", draft.footnotes().get(0).text())))
                    .isEqualTo("replaceFootnote on footnote 1 changes nothing");
            assertThat(rejection(new ReplaceFootnote("1", "a"), new ReplaceFootnote("1", "b")))
                    .isEqualTo("footnote 1 is replaced twice");
        }

        @Test
        void aNoteReplacedWhileItsLastCallIsDeleted() {
            assertThat(rejection(new ReplaceFootnote("1", "A/RES/65/230."), new DeleteParagraph("op2.2")))
                    .isEqualTo("footnote 1 is replaced, but the same amendment deletes its last call");
        }
    }
}
