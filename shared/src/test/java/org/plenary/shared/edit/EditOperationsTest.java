package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.OP2_2;
import static org.plenary.shared.edit.DraftFixture.OP4;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.ids;
import static org.plenary.shared.edit.DraftFixture.paragraphIds;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.un.AknWriter;
import org.plenary.shared.un.HtmlWriter;
import org.plenary.shared.un.UnTextReader;
import org.plenary.shared.un.UnTextWriter;

/** The edit kinds beyond words and whole paragraphs, worded as delegations table them. */
class EditOperationsTest {

    private final DraftDocument draft = cybercrimeDraft();

    private DraftDocument apply(EditOperation... operations) {
        DraftDocument result = DocumentEditor.apply(draft, List.of(operations));
        assertThat(draft).as("input unchanged").isEqualTo(cybercrimeDraft());
        return result;
    }

    private static List<String> labels(List<Item> items) {
        return items.stream().map(Item::label).toList();
    }

    @Nested
    class ReplaceParagraphs {

        @Test
        void paragraph4ShouldRead() {
            // A/789: "Paragraph 6 should read: 6. Decides that …"
            String text = "*Encourages* the Expert Group to develop concrete conclusions for submission to the Commission;";
            DraftDocument result = apply(new ReplaceParagraph("op4", text));

            assertThat(textOf(result, "op4")).isEqualTo(text);
            assertThat(paragraphIds(result.operative())).containsExactly("op1", "op2", "op3", "op4", "op5", "op6");
        }

        @Test
        void replacingAParagraphKeepsItsSubItems() {
            DraftDocument result = apply(new ReplaceParagraph("op2", "*Requests* the Office to collect information on:"));

            assertThat(result.operative().get(1).items()).isEqualTo(draft.operative().get(1).items());
        }

        @Test
        void replacingAnItemKeepsItsLabelAndNestedItems() {
            DraftDocument result = apply(new ReplaceParagraph("op2.3", "good practices, in particular:"));

            Item item = result.operative().get(1).items().get(2);
            assertThat(item.label()).isEqualTo("(c)");
            assertThat(item.text()).isEqualTo("good practices, in particular:");
            assertThat(item.items()).extracting(Item::id).containsExactly("op2.3.1", "op2.3.2");
        }

        @Test
        void otherParagraphsAreSharedNotCopied() {
            DraftDocument result = apply(new ReplaceParagraph("op4", "*Encourages* action;"));

            assertThat(result.operative().get(0)).isSameAs(draft.operative().get(0));
            assertThat(result.preamble()).isSameAs(draft.preamble());
        }
    }

    @Nested
    class MoveParagraphs {

        @Test
        void moveOperativeParagraph5ToFollowOperativeParagraph2() {
            DraftDocument result = apply(new MoveParagraph("op5", "op2"));

            assertThat(paragraphIds(result.operative())).containsExactly("op1", "op2", "op5", "op3", "op4", "op6");
            assertThat(DocumentView.of(result).operative().get(2).number()).isEqualTo(3);
            assertThat(textOf(result, "op5")).isEqualTo(textOf(draft, "op5"));
        }

        @Test
        void moveToTheTopOfTheSection() {
            DraftDocument result = apply(new MoveParagraph("pp3", null));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp3", "pp1", "pp2");
        }

        @Test
        void moveDownwardsAfterTheLastParagraph() {
            DraftDocument result = apply(new MoveParagraph("op1", "op6"));

            assertThat(paragraphIds(result.operative())).containsExactly("op2", "op3", "op4", "op5", "op6", "op1");
        }

        @Test
        void aParagraphMovesWithItsItems() {
            DraftDocument result = apply(new MoveParagraph("op2", "op4"));

            assertThat(result.operative().get(3).id()).isEqualTo("op2");
            assertThat(result.operative().get(3).items()).isEqualTo(draft.operative().get(1).items());
        }

        @Test
        void movingAnItemRelabelsItsList() {
            DraftDocument result = apply(new MoveParagraph("op2.3", null));

            List<Item> items = result.operative().get(1).items();
            assertThat(items).extracting(Item::id).containsExactly("op2.3", "op2.1", "op2.2");
            assertThat(labels(items)).containsExactly("(a)", "(b)", "(c)");
            assertThat(items.get(0).items()).extracting(Item::label).containsExactly("(i)", "(ii)");
        }

        @Test
        void aMoveThatChangesNothingIsHarmless() {
            // After an accepted amendment a pending move may already be fulfilled; it must still apply.
            assertThat(apply(new MoveParagraph("op3", "op2"))).isEqualTo(draft);
        }

        @Test
        void anInsertAfterAMovedParagraphFollowsIt() {
            DraftDocument result = apply(new MoveParagraph("op5", "op1"),
                    new InsertParagraph(Section.OPERATIVE, "op5", "*Urges* States to act;", "op7"));

            assertThat(paragraphIds(result.operative())).containsExactly("op1", "op5", "op7", "op2", "op3", "op4", "op6");
        }

