package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.plenary.shared.edit.DraftFixture.OP1;
import static org.plenary.shared.edit.DraftFixture.OP2_3;
import static org.plenary.shared.edit.DraftFixture.OP3;
import static org.plenary.shared.edit.DraftFixture.OP6;
import static org.plenary.shared.edit.DraftFixture.PP1;
import static org.plenary.shared.edit.DraftFixture.PP3;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.ids;
import static org.plenary.shared.edit.DraftFixture.insertAfterWords;
import static org.plenary.shared.edit.DraftFixture.paragraphIds;
import static org.plenary.shared.edit.DraftFixture.replaceRestAfter;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.document.DocumentView.NumberedParagraph;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Section;

/** Amendments worded as in real UN documents, applied to a small draft, with the resulting text checked exactly. */
class DocumentEditorTest {

    private final DraftDocument draft = cybercrimeDraft();

    private DraftDocument apply(EditOperation... operations) {
        DraftDocument result = DocumentEditor.apply(draft, List.of(operations));
        assertThat(draft).as("input unchanged").isEqualTo(cybercrimeDraft());
        return result;
    }

    private static List<Integer> numbers(DraftDocument document) {
        return DocumentView.of(document).operative().stream().map(NumberedParagraph::number).toList();
    }

    private static List<String> numberedIds(DraftDocument document) {
        return DocumentView.of(document).operative().stream().map(NumberedParagraph::id).toList();
    }

    @Nested
    class PreambularParagraphs {

        @Test
        void afterTheWordCouncilDeleteTheWordsToContinueAnd() {
            // A/HRC/S-4/L.3: In the second preambular paragraph, after the word "Council" delete the words
            // "to continue and";
            DraftDocument result = apply(deleteWords(draft, "pp2", "to continue and"));

            assertThat(textOf(result, "pp2")).isEqualTo("Welcoming the decision of the Council to dispatch a "
                    + "high-level mission to assess the human rights situation in Darfur,");
            assertThat(result.operative()).isEqualTo(draft.operative());
            assertThat(result.preamble().get(0)).isEqualTo(draft.preamble().get(0));
            assertThat(result.preamble().get(2)).isEqualTo(draft.preamble().get(2));
        }

        @Test
        void deletingTheWordsIsAReplacementByNothingAtTheOffsetsOfTheBaseText() {
            ReplaceText op = deleteWords(draft, "pp2", "to continue and");

            assertThat(op).isEqualTo(new ReplaceText("pp2", 37, 53, ""));
            assertThat(textOf(apply(op), "pp2")).startsWith("Welcoming the decision of the Council to dispatch");
        }

        @Test
        void afterTheFirstPreambularParagraphInsertTheFollowingParagraph() {
            // A/HRC/S-4/L.3: After the first preambular paragraph insert the following paragraph: Recalling
            // Human Rights Council decision 2/115 of 28 November 2006 on Darfur,
            String inserted = "Recalling Human Rights Council decision 2/115 of 28 November 2006 on Darfur,";
            DraftDocument result = apply(new InsertParagraph(Section.PREAMBLE, "pp1", inserted, "pp4"));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp1", "pp4", "pp2", "pp3");
            assertThat(result.preamble().get(1).text()).isEqualTo(inserted);
            assertThat(result.preamble().get(1).items()).isEmpty();
            assertThat(result.operative()).isEqualTo(draft.operative());
        }

        @Test
        void insertWithoutAnchorGoesFirst() {
            String inserted = "Bearing in mind the Charter of the United Nations,";
            DraftDocument result = apply(new InsertParagraph(Section.PREAMBLE, null, inserted, "pp4"));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp4", "pp1", "pp2", "pp3");
        }

        @Test
        void insertAfterTheLastPreambularParagraphGoesBeforeTheOperativePart() {
            DraftDocument result = apply(new InsertParagraph(Section.PREAMBLE, "pp3",
                    "Noting with appreciation the report of the Secretary-General,", "pp4"));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp1", "pp2", "pp3", "pp4");
            assertThat(result.operative()).isEqualTo(draft.operative());
        }

        @Test
        void replacementKeepsReferencesAndMarkup() {
            // "In the first preambular paragraph, replace "of 21 December 2010" by "and [70/174](#)""
            DraftDocument result = apply(substitute(draft, "pp1", "of 21 December 2010",
                    "and [70/174](#) of 17 December 2015"));

            assertThat(textOf(result, "pp1"))
                    .isEqualTo("Recalling General Assembly resolution [65/230](#) and [70/174](#) of 17 December 2015,");
        }
    }

