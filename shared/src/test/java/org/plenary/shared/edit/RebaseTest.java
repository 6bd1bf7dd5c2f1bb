package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.OP1;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.insertAfterWords;
import static org.plenary.shared.edit.DraftFixture.paragraphIds;
import static org.plenary.shared.edit.DraftFixture.replaceRestAfter;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;

/** Pending amendments carried over an accepted one, or overtaken by it, in the words a delegate reads. */
class RebaseTest {

    private final DraftDocument draft = cybercrimeDraft();

    private Rebase.Result rebase(List<EditOperation> pending, List<EditOperation> accepted) {
        return Rebase.over(draft, NodeIndex.of(draft), accepted, "A4").rebase(pending);
    }

    private List<EditOperation> rebased(List<EditOperation> pending, List<EditOperation> accepted) {
        Rebase.Result result = rebase(pending, accepted);
        assertThat(result).isInstanceOf(Rebase.Rebased.class);
        return ((Rebase.Rebased) result).operations();
    }

    private List<String> reasons(List<EditOperation> pending, List<EditOperation> accepted) {
        Rebase.Result result = rebase(pending, accepted);
        assertThat(result).isInstanceOf(Rebase.Overtaken.class);
        return ((Rebase.Overtaken) result).reasons();
    }

    @Nested
    class BothApply {

        @Test
        void twoDelegationsAmendDifferentWordsOfOneParagraph() {
            // A/HRC/S-4/L.3: "In paragraph 1, before the word "concern" delete the word "grave"" (accepted first),
            // then another delegation's "after the word "Darfur" insert the words "and neighbouring States"".
            List<EditOperation> grave = List.of(deleteWords(draft, "op1", "grave"));
            List<EditOperation> darfur = List.of(insertAfterWords(draft, "op1", "Darfur", "and neighbouring States"));

            DraftDocument after = DocumentEditor.apply(DocumentEditor.apply(draft, grave), rebased(darfur, grave));

            assertThat(textOf(after, "op1")).isEqualTo("*Expresses* its concern regarding the seriousness of the ongoing "
                    + "violations of human rights in Darfur and neighbouring States, including attacks on the civilian population;");
            assertThat(((ReplaceText) rebased(darfur, grave).get(0)).start())
                    .isEqualTo(((ReplaceText) darfur.get(0)).start() - " grave".length());
        }

        @Test
        void aRangeBeforeTheAcceptedChangeDoesNotMove() {
            List<EditOperation> pending = List.of(deleteWords(draft, "op1", "grave"));
            List<EditOperation> accepted = List.of(replaceRestAfter(draft, "op1", "Darfur", ";"));

            assertThat(rebased(pending, accepted)).isEqualTo(pending);
        }

        @Test
        void anInsertionTouchingAReplacedRangeStaysOutsideIt() {
            int start = OP1.indexOf("grave");
            List<EditOperation> accepted = List.of(new ReplaceText("op1", start, start + 5, "deep"));
            List<EditOperation> before = List.of(new ReplaceText("op1", start, start, "very "));
            List<EditOperation> after = List.of(new ReplaceText("op1", start + 5, start + 5, " and growing"));

            DraftDocument text = DocumentEditor.apply(draft, accepted);
            assertThat(textOf(DocumentEditor.apply(text, rebased(before, accepted)), "op1")).startsWith("*Expresses* its very deep concern");
            assertThat(textOf(DocumentEditor.apply(text, rebased(after, accepted)), "op1")).startsWith("*Expresses* its deep and growing concern");
        }

        @Test
        void changesToOtherParagraphsLeaveThePendingAmendmentAsItIs() {
            List<EditOperation> pending = List.of(substitute(draft, "op4", "possible", "concrete"));
            List<EditOperation> accepted = List.of(new DeleteParagraph("op2"), new MoveParagraph("op6", "op1"),
                    new ReplaceParagraph("op5", "*Invites* donors to contribute;"), new ReplaceTitle("Cybercrime"));

            assertThat(rebased(pending, accepted)).isEqualTo(pending);
        }

