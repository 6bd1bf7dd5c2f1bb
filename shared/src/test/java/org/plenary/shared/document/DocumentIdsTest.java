package org.plenary.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.edit.DraftFixture;

class DocumentIdsTest {

    private static DraftDocument document(List<Paragraph> preamble, List<Paragraph> operative) {
        return new DraftDocument(null, "draft resolution", "A/C.3/76/L.7", List.of("Ghana"), null, null,
                "Cybercrime", "The General Assembly,", preamble, operative, List.of(), List.of());
    }

    private static Paragraph p(String id, String text, Item... items) {
        return new Paragraph(id, text, List.of(items));
    }

    private static Item item(String id, String label, String text, Item... items) {
        return new Item(id, label, text, List.of(items));
    }

    @Nested
    class AssignMissing {

        @Test
        void numbersParagraphsAndItemsOfADocumentWithoutIds() {
            DraftDocument withoutIds = document(
                    List.of(p(null, "Recalling its resolution [65/230](#),"), p(null, "Noting the report,")),
                    List.of(p(null, "*Requests* the Office to collect information on:",
                                    item(null, "(a)", "new developments;"),
                                    item(null, "(b)", "best practices, in particular:",
                                            item(null, "(i)", "in investigation;"),
                                            item(null, "(ii)", "in cooperation;"))),
                            p(null, "*Decides* to remain seized of the matter.")));

            DraftDocument result = DocumentIds.assignMissing(withoutIds);

            assertThat(DraftFixture.ids(result)).containsExactly("pp1", "pp2", "op1", "op1.1", "op1.2", "op1.2.1",
                    "op1.2.2", "op2");
            assertThat(DraftFixture.nodes(result)).extracting(DraftFixture.Node::text)
                    .isEqualTo(DraftFixture.nodes(withoutIds).stream().map(DraftFixture.Node::text).toList());
            assertThat(DraftFixture.nodes(result)).extracting(DraftFixture.Node::label)
                    .isEqualTo(DraftFixture.nodes(withoutIds).stream().map(DraftFixture.Node::label).toList());
            assertThat(result.title()).isEqualTo("Cybercrime");
            assertThat(result.symbol()).isEqualTo("A/C.3/76/L.7");
        }

        @Test
        void keepsTheIdsOfTheFixtureDraft() {
            DraftDocument draft = DraftFixture.cybercrimeDraft();

            assertThat(DocumentIds.assignMissing(draft)).isEqualTo(draft);
        }

        @Test
        void givesTheFixtureDraftItsIdsWhenTheyAreMissing() {
            DraftDocument draft = DraftFixture.cybercrimeDraft();
            DraftDocument stripped = draft.withSection(Section.PREAMBLE, strip(draft.preamble()))
                    .withSection(Section.OPERATIVE, strip(draft.operative()));

            assertThat(DocumentIds.assignMissing(stripped)).isEqualTo(draft);
        }

        @Test
        void keepsGivenIdsAndFillsGapsWithoutCollisions() {
            // ids survive renumbering: after "pp1" was deleted and two paragraphs inserted at the top,
            // the given ids stay where they are and the new ones avoid them
            DraftDocument result = DocumentIds.assignMissing(document(
                    List.of(p(null, "Guided by the Charter,"), p(null, "Reaffirming,"), p("pp2", "Recalling,"),
                            p("pp3", "Noting,")),
                    List.of(p("op2", "*Decides*;"), p(null, "*Requests*;"), p(" ", "*Invites*;"))));

            assertThat(DraftFixture.paragraphIds(result.preamble())).containsExactly("pp1", "pp4", "pp2", "pp3");
            assertThat(DraftFixture.paragraphIds(result.operative())).containsExactly("op2", "op3", "op4");
        }

        @Test
        void itemIdsAvoidGivenItemIds() {
            DraftDocument result = DocumentIds.assignMissing(document(List.of(),
                    List.of(p("op1", "*Requests*:", item(null, "(a)", "first;"), item("op1.1", "(b)", "second;"),
                            item(null, "(c)", "third.")))));

            assertThat(DraftFixture.ids(result)).containsExactly("op1", "op1.2", "op1.1", "op1.3");
        }

        @Test
        void itemsOfAParagraphWithANewIdAreNamedAfterIt() {
            DraftDocument result = DocumentIds.assignMissing(document(List.of(),
                    List.of(p("op1", "*Decides*;"), p(null, "*Requests*:", item(null, "(a)", "first;")))));

            assertThat(DraftFixture.ids(result)).containsExactly("op1", "op2", "op2.1");
        }

        @Test
        void anIdGivenInTheOtherSectionIsNotReused() {
            DraftDocument result = DocumentIds.assignMissing(document(List.of(p("op1", "Recalling,")),
                    List.of(p(null, "*Decides*;"))));

            assertThat(DraftFixture.ids(result)).containsExactly("op1", "op2");
        }