    @Nested
    class OperativeParagraphs {

        @Test
        void beforeTheWordConcernDeleteTheWordGrave() {
            // A/HRC/S-4/L.3: In paragraph 1, before the word "concern" delete the word "grave"
            DraftDocument result = apply(deleteWords(draft, "op1", "grave"));

            assertThat(textOf(result, "op1")).isEqualTo("*Expresses* its concern regarding the seriousness of the "
                    + "ongoing violations of human rights in Darfur, including attacks on the civilian population;");
        }

        @Test
        void twoChangesInOneParagraphBothReferToTheBaseText() {
            // A/HRC/S-4/L.3: In paragraph 1, before the word "concern" delete the word "grave", and after the word
            // "Darfur" replace the existing text by the following: "…";
            ReplaceText grave = deleteWords(draft, "op1", "grave");
            ReplaceText rest = replaceRestAfter(draft, "op1", "Darfur",
                    ", and calls upon all parties to put an immediate end to them;");
            String expected = "*Expresses* its concern regarding the seriousness of the ongoing violations of human "
                    + "rights in Darfur, and calls upon all parties to put an immediate end to them;";

            assertThat(textOf(apply(grave, rest), "op1")).isEqualTo(expected);
            assertThat(textOf(apply(rest, grave), "op1")).as("order of operations").isEqualTo(expected);
        }

        @Test
        void substituteTheWordWithForThroughInParagraph5() {
            // A/789: Substitute the word "with" for "through" in paragraph 5
            DraftDocument result = apply(substitute(draft, "op5", "through", "with"));

            assertThat(textOf(result, "op5")).isEqualTo("*Invites* Member States and other donors to work with the "
                    + "United Nations Office on Drugs and Crime in providing technical assistance;");
        }

        @Test
        void paragraphShouldReadReplacesTheWholeText() {
            // "Paragraph 6 should read: 6. *Requests* …"
            String reads = "*Requests* the Expert Group to report to the Commission at its twenty-seventh session.";
            DraftDocument result = apply(new ReplaceText("op6", 0, OP6.length(), reads));

            assertThat(textOf(result, "op6")).isEqualTo(reads);
        }

        @Test
        void insertionOfWordsIsAnEmptyRange() {
            DraftDocument result = apply(insertAfterWords(draft, "op4", "recommendations", "on cybercrime"));

            assertThat(textOf(result, "op4")).isEqualTo("*Encourages* the Expert Group to develop possible "
                    + "conclusions and recommendations on cybercrime for submission to the Commission;");
        }

        @Test
        void insertionAtTheEndOfAReplacedRangeIsAllowed() {
            int concern = OP1.indexOf("concern");
            DraftDocument result = apply(
                    new ReplaceText("op1", concern, concern + "concern".length(), "alarm"),
                    new ReplaceText("op1", concern + "concern".length(), concern + "concern".length(), " and dismay"));

            assertThat(textOf(result, "op1")).startsWith("*Expresses* its grave alarm and dismay regarding");
        }

        @Test
        void replacementsInDifferentParagraphsAreIndependent() {
            DraftDocument result = apply(deleteWords(draft, "op1", "grave"), substitute(draft, "op5", "through", "with"),
                    deleteWords(draft, "pp2", "to continue and"));

            assertThat(textOf(result, "op1")).startsWith("*Expresses* its concern");
            assertThat(textOf(result, "op5")).contains("to work with the United Nations");
            assertThat(textOf(result, "pp2")).contains("Council to dispatch");
            assertThat(textOf(result, "op3")).isEqualTo(OP3);
        }

        @Test
        void afterParagraph2InsertTheFollowingParagraphRenumbersTheRest() {
            // A/HRC/S-4/L.3: After paragraph 2, insert the following paragraph: Calls upon …
            String callsUpon = "*Calls upon* all parties to the conflict to cooperate fully with the mission;";
            DraftDocument result = apply(new InsertParagraph(Section.OPERATIVE, "op2", callsUpon, "op7"));

            List<NumberedParagraph> view = DocumentView.of(result).operative();
            assertThat(numberedIds(result)).containsExactly("op1", "op2", "op7", "op3", "op4", "op5", "op6");
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(view.get(2).text()).isEqualTo(callsUpon);
            assertThat(view.get(3).text()).isEqualTo(OP3);
            assertThat(view.get(3).items()).isEqualTo(draft.operative().get(2).items());
        }