        @Test
        void movesApplyInTheOrderGiven() {
            DraftDocument result = apply(new MoveParagraph("op6", null), new MoveParagraph("op5", "op6"));

            assertThat(paragraphIds(result.operative())).containsExactly("op6", "op5", "op1", "op2", "op3", "op4");
        }
    }

    @Nested
    class InsertItems {

        @Test
        void afterSubparagraph2bInsertANewSubparagraph() {
            DraftDocument result = apply(new InsertItem("op2", "op2.2", "trends in cybercrime;", "op2.4"));

            List<Item> items = result.operative().get(1).items();
            assertThat(items).extracting(Item::id).containsExactly("op2.1", "op2.2", "op2.4", "op2.3");
            assertThat(labels(items)).containsExactly("(a)", "(b)", "(c)", "(d)");
            assertThat(items.get(2)).isEqualTo(new Item("op2.4", "(c)", "trends in cybercrime;", List.of()));
        }

        @Test
        void firstItemOfAParagraphWithoutItemsIsA() {
            DraftDocument result = apply(new InsertItem("op4", null, "to meet twice a year;", "op4.1"));

            assertThat(result.operative().get(3).items()).containsExactly(new Item("op4.1", "(a)", "to meet twice a year;", List.of()));
        }

        @Test
        void itemsUnderALetteredItemAreRomanAndBulletsStayBullets() {
            DraftDocument result = apply(new InsertItem("op2.1", null, "on mobile networks;", "op2.1.1"),
                    new InsertItem("op2.3", "op2.3.2", "in prevention;", "op2.3.3"),
                    new InsertItem("op3", null, "Chapter 2: Connectivity", "op3.3"));

            assertThat(result.operative().get(1).items().get(0).items()).extracting(Item::label).containsExactly("(i)");
            assertThat(labels(result.operative().get(1).items().get(2).items())).containsExactly("(i)", "(ii)", "(iii)");
            assertThat(labels(result.operative().get(2).items())).containsExactly("-", "-", "-");
            assertThat(result.operative().get(2).items().get(0).id()).isEqualTo("op3.3");
        }

        @Test
        void itemsOfAParagraphInsertedByTheSameAmendment() {
            DraftDocument result = apply(new InsertParagraph(Section.OPERATIVE, "op6", "*Decides* to:", "op7"),
                    new InsertItem("op7", null, "meet;", "op7.1"),
                    new InsertItem("op7", null, "report;", "op7.2"),
                    new InsertItem("op7.2", null, "in writing;", "op7.2.1"));

            Paragraph added = result.operative().get(6);
            assertThat(added.items()).extracting(Item::id).containsExactly("op7.1", "op7.2");
            assertThat(labels(added.items())).containsExactly("(a)", "(b)");
            assertThat(added.items().get(1).items()).containsExactly(new Item("op7.2.1", "(i)", "in writing;", List.of()));
        }

        @Test
        void deletingAnItemRelabelsTheRest() {
            // A/789: "Delete paragraph 2(a)": (b) and (c) become (a) and (b)
            DraftDocument result = apply(new DeleteParagraph("op2.1"));

            assertThat(result.operative().get(1).items()).extracting(Item::id).containsExactly("op2.2", "op2.3");
            assertThat(labels(result.operative().get(1).items())).containsExactly("(a)", "(b)");
        }

        @Test
        void aListStartingAtCKeepsStartingAtC() {
            DraftDocument shifted = draft.withSection(Section.PREAMBLE, List.of(new Paragraph("pp1", "Recalling:",
                    List.of(new Item("pp1.1", "(c)", "one;", List.of()), new Item("pp1.2", "(d)", "two;", List.of())))));
            DraftDocument result = DocumentEditor.apply(shifted, List.of(new DeleteParagraph("pp1.1")));

            assertThat(labels(result.preamble().get(0).items())).containsExactly("(c)");
        }

        @Test
        void anIrregularListKeepsItsLabels() {
            DraftDocument odd = draft.withSection(Section.PREAMBLE, List.of(new Paragraph("pp1", "Recalling:",
                    List.of(new Item("pp1.1", "(a)", "one;", List.of()), new Item("pp1.2", "(c)", "two;", List.of())))));
            DraftDocument result = DocumentEditor.apply(odd, List.of(new InsertItem("pp1", "pp1.2", "three;", "pp1.3"),
                    new DeleteParagraph("pp1.1")));

            assertThat(labels(result.preamble().get(0).items())).containsExactly("(c)", "(d)");
        }
    }

    @Nested
    class TitleAndFootnotes {

        @Test
        void replaceTheTitle() {
            DraftDocument result = apply(new ReplaceTitle("Countering the use of information technologies for criminal purposes"));

            assertThat(result.title()).isEqualTo("Countering the use of information technologies for criminal purposes");
            assertThat(result.operative()).isSameAs(draft.operative());
        }

        @Test
        void replaceAFootnote() {
            DraftDocument result = apply(new ReplaceFootnote("1", "General Assembly resolution [65/230](#), annex, para. 42."));

            assertThat(result.footnotes()).containsExactly(
                    new Footnote("1", "General Assembly resolution [65/230](#), annex, para. 42."));
        }