        @Test
        void anIdGivenToAnItemIsNotReusedForAParagraph() {
            DraftDocument result = DocumentIds.assignMissing(document(List.of(),
                    List.of(p("x", "*Requests*:", item("op2", "(a)", "first;")), p(null, "*Decides*;"))));

            assertThat(DraftFixture.ids(result)).containsExactly("x", "op2", "op3");
        }

        @Test
        void isIdempotent() {
            DraftDocument once = DocumentIds.assignMissing(document(
                    List.of(p(null, "Recalling,"), p("pp1", "Noting,")),
                    List.of(p(null, "*Requests*:", item(null, "(a)", "first;")))));

            assertThat(DocumentIds.assignMissing(once)).isEqualTo(once);
        }

        @Test
        void emptyDocument() {
            DraftDocument empty = document(List.of(), List.of());

            assertThat(DocumentIds.assignMissing(empty)).isEqualTo(empty);
        }

        @Test
        void duplicateParagraphIdsAreRejected() {
            assertThatThrownBy(() -> DocumentIds.assignMissing(document(List.of(p("pp1", "Recalling,"),
                    p("pp1", "Noting,")), List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id pp1 is used twice in the document");
        }

        @Test
        void duplicateIdsAcrossSectionsAreRejected() {
            assertThatThrownBy(() -> DocumentIds.assignMissing(document(List.of(p("a", "Recalling,")),
                    List.of(p("a", "*Decides*;")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id a is used twice in the document");
        }

        @Test
        void duplicateItemIdsAreRejected() {
            assertThatThrownBy(() -> DocumentIds.assignMissing(document(List.of(),
                    List.of(p("op1", "*Requests*:", item("op1.1", "(a)", "first;",
                            item("op1.1", "(i)", "nested;")))))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id op1.1 is used twice in the document");
        }

        @Test
        void blankIdsAreNotDuplicates() {
            DraftDocument result = DocumentIds.assignMissing(document(List.of(p("", "Recalling,"), p("", "Noting,")),
                    List.of()));

            assertThat(DraftFixture.ids(result)).containsExactly("pp1", "pp2");
        }

        private static List<Paragraph> strip(List<Paragraph> paragraphs) {
            return paragraphs.stream().map(p -> new Paragraph(null, p.text(), stripItems(p.items()))).toList();
        }

        private static List<Item> stripItems(List<Item> items) {
            return items.stream().map(i -> new Item(null, i.label(), i.text(), stripItems(i.items()))).toList();
        }
    }

    @Nested
    class HighestNumber {

        @Test
        void highestNumberAmongIdsWithThePrefix() {
            List<Paragraph> paragraphs = List.of(p("op1", "a"), p("op7", "b"), p("op3", "c"));

            assertThat(DocumentIds.highestNumber(paragraphs, "op")).isEqualTo(7);
        }

        @Test
        void zeroWhenNone() {
            assertThat(DocumentIds.highestNumber(List.of(), "pp")).isZero();
            assertThat(DocumentIds.highestNumber(List.of(p("op4", "a")), "pp")).isZero();
        }

        @Test
        void ignoresIdsOfAnotherForm() {
            List<Paragraph> paragraphs = new ArrayList<>(Arrays.asList(p("pp", "a"), p("ppx", "b"), p("pp2a", "c"),
                    p("pp2.1", "d"), p("pp-3", "e"), p("xpp9", "f"), p(null, "g"), p("pp4", "h")));

            assertThat(DocumentIds.highestNumber(paragraphs, "pp")).isEqualTo(4);
        }

        @Test
        void leadingZerosAreNumbers() {
            assertThat(DocumentIds.highestNumber(List.of(p("pp0012", "a"), p("pp3", "b")), "pp")).isEqualTo(12);
        }

        @Test
        void numbersTooLongForAnIntAreIgnored() {
            List<Paragraph> paragraphs = List.of(p("op99999999999", "a"), p("op2147483648", "b"), p("op5", "c"));

            assertThat(DocumentIds.highestNumber(paragraphs, "op")).isEqualTo(5);
        }

        @Test
        void nineDigitsAreCounted() {
            assertThat(DocumentIds.highestNumber(List.of(p("op999999999", "a")), "op")).isEqualTo(999_999_999);
        }

        @Test
        void itemsAreNotCounted() {
            List<Paragraph> paragraphs = List.of(p("op2", "a", item("op9", "(a)", "x")));

            assertThat(DocumentIds.highestNumber(paragraphs, "op")).isEqualTo(2);
        }

        @Test
        void prefixFollowsTheSection() {
            assertThat(DocumentIds.prefix(Section.PREAMBLE)).isEqualTo("pp");
            assertThat(DocumentIds.prefix(Section.OPERATIVE)).isEqualTo("op");
        }

        @Test
        void theNextIdAfterTheHighestIsFreshInTheFixture() {
            DraftDocument draft = DraftFixture.cybercrimeDraft();

            assertThat(DocumentIds.highestNumber(draft.preamble(), DocumentIds.PREAMBLE_PREFIX)).isEqualTo(3);
            assertThat(DocumentIds.highestNumber(draft.operative(), DocumentIds.OPERATIVE_PREFIX)).isEqualTo(6);
        }
    }
}
