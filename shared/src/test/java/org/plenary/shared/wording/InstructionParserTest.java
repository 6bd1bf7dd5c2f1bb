package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.shared.document.Section.OPERATIVE;
import static org.plenary.shared.document.Section.PREAMBLE;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.wording.PrintedOperation.DeleteParagraph;
import org.plenary.shared.wording.PrintedOperation.InsertItem;
import org.plenary.shared.wording.PrintedOperation.InsertParagraph;
import org.plenary.shared.wording.PrintedOperation.InsertWords;
import org.plenary.shared.wording.PrintedOperation.MoveParagraph;
import org.plenary.shared.wording.PrintedOperation.NewItem;
import org.plenary.shared.wording.PrintedOperation.ReplaceFootnote;
import org.plenary.shared.wording.PrintedOperation.ReplaceParagraph;
import org.plenary.shared.wording.PrintedOperation.ReplaceTitle;
import org.plenary.shared.wording.PrintedOperation.ReplaceWords;

/** Instructions as delegations word them (verbatim from UN documents where marked), read into printed edits. */
class InstructionParserTest {

    private static List<PrintedOperation> parse(String instruction) {
        return InstructionParser.parse(instruction);
    }

    private static ReplaceWords words(org.plenary.shared.document.Section s, int n, String find, String text,
            String after, String before) {
        return new ReplaceWords(s, n, null, find, text, after, before, null);
    }

    @Nested
    class VerbatimFromUnDocuments {

        @Test
        void aHrcS4L3SecondPreambularParagraph() {
            // A/HRC/S-4/L.3
            assertThat(parse("In the second preambular paragraph, after the word \"Council\" delete the words "
                    + "\"to continue and\";"))
                    .containsExactly(words(PREAMBLE, 2, "to continue and", "", "Council", null));
        }

        @Test
        void aHrcS4L3InsertAfterTheFirstPreambularParagraph() {
            assertThat(parse("After the first preambular paragraph insert the following paragraph: Recalling Human "
                    + "Rights Council decision 2/115 of 28 November 2006 on Darfur,"))
                    .containsExactly(new InsertParagraph(PREAMBLE, 1, "Recalling Human Rights Council decision 2/115 "
                            + "of 28 November 2006 on Darfur,", List.of()));
        }

        @Test
        void aHrcS4L3SeveralEditsInParagraph1() {
            assertThat(parse("In paragraph 1, before the word \"concern\" delete the word \"grave\", and after the "
                    + "word \"Darfur\" replace the existing text by the following: \", including attacks on civilians;\";"))
                    .containsExactly(words(OPERATIVE, 1, "grave", "", null, "concern"),
                            words(OPERATIVE, 1, null, ", including attacks on civilians;", "Darfur", null));
        }

        @Test
        void aHrcS4L3AfterParagraph2() {
            assertThat(parse("After paragraph 2, insert the following paragraph: Calls upon all parties to respect "
                    + "international humanitarian law;"))
                    .containsExactly(new InsertParagraph(OPERATIVE, 2, "Calls upon all parties to respect international "
                            + "humanitarian law;", List.of()));
        }

        @Test
        void a789DeleteParagraph2c() {
            assertThat(parse("Delete paragraph 2(c).")).containsExactly(new DeleteParagraph(OPERATIVE, 2, "c"));
        }

        @Test
        void a789SubstituteTheWordWithForThrough() {
            assertThat(parse("Substitute the word \"with\" for \"through\" in paragraph 5 so that the paragraph will "
                    + "read: \"5. Invites Member States to work with the Office;\""))
                    .containsExactly(words(OPERATIVE, 5, "through", "with", null, null));
        }

        @Test
        void a61Pv79WordsAndTheAssociatedFootnote() {
            assertThat(parse("In operative paragraph 12, the words \"and 598 (XXX) of 2 July 2004\" and the associated "
                    + "footnote should be deleted"))
                    .containsExactly(words(OPERATIVE, 12, "and 598 (XXX) of 2 July 2004", "", null, null));
        }

        @Test
        void a61Pv79DeleteAndRenumber() {
            assertThat(parse("Delete operative paragraph 13 and renumber all subsequent paragraphs."))
                    .containsExactly(new DeleteParagraph(OPERATIVE, 13, null));
        }

        @Test
        void paragraph6ShouldRead() {
            assertThat(parse("Paragraph 6 should read: 6. *Decides* that the Expert Group shall meet annually;"))
                    .containsExactly(new ReplaceParagraph(OPERATIVE, 6, null, "*Decides* that the Expert Group shall "
                            + "meet annually;"));
        }

