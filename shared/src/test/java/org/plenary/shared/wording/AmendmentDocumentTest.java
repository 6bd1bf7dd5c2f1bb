package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.substitute;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;

/** A delegation's amendments printed as an amendment document, and amendment documents read. */
class AmendmentDocumentTest {

    private final DraftDocument draft = cybercrimeDraft();

    @Test
    void aDelegationsAmendmentsInTheUnLayout() {
        List<List<EditOperation>> amendments = List.of(List.of(substitute(draft, "op4", "possible", "concrete")),
                List.of(new DeleteParagraph("op2.3"), deleteWords(draft, "op1", "grave")));

        String text = AmendmentDocument.text(draft, List.of("China"), amendments);

        assertThat(text).isEqualTo("""
                Commission on Crime Prevention and Criminal Justice

                Twenty-sixth session

                Agenda item 7

                World crime trends and emerging issues and responses in the field of crime prevention and criminal justice

                China: amendments to draft resolution E/CN.15/2017/L.4/Rev.1

                1. In operative paragraph 4, replace the word “possible” with “concrete”;

                2. Delete operative paragraph 2 (c);

                3. In operative paragraph 1, delete the word “grave”.
                """);
        ParsedAmendment read = Wording.parse(text);
        assertThat(read.sponsors()).containsExactly("China");
        assertThat(read.target()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
        assertThat(read.instructions()).extracting(ParsedAmendment.Instruction::number).containsExactly(1, 2, 3);
        assertThat(read.unresolved()).isEmpty();
    }

    @Test
    void oneInstructionIsAnAmendmentAndTheHtmlIsEscaped() {
        List<List<EditOperation>> amendments = List.of(List.of(new InsertParagraph(Section.OPERATIVE, "op1",
                "*Urges* States to act <now> & \"together\";", "op7")));

        assertThat(AmendmentDocument.text(draft, List.of("Bosnia and Herzegovina", "Chile"), amendments))
                .contains("Bosnia and Herzegovina and Chile: amendment to draft resolution E/CN.15/2017/L.4/Rev.1\n\n"
                        + "1. After operative paragraph 1, insert the following paragraph: “2. *Urges* States to act "
                        + "<now> & \"together\";”.\n");
        String html = AmendmentDocument.html(draft, List.of("<b>Chile</b>"), amendments);
        assertThat(html).contains("<h1>&lt;b&gt;Chile&lt;/b&gt;: amendment to draft resolution E/CN.15/2017/L.4/Rev.1</h1>")
                .contains("<li>After operative paragraph 1, insert the following paragraph: “2. *Urges* States to act "
                        + "&lt;now&gt; &amp; &quot;together&quot;;”.</li>")
                .doesNotContain("<now>", "<b>Chile");
    }

    @Test
    void aDocumentAsTheSecretariatIssuesIt() {
        String text = """
                A/HRC/S-4/L.3
                Human Rights Council
                Fourth special session
                Agenda item 2

                Algeria*, Pakistan* (on behalf of the Organization of the Islamic Conference): amendments to draft resolution A/HRC/S-4/L.2

                1. In the second preambular paragraph, after the word "Council" delete the words "to continue and";

                2. After the first preambular paragraph insert the following paragraph:
                Recalling Human Rights Council decision 2/115 of 28 November 2006 on Darfur,

                3. In paragraph 1, before the word "concern" delete the word "grave", and after the word "Darfur"
                replace the existing text by the following: "and calls upon all parties to cooperate";

                4. After paragraph 2, insert the following paragraph:
                3. Calls upon all parties to respect international humanitarian law;

                5. Please consider carefully.
                """;

        ParsedAmendment read = Wording.parse(text);

        assertThat(read.symbol()).isEqualTo("A/HRC/S-4/L.3");
        assertThat(read.target()).isEqualTo("A/HRC/S-4/L.2");
        assertThat(read.sponsors()).containsExactly("Algeria", "Pakistan");
        assertThat(read.instructions()).extracting(ParsedAmendment.Instruction::number).containsExactly(1, 2, 3, 4);
        assertThat(read.instructions()).extracting(ParsedAmendment.Instruction::line).containsExactly(8, 10, 13, 16);
        assertThat(read.instructions().get(1).operations()).containsExactly(new PrintedOperation.InsertParagraph(
                Section.PREAMBLE, 1, "Recalling Human Rights Council decision 2/115 of 28 November 2006 on Darfur,",
                List.of()));
        assertThat(read.instructions().get(3).operations()).containsExactly(new PrintedOperation.InsertParagraph(
                Section.OPERATIVE, 2, "Calls upon all parties to respect international humanitarian law;", List.of()));
        assertThat(read.unresolved()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(19);
            assertThat(u.text()).isEqualTo("Please consider carefully.");
            assertThat(u.why()).isEqualTo("not an amendment instruction Plenary reads (see the forms in docs/AMENDMENTS.md)");
        });
    }

    @Test
    void justTheInstructionsOrJustOne() {
        assertThat(Wording.parse("Delete operative paragraph 4").instructions()).singleElement()
                .satisfies(i -> assertThat(i.operations()).containsExactly(
                        new PrintedOperation.DeleteParagraph(Section.OPERATIVE, 4, null)));
        ParsedAmendment two = Wording.parse("Delete operative paragraph 4\n\nDelete operative paragraph 5");
        assertThat(two.instructions()).extracting(ParsedAmendment.Instruction::number).containsExactly(1, 2);
        assertThat(Wording.parse("  ").unresolved()).extracting(ParsedAmendment.Unresolved::why)
                .containsExactly("no amendment instruction found");
    }

    @Test
    void aTitleLineOverTwoLinesAndSponsorsWithAnd() {
        ParsedAmendment read = Wording.parse("**Belarus, China and Trinidad and Tobago:\namendments to draft resolution "
                + "A/C.3/76/L.7**\n\n1. Delete operative paragraph 4.");
        assertThat(read.sponsors()).containsExactly("Belarus", "China", "Trinidad and Tobago");
        assertThat(read.target()).isEqualTo("A/C.3/76/L.7");
    }
}