        @Test
        void paragraphsInsertedAfterTheSameParagraphStandInProposalOrder() {
            List<EditOperation> first = List.of(new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* States;", "op7"));
            List<EditOperation> second = List.of(new InsertParagraph(Section.OPERATIVE, "op2", "*Invites* donors;", "op8"));

            DraftDocument acceptedInOrder = DocumentEditor.apply(DocumentEditor.apply(draft, first), rebased(second, first));
            DraftDocument acceptedReversed = DocumentEditor.apply(DocumentEditor.apply(draft, second), rebased(first, second));

            assertThat(paragraphIds(acceptedInOrder.operative())).containsExactly("op1", "op2", "op7", "op8", "op3", "op4",
                    "op5", "op6");
            assertThat(acceptedReversed).isEqualTo(acceptedInOrder);
        }

        @Test
        void anInsertAfterAnotherParagraphIsUnaffectedByADeletionNearby() {
            List<EditOperation> pending = List.of(new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* States;", "op7"));

            assertThat(rebased(pending, List.of(new DeleteParagraph("op3")))).isEqualTo(pending);
        }
    }

    @Nested
    class Overtaken {

        @Test
        void theWordsItReplacesWereChanged() {
            List<EditOperation> pending = List.of(substitute(draft, "op4", "possible", "concrete"));
            List<EditOperation> accepted = List.of(substitute(draft, "op4", "possible conclusions", "findings"));

            assertThat(reasons(pending, accepted))
                    .containsExactly("in operative paragraph 4, the words “possible” it replaces were changed by A4");
        }

        @Test
        void operativeParagraph3WasDeleted() {
            assertThat(reasons(List.of(substitute(draft, "op3", "structured", "coherent")), List.of(new DeleteParagraph("op3"))))
                    .containsExactly("operative paragraph 3 was deleted by A4");
            assertThat(reasons(List.of(substitute(draft, "op2.3.1", "investigation", "prosecution")),
                    List.of(new DeleteParagraph("op2"))))
                    .containsExactly("operative paragraph 2 was deleted by A4");
        }

        @Test
        void theParagraphItInsertsAfterWasDeletedOrMoved() {
            List<EditOperation> pending = List.of(new InsertParagraph(Section.PREAMBLE, "pp2", "Noting,", "pp4"));

            assertThat(reasons(pending, List.of(new DeleteParagraph("pp2"))))
                    .containsExactly("the second preambular paragraph was deleted by A4");
            assertThat(reasons(pending, List.of(new MoveParagraph("pp2", null))))
                    .containsExactly("the second preambular paragraph was moved by A4");
        }

        @Test
        void aWholeParagraphWasReplaced() {
            assertThat(reasons(List.of(deleteWords(draft, "op1", "grave")),
                    List.of(new ReplaceParagraph("op1", "*Expresses* concern;"))))
                    .containsExactly("operative paragraph 1 was replaced by A4");
            assertThat(reasons(List.of(new ReplaceParagraph("op1", "*Expresses* concern;")),
                    List.of(deleteWords(draft, "op1", "grave"))))
                    .containsExactly("operative paragraph 1, which it replaces, was changed by A4");
        }

        @Test
        void wordsInsertedAtTheSamePlace() {
            List<EditOperation> pending = List.of(insertAfterWords(draft, "op1", "Darfur", "and Chad"));
            List<EditOperation> accepted = List.of(insertAfterWords(draft, "op1", "Darfur", "and neighbouring States"));

            assertThat(reasons(pending, accepted))
                    .containsExactly("in operative paragraph 1, other words were inserted at the same place by A4");
        }

        @Test
        void anotherParagraphWasMovedToTheSamePlace() {
            assertThat(reasons(List.of(new InsertParagraph(Section.OPERATIVE, "op1", "*Urges*;", "op7")),
                    List.of(new MoveParagraph("op5", "op1"))))
                    .containsExactly("another paragraph was placed after operative paragraph 1 by A4");
        }

        @Test
        void subItemsAndTitleAndFootnotes() {
            assertThat(reasons(List.of(new DeleteParagraph("op2.3.2")), List.of(new DeleteParagraph("op2.3"))))
                    .containsExactly("operative paragraph 2 (c) was deleted by A4");
            assertThat(reasons(List.of(new ReplaceTitle("Cybercrime")), List.of(new ReplaceTitle("Crime"))))
                    .containsExactly("the title was replaced by A4");
            assertThat(reasons(List.of(new ReplaceFootnote("1", "A/RES/65/230.")), List.of(new DeleteParagraph("op2.2"))))
                    .containsExactly("footnote 1 was changed by A4");
        }
    }

    @Test
    void overlapsNameBothAmendmentsAndThePlace() {
        List<EditOperation> a2 = List.of(new DeleteParagraph("op3"), substitute(draft, "op4", "possible", "concrete"));
        List<EditOperation> a5 = List.of(substitute(draft, "op3.1", "Legislation", "Laws"),
                substitute(draft, "op4", "possible conclusions", "findings"), substitute(draft, "op5", "donors", "partners"));

        List<Overlap> overlaps = Overlaps.between(draft, "A2", a2, "A5", a5);

        assertThat(overlaps).containsExactly(
                new Overlap(0, 0, "deleted", "operative paragraph 3",
                        "A2 deletes operative paragraph 3, which A5 also changes or refers to"),
                new Overlap(1, 1, "words", "operative paragraph 4",
                        "A2 and A5 both change the words “possible conclusions” in operative paragraph 4"));
        assertThat(Overlaps.between(draft, "A5", a5, "A2", a2)).extracting(Overlap::why).containsExactly(
                "A2 deletes operative paragraph 3, which A5 also changes or refers to",
                "A5 and A2 both change the words “possible conclusions” in operative paragraph 4");
    }
}