        @Test
        void deleteInParagraph10TheFollowingWords() {
            assertThat(parse("Delete in paragraph 10 the following words: \"in close consultation\""))
                    .containsExactly(words(OPERATIVE, 10, "in close consultation", "", null, null));
        }

        @Test
        void aRangeOfPreambularParagraphsSubstitutedTherefor() {
            assertThat(parse("Delete the first, second, third and fourth paragraphs of the preamble and substitute "
                    + "therefor the following: \"Recalling its resolution 65/230,\""))
                    .containsExactly(new DeleteParagraph(PREAMBLE, 1, null), new DeleteParagraph(PREAMBLE, 2, null),
                            new DeleteParagraph(PREAMBLE, 3, null), new DeleteParagraph(PREAMBLE, 4, null),
                            new InsertParagraph(PREAMBLE, null, "Recalling its resolution 65/230,", List.of()));
        }
    }

    @Nested
    class Variations {

        @ParameterizedTest
        @ValueSource(strings = {"Delete the fifth preambular paragraph", "Delete preambular paragraph 5",
                "Delete the fifth paragraph of the preamble", "delete the 5th preambular paragraph;",
                "Delete paragraph 5 of the preamble."})
        void preambularParagraphsByOrdinalOrNumber(String instruction) {
            assertThat(parse(instruction)).containsExactly(new DeleteParagraph(PREAMBLE, 5, null));
        }