        @Test
        void wordsAndTheAssociatedFootnoteShouldBeDeleted() {
            // A/61/PV.79: the words "…" and the associated footnote should be deleted
            String words = "in implementing the Salvador Declaration;¹";
            int start = OP2_2.indexOf(words) - 1;
            DraftDocument result = apply(new ReplaceText("op2.2", start, OP2_2.length(), ";"));

            assertThat(textOf(result, "op2.2")).isEqualTo("progress made;");
            assertThat(result.footnotes()).isEmpty();
        }

        @Test
        void deletingTheItemThatCallsTheNoteDeletesTheNote() {
            assertThat(apply(new DeleteParagraph("op2.2")).footnotes()).isEmpty();
            assertThat(apply(new DeleteParagraph("op2")).footnotes()).isEmpty();
            assertThat(apply(new ReplaceParagraph("op2.2", "progress made;")).footnotes()).isEmpty();
        }

        @Test
        void aNoteCalledTwiceStaysWhileACallRemains() {
            DraftDocument twice = DocumentEditor.apply(draft, List.of(new ReplaceText("op4", OP4.length() - 1,
                    OP4.length() - 1, "¹")));
            DraftDocument result = DocumentEditor.apply(twice, List.of(new DeleteParagraph("op2.2")));

            assertThat(result.footnotes()).hasSize(1);
            assertThat(DocumentEditor.apply(result, List.of(new DeleteParagraph("op4"))).footnotes()).isEmpty();
        }

        @Test
        void markersAreNotRenumberedAndTheTextReadsBackTheSame() {
            DraftDocument three = new DraftDocument(draft.header(), draft.kind(), draft.symbol(), draft.sponsors(),
                    null, null, draft.title(), draft.subject(), draft.preamble(), List.of(
                    new Paragraph("op1", "*Recalls* resolution 65/230;¹"),
                    new Paragraph("op2", "*Notes* the report;² *welcomes* the study;³"),
                    new Paragraph("op3", "*Decides* to remain seized of the matter.")),
                    List.of(new Footnote("1", "A/RES/65/230."), new Footnote("2", "A/76/479."),
                            new Footnote("3", "UNODC/CCPCJ/EG.4/2017/4.")), List.of());
            String op2 = "*Notes* the report;² *welcomes* the study;³";
            int start = op2.indexOf(" *welcomes*");
            DraftDocument result = DocumentEditor.apply(three, List.of(new ReplaceText("op2", start, op2.length(), "")));

            assertThat(result.footnotes()).extracting(Footnote::marker).containsExactly("1", "2");
            DraftDocument reread = UnTextReader.read(UnTextWriter.write(result));
            assertThat(reread.footnotes()).isEqualTo(result.footnotes());
            assertThat(reread.operative()).isEqualTo(result.operative());

            DraftDocument middle = DocumentEditor.apply(three, List.of(new ReplaceText("op2", op2.indexOf("²"),
                    op2.indexOf("²") + 1, "")));
            assertThat(middle.footnotes()).extracting(Footnote::marker).containsExactly("1", "3");
            DraftDocument rereadMiddle = UnTextReader.read(UnTextWriter.write(middle));
            assertThat(rereadMiddle.footnotes()).isEqualTo(middle.footnotes());
            assertThat(rereadMiddle.operative()).isEqualTo(middle.operative());
            // the HTML and Akoma Ntoso exports link the calls left to their notes and mention no deleted note
            assertThat(HtmlWriter.fragment(middle)).contains("id=\"fn1\"", "id=\"fn3\"").doesNotContain("fn2");
            assertThat(AknWriter.write(middle, "d1", LocalDate.of(2017, 5, 23)))
                    .contains("authorialNote marker=\"1\"", "authorialNote marker=\"3\"").doesNotContain("marker=\"2\"");
        }

        @Test
        void aNoteCalledOnlyFromADeletedNoteGoesToo() {
            DraftDocument chained = draft.withFootnotes(List.of(new Footnote("1", "See also note².")
                    , new Footnote("2", "A/76/479.")));
            DraftDocument result = DocumentEditor.apply(chained, List.of(new DeleteParagraph("op2.2")));

            assertThat(result.footnotes()).isEmpty();
        }
    }

    @Test
    void idsAndTextsOfUntouchedNodesSurviveEveryKindAtOnce() {
        DraftDocument result = apply(new ReplaceParagraph("op4", "*Encourages* action;"),
                new MoveParagraph("op6", "op1"),
                new InsertItem("op2", null, "first things;", "op2.4"),
                new ReplaceTitle("Cybercrime"),
                deleteWords(draft, "op1", "grave"),
                substitute(draft, "pp2", "Council", "Human Rights Council"),
                new DeleteParagraph("op3.1"));

        assertThat(ids(result)).containsExactly("pp1", "pp2", "pp3", "op1", "op6", "op2", "op2.4", "op2.1", "op2.2",
                "op2.3", "op2.3.1", "op2.3.2", "op3", "op3.2", "op4", "op5");
        assertThat(result.title()).isEqualTo("Cybercrime");
        assertThat(textOf(result, "op1")).startsWith("*Expresses* its concern");
    }
}