        @Test
        void deleteOperativeParagraphAndRenumberAllSubsequentParagraphs() {
            // A/61/PV.79: … delete operative paragraph 4 … renumber all subsequent paragraphs.
            DraftDocument result = apply(new DeleteParagraph("op4"));

            assertThat(numberedIds(result)).containsExactly("op1", "op2", "op3", "op5", "op6");
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5);
            assertThat(DocumentView.of(result).operative().get(4).text()).isEqualTo(OP6);
        }

        @Test
        void wordsAndTheAssociatedFootnoteCallAreDeleted() {
            // A/61/PV.79: the words "…" and the associated footnote should be deleted
            ReplaceText words = deleteWords(draft, "op2.2", "in implementing the Salvador Declaration");
            ReplaceText call = substitute(draft, "op2.2", "¹", "");
            DraftDocument result = apply(call, words);

            assertThat(textOf(result, "op2.2")).isEqualTo("progress made;");
        }

        @Test
        void deleteAndInsertInOneAmendment() {
            DraftDocument result = apply(new DeleteParagraph("op4"),
                    new InsertParagraph(Section.OPERATIVE, "op3", "*Urges* Member States to share information;", "op7"));

            assertThat(numberedIds(result)).containsExactly("op1", "op2", "op3", "op7", "op5", "op6");
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5, 6);
        }

        @Test
        void insertAfterAParagraphWhoseTextChangesInTheSameAmendment() {
            DraftDocument result = apply(deleteWords(draft, "op1", "grave"),
                    new InsertParagraph(Section.OPERATIVE, "op1", "*Condemns* all attacks on civilians;", "op7"));

            assertThat(numberedIds(result)).startsWith("op1", "op7", "op2");
            assertThat(textOf(result, "op1")).startsWith("*Expresses* its concern");
        }

        @Test
        void insertAfterTheLastOperativeParagraph() {
            DraftDocument result = apply(new InsertParagraph(Section.OPERATIVE, "op6",
                    "*Decides* to remain seized of the matter.", "op7"));

            assertThat(numberedIds(result)).endsWith("op6", "op7");
            assertThat(numbers(result)).endsWith(6, 7);
        }
    }

    @Nested
    class SeveralInserts {

        @Test
        void insertsAfterTheSameParagraphKeepTheirOrder() {
            DraftDocument result = apply(
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Calls upon* all parties to cooperate;", "op7"),
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* Member States to share information;", "op8"),
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Invites* donors to contribute;", "op9"));

            assertThat(numberedIds(result)).containsExactly("op1", "op2", "op7", "op8", "op9", "op3", "op4", "op5",
                    "op6");
        }

        @Test
        void insertsAtTheTopKeepTheirOrder() {
            DraftDocument result = apply(
                    new InsertParagraph(Section.PREAMBLE, null, "Guided by the Charter of the United Nations,", "pp4"),
                    new InsertParagraph(Section.PREAMBLE, null, "Reaffirming its resolution 22/7,", "pp5"));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp4", "pp5", "pp1", "pp2", "pp3");
        }

        @Test
        void interleavedInsertsAfterDifferentAnchors() {
            DraftDocument result = apply(
                    new InsertParagraph(Section.OPERATIVE, "op3", "*Notes* the study;", "op7"),
                    new InsertParagraph(Section.OPERATIVE, "op1", "*Condemns* all attacks;", "op8"),
                    new InsertParagraph(Section.PREAMBLE, "pp1", "Recalling also its resolution 22/8,", "pp4"),
                    new InsertParagraph(Section.OPERATIVE, "op3", "*Takes note* of the report;", "op9"),
                    new InsertParagraph(Section.OPERATIVE, null, "*Welcomes* the report;", "op10"));

            assertThat(numberedIds(result)).containsExactly("op10", "op1", "op8", "op2", "op3", "op7", "op9", "op4",
                    "op5", "op6");
            assertThat(paragraphIds(result.preamble())).containsExactly("pp1", "pp4", "pp2", "pp3");
        }

        @Test
        void insertsInTheSameSectionWithTheSameAnchorIdButAnotherSectionDoNotMix() {
            // the anchor "null" means "first" in each section separately
            DraftDocument result = apply(
                    new InsertParagraph(Section.PREAMBLE, null, "Guided by the Charter,", "pp4"),
                    new InsertParagraph(Section.OPERATIVE, null, "*Welcomes* the report;", "op7"),
                    new InsertParagraph(Section.PREAMBLE, null, "Reaffirming its resolution 22/7,", "pp5"));

            assertThat(paragraphIds(result.preamble())).containsExactly("pp4", "pp5", "pp1", "pp2", "pp3");
            assertThat(numberedIds(result)).startsWith("op7", "op1");
        }
    }

    @Nested
    class Items {

        @Test
        void replaceTextInAnItem() {
            DraftDocument result = apply(insertAfterWords(draft, "op2.1", "information", "and communications"));

            assertThat(textOf(result, "op2.1"))
                    .isEqualTo("new developments in the use of information and communications technologies for "
                            + "criminal purposes;");
            Item a = result.operative().get(1).items().get(0);
            assertThat(a.id()).isEqualTo("op2.1");
            assertThat(a.label()).isEqualTo("(a)");
            assertThat(textOf(result, "op2")).isEqualTo(textOf(draft, "op2"));
            assertThat(result.operative().get(1).items().subList(1, 3))
                    .isEqualTo(draft.operative().get(1).items().subList(1, 3));
        }

        @Test
        void replaceTextInANestedItem() {
            DraftDocument result = apply(substitute(draft, "op2.3.2", "international cooperation",
                    "formal and informal international cooperation"));

            assertThat(textOf(result, "op2.3.2")).isEqualTo("in formal and informal international cooperation;");
            assertThat(textOf(result, "op2.3")).isEqualTo(OP2_3);
            assertThat(ids(result)).isEqualTo(ids(draft));
        }

        @Test
        void replaceTextInABullet() {
            DraftDocument result = apply(substitute(draft, "op3.2", "Criminalization",
                    "Criminalization and procedural law"));

            assertThat(textOf(result, "op3.2")).isEqualTo("Chapter 4: Criminalization and procedural law");
            assertThat(result.operative().get(2).items().get(1).label()).isEqualTo("-");
        }

        @Test
        void deleteParagraph2c() {
            // A/789: Delete paragraph 2(c).
            DraftDocument result = apply(new DeleteParagraph("op2.3"));

            assertThat(result.operative().get(1).items()).extracting(Item::id).containsExactly("op2.1", "op2.2");
            assertThat(ids(result)).doesNotContain("op2.3", "op2.3.1", "op2.3.2");
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5, 6);
        }

        @Test
        void deleteANestedItemKeepsItsParentAndSibling() {
            DraftDocument result = apply(new DeleteParagraph("op2.3.1"));

            Item c = result.operative().get(1).items().get(2);
            assertThat(c.id()).isEqualTo("op2.3");
            assertThat(c.text()).isEqualTo(OP2_3);
            assertThat(c.items()).extracting(Item::id).containsExactly("op2.3.2");
        }

        @Test
        void deleteABullet() {
            DraftDocument result = apply(new DeleteParagraph("op3.1"));

            assertThat(result.operative().get(2).items()).extracting(Item::text).containsExactly("Chapter 4: Criminalization");
        }

        @Test
        void deleteAParagraphWithItemsRemovesThemAll() {
            DraftDocument result = apply(new DeleteParagraph("op2"));

            assertThat(ids(result)).containsExactly("pp1", "pp2", "pp3", "op1", "op3", "op3.1", "op3.2", "op4", "op5",
                    "op6");
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5);
        }

        @Test
        void changeTheChapeauAndDeleteOneOfItsItems() {
            // the chapeau's text survives although one of its items goes
            DraftDocument result = apply(substitute(draft, "op2", "periodically ", ""), new DeleteParagraph("op2.1"));

            assertThat(textOf(result, "op2")).isEqualTo("*Requests* the United Nations Office on Drugs and Crime to "
                    + "collect information on:");
            assertThat(result.operative().get(1).items()).extracting(Item::id).containsExactly("op2.2", "op2.3");
        }

        @Test
        void changesInAParagraphAndInItsItemsApplyTogether() {
            DraftDocument result = apply(substitute(draft, "op2", "periodically ", ""),
                    substitute(draft, "op2.1", "information technologies", "information and communications technologies"),
                    substitute(draft, "op2.3.1", "cybercrime", "cybercrime and related offences"));

            assertThat(textOf(result, "op2")).doesNotContain("periodically");
            assertThat(textOf(result, "op2.1")).contains("information and communications technologies");
            assertThat(textOf(result, "op2.3.1")).isEqualTo("in the investigation of cybercrime and related offences;");
        }
    }

    @Nested
    class WholeAmendments {

        @Test
        void theAmendmentsOfAHrcS4L3AsOneAmendment() {
            List<EditOperation> ops = new ArrayList<>(List.of(
                    deleteWords(draft, "pp2", "to continue and"),
                    new InsertParagraph(Section.PREAMBLE, "pp1",
                            "Recalling Human Rights Council decision 2/115 of 28 November 2006 on Darfur,", "pp4"),
                    deleteWords(draft, "op1", "grave"),
                    replaceRestAfter(draft, "op1", "Darfur", ", and calls upon all parties to put an end to them;"),
                    new InsertParagraph(Section.OPERATIVE, "op2",
                            "*Calls upon* all parties to the conflict to cooperate fully with the mission;", "op7")));
            DraftDocument result = DocumentEditor.apply(draft, ops);

            assertThat(DraftFixture.nodes(result)).extracting(DraftFixture.Node::text).containsExactly(
                    PP1,
                    "Recalling Human Rights Council decision 2/115 of 28 November 2006 on Darfur,",
                    "Welcoming the decision of the Council to dispatch a high-level mission to assess the human rights "
                            + "situation in Darfur,",
                    PP3,
                    "*Expresses* its concern regarding the seriousness of the ongoing violations of human rights in "
                            + "Darfur, and calls upon all parties to put an end to them;",
                    DraftFixture.OP2, DraftFixture.OP2_1, DraftFixture.OP2_2, OP2_3, DraftFixture.OP2_3_1,
                    DraftFixture.OP2_3_2,
                    "*Calls upon* all parties to the conflict to cooperate fully with the mission;",
                    OP3, DraftFixture.OP3_1, DraftFixture.OP3_2, DraftFixture.OP4, DraftFixture.OP5, OP6);
            assertThat(numbers(result)).containsExactly(1, 2, 3, 4, 5, 6, 7);

            Collections.reverse(ops);
            assertThat(DocumentEditor.apply(draft, ops)).as("reversed order").isEqualTo(result);
        }

        @Test
        void everythingOutsideTheParagraphsIsKept() {
            DraftDocument result = apply(new DeleteParagraph("op6"), deleteWords(draft, "op1", "grave"));

            assertThat(result.header()).isEqualTo(draft.header());
            assertThat(result.symbol()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
            assertThat(result.kind()).isEqualTo(draft.kind());
            assertThat(result.sponsors()).isEqualTo(draft.sponsors());
            assertThat(result.title()).isEqualTo(draft.title());
            assertThat(result.subject()).isEqualTo(draft.subject());
            assertThat(result.footnotes()).isEqualTo(draft.footnotes());
            assertThat(result.closing()).isEqualTo(draft.closing());
        }

        @Test
        void validateAcceptsWhatApplyApplies() {
            assertThatCode(() -> DocumentEditor.validate(draft, List.of(new DeleteParagraph("op2.3"),
                    substitute(draft, "op5", "through", "with"),
                    new InsertParagraph(Section.OPERATIVE, "op5", "*Decides* to remain seized of the matter.", "op7"))))
                    .doesNotThrowAnyException();
            assertThat(draft).isEqualTo(cybercrimeDraft());
        }

        @Test
        void theResultCanBeAmendedAgain() {
            DraftDocument first = apply(new InsertParagraph(Section.OPERATIVE, "op2", "*Calls upon* all parties;", "op7"));
            DraftDocument second = DocumentEditor.apply(first, List.of(
                    substitute(first, "op7", "all parties", "all parties to the conflict"),
                    new DeleteParagraph("op2")));

            assertThat(numberedIds(second)).containsExactly("op1", "op7", "op3", "op4", "op5", "op6");
            assertThat(textOf(second, "op7")).isEqualTo("*Calls upon* all parties to the conflict;");
        }
    }
}