        @Test
        void ordinalsBeyondTwenty() {
            assertThat(parse("Delete the twenty-first preambular paragraph"))
                    .containsExactly(new DeleteParagraph(PREAMBLE, 21, null));
            assertThat(parse("Delete the one hundred and first preambular paragraph"))
                    .containsExactly(new DeleteParagraph(PREAMBLE, 101, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Delete paragraph 2(c)", "Delete paragraph 2 (c)", "Delete operative paragraph 2 (c)",
                "Delete subparagraph (c) of operative paragraph 2", "Delete sub-paragraph (c) of paragraph 2"})
        void subItems(String instruction) {
            assertThat(parse(instruction)).containsExactly(new DeleteParagraph(OPERATIVE, 2, "c"));
        }

        @Test
        void nestedItemsAndBullets() {
            assertThat(parse("Delete operative paragraph 2 (c) (ii)")).containsExactly(new DeleteParagraph(OPERATIVE, 2, "c.ii"));
            assertThat(parse("Delete the second bullet of operative paragraph 3"))
                    .containsExactly(new DeleteParagraph(OPERATIVE, 3, "-2"));
            assertThat(parse("Delete subparagraph (a) of the second preambular paragraph"))
                    .containsExactly(new DeleteParagraph(PREAMBLE, 2, "a"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"In operative paragraph 3, replace the words “possible” with “concrete”",
                "In operative paragraph 3, replace the word \"possible\" by \"concrete\";",
                "In operative paragraph 3 replace «possible» with «concrete».",
                "In paragraph 3, substitute the word “concrete” for the word “possible”",
                "Replace the word “possible” with “concrete” in operative paragraph 3",
                "In operative paragraph 3, the word “possible” should be replaced by “concrete”"})
        void replaceWordsInAllItsForms(String instruction) {
            assertThat(parse(instruction)).containsExactly(words(OPERATIVE, 3, "possible", "concrete", null, null));
        }

        @Test
        void insertionsAfterBeforeAndAtTheEnd() {
            assertThat(parse("In the second preambular paragraph, after the word “Council”, insert the words “for "
                    + "Human Rights”"))
                    .containsExactly(new InsertWords(PREAMBLE, 2, null, "Council", null, null, null, "for Human Rights"));
            assertThat(parse("In operative paragraph 1, insert the word “deep” before the word “concern”"))
                    .containsExactly(new InsertWords(OPERATIVE, 1, null, null, "concern", null, null, "deep"));
            assertThat(parse("In operative paragraph 4, at the end of the paragraph, add the words “by 2030”"))
                    .containsExactly(new InsertWords(OPERATIVE, 4, null, null, null, "end", null, "by 2030"));
            assertThat(parse("In operative paragraph 4, add the words “by 2030” at the end"))
                    .containsExactly(new InsertWords(OPERATIVE, 4, null, null, null, "end", null, "by 2030"));
        }

        @Test
        void anOccurrence() {
            assertThat(parse("In operative paragraph 2, replace the word “the” (second occurrence) with “a”"))
                    .containsExactly(new ReplaceWords(OPERATIVE, 2, null, "the", "a", null, null, 2));
        }

        @Test
        void curlyAndStraightQuotesWithQuotesInside() {
            assertThat(parse("In operative paragraph 2, replace the words \"the “Istanbul” process\" with “the process”"))
                    .containsExactly(words(OPERATIVE, 2, "the “Istanbul” process", "the process", null, null));
            assertThat(parse("In operative paragraph 2, replace the words “Côte d’Ivoire” with “the Republic”"))
                    .containsExactly(words(OPERATIVE, 2, "Côte d’Ivoire", "the Republic", null, null));
        }

        @Test
        void replaceAndMoveAndTitleAndFootnote() {
            assertThat(parse("Replace operative paragraph 3 with the following: “3. *Decides* to act;”"))
                    .containsExactly(new ReplaceParagraph(OPERATIVE, 3, null, "*Decides* to act;"));
            assertThat(parse("Move operative paragraph 5 to follow operative paragraph 2"))
                    .containsExactly(new MoveParagraph(OPERATIVE, 5, null, 2, null));
            assertThat(parse("Move operative paragraph 5 before operative paragraph 2"))
                    .containsExactly(new MoveParagraph(OPERATIVE, 5, null, 1, null));
            assertThat(parse("Move the third preambular paragraph to the beginning of the preamble"))
                    .containsExactly(new MoveParagraph(PREAMBLE, 3, null, null, null));
            assertThat(parse("Move operative paragraph 2 (c) to follow operative paragraph 2 (a)"))
                    .containsExactly(new MoveParagraph(OPERATIVE, 2, "c", null, "a"));
            assertThat(parse("The title should read: “Countering cybercrime”"))
                    .containsExactly(new ReplaceTitle("Countering cybercrime"));
            assertThat(parse("Replace footnote 1 with: “A/RES/65/230.”"))
                    .containsExactly(new ReplaceFootnote("1", "A/RES/65/230."));
        }

        @Test
        void newSubparagraphsAndParagraphsWithSubItems() {
            assertThat(parse("In operative paragraph 2, after subparagraph (b), insert the following subparagraph: "
                    + "“(c) trends in cybercrime;”"))
                    .containsExactly(new InsertItem(OPERATIVE, 2, null, "b", "trends in cybercrime;", List.of()));
            assertThat(parse("After operative paragraph 2 (b), insert the following subparagraph: (c) trends;"))
                    .containsExactly(new InsertItem(OPERATIVE, 2, null, "b", "trends;", List.of()));
            assertThat(parse("After operative paragraph 6, insert the following paragraph:\n“7. *Decides* to:\n"
                    + "(a) meet annually;\n(b) report, in particular:\n    (i) on trends;\n(c) close.”"))
                    .containsExactly(new InsertParagraph(OPERATIVE, 6, "*Decides* to:", List.of(
                            new NewItem("meet annually;", List.of()),
                            new NewItem("report, in particular:", List.of(new NewItem("on trends;", List.of()))),
                            new NewItem("close.", List.of()))));
            assertThat(parse("After operative paragraph 2, insert the following paragraphs:\n“3. *Urges* States;”\n"
                    + "“4. *Invites* donors;”"))
                    .containsExactly(new InsertParagraph(OPERATIVE, 2, "*Urges* States;", List.of()),
                            new InsertParagraph(OPERATIVE, 2, "*Invites* donors;", List.of()));
        }
    }

    @Nested
    class NotUnderstood {

        @Test
        void anUnclosedQuotation() {
            assertThatThrownBy(() -> parse("In operative paragraph 3, replace the words “possible with “concrete”"))
                    .isInstanceOf(Unresolvable.class).hasMessage("a quotation mark “ is not closed");
        }

        @Test
        void wordsWithoutQuotationMarks() {
            assertThatThrownBy(() -> parse("In operative paragraph 3, replace the words possible with concrete"))
                    .isInstanceOf(Unresolvable.class).hasMessage("the words are not in quotation marks");
        }

        @Test
        void somethingElse() {
            assertThatThrownBy(() -> parse("The Council should consider this carefully"))
                    .isInstanceOf(Unresolvable.class).hasMessageStartingWith("not");
            assertThatThrownBy(() -> parse("In operative paragraph 3, rephrase the words “possible”"))
                    .isInstanceOf(Unresolvable.class).hasMessage("not understood from \"rephrase the words “possible”\"");
        }

        @Test
        void aParagraphThatShouldReadWithSubItems() {
            assertThatThrownBy(() -> parse("Operative paragraph 2 should read: “2. *Requests*:\n(a) one;”"))
                    .isInstanceOf(Unresolvable.class).hasMessageContaining("has sub-items");
        }
    }
}
