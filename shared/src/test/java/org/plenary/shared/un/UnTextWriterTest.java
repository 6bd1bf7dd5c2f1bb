package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

class UnTextWriterTest {

    @Test
    void subsequentlyJoinedStandsBelowTheSponsorsLineAndIsNotReadAsText() {
        DraftDocument doc = UnTextReader.read(Resources.un(Resources.SAMPLE));
        String line = UnTextWriter.subsequentlyJoinedLine(java.util.List.of("France", "Germany", "Italy"));
        String written = UnTextWriter.withSubsequentlyJoined(UnTextWriter.write(doc), doc, line);

        assertThat(line).isEqualTo("Subsequently joined by: France, Germany and Italy");
        assertThat(written).contains(UnTextWriter.sponsorsLine(doc) + "\n\n" + line + "\n\n");
        assertThat(UnTextReader.read(written)).isEqualTo(doc);
        assertThat(UnTextWriter.withSubsequentlyJoined(UnTextWriter.write(doc), doc, null)).isEqualTo(UnTextWriter.write(doc));
        assertThat(UnTextWriter.subsequentlyJoinedLine(java.util.List.of())).isNull();
    }

    @Test
    void writesTheSampleBackAsReadApartFromNotePlacementAndBlankLines() {
        String input = Resources.un(Resources.SAMPLE);
        String written = UnTextWriter.write(UnTextReader.read(input));
        assertThat(withoutNotes(written)).isEqualTo(withoutNotes(input));
    }

    @Test
    void writesAllFootnoteNotesAtTheEndAfterARule() {
        String written = UnTextWriter.write(UnTextReader.read(Resources.un(Resources.SAMPLE)));
        assertThat(written).endsWith("7. *Requests* the Expert Group to report to the Commission at its next session "
                + "on progress in its work.\n\n__________\n\n¹ General Assembly resolution [65/230](#), annex.\n\n"
                + "² General Assembly resolution [70/174](#), annex.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {Resources.SAMPLE, UnTextReaderVariationsTest.ADOPTED, UnTextReaderVariationsTest.AFRICAN_GROUP,
            UnTextReaderVariationsTest.NO_TITLE, UnTextReaderVariationsTest.NO_HEADER, UnTextReaderVariationsTest.WRAPPED})
    void readingWhatWasWrittenGivesTheSameStructure(String name) {
        DraftDocument doc = UnTextReader.read(Resources.un(name));
        String written = UnTextWriter.write(doc);
        assertThat(UnTextReader.read(written)).isEqualTo(doc);
        assertThat(UnTextWriter.write(UnTextReader.read(written))).isEqualTo(written);
    }

    @Test
    void writesAnAdoptedResolutionWithSymbolLineAndClosing() {
        String written = UnTextWriter.write(UnTextReader.read(Resources.un(UnTextReaderVariationsTest.ADOPTED)));
        assertThat(written).contains("Resolution adopted by the General Assembly on 16 December 2021\n\n"
                + "[on the report of the Third Committee (A/76/479)]\n\n76/186.\n\nStrengthening the United Nations");
        assertThat(written).contains("(b) To strengthen its cooperation with:\n    (i) Other entities of the United "
                + "Nations system;\n    (ii) Regional organizations, including:\n        - the African Union;\n");
        assertThat(written).contains("3. *Decides* to include");
        assertThat(written).contains("\n\n53rd plenary meeting\n16 December 2021\n\n__________\n\n");
    }

    @Test
    void writesTheSponsorsNoteAfterAnAsterisk() {
        String written = UnTextWriter.write(UnTextReader.read(Resources.un(UnTextReaderVariationsTest.AFRICAN_GROUP)));
        assertThat(written).contains("**Cameroon* (on behalf of the Group of African States):\ndraft resolution**");
    }

    @Test
    void writesADocumentWithoutHeaderOrSponsorsFromTheTitleOn() {
        DraftDocument doc = new DraftDocument(null, null, null, null, null, null, "A title", "The General Assembly,",
                List.of(new Paragraph("pp1", "*Recalling* x,")), List.of(new Paragraph("op1", "*Decides* y.")),
                null, null);
        assertThat(UnTextWriter.write(doc))
                .isEqualTo("A title\n\nThe General Assembly,\n\n*Recalling* x,\n\n1. *Decides* y.\n");
    }

    @Test
    void writesAnEmptyDocumentAsAnEmptyText() {
        DraftDocument empty = new DraftDocument(Header.EMPTY, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(UnTextWriter.write(empty)).isEmpty();
    }

    @Test
    void writesOnlyTheHeaderFieldsThatArePresent() {
        Header header = new Header(null, null, "2 May 2024", "French", null, null, null, "Agenda item 4", "Title of item");
        DraftDocument doc = new DraftDocument(header, "draft resolution", null, List.of("Chile"), null, null, "T",
                "The General Assembly,", null, List.of(new Paragraph("op1", "*Decides*.")), null, null);
        String written = UnTextWriter.write(doc);
        assertThat(written).isEqualTo("2 May 2024\n\nOriginal: French\n\nAgenda item 4\n\nTitle of item\n\n"
                + "**Chile:\ndraft resolution**\n\nT\n\nThe General Assembly,\n\n1. *Decides*.\n");
        assertThat(UnTextReader.read(written)).isEqualTo(doc);
    }

    @Test
    void writesAndReadsBackEmptyOperativeTextAndEmptyItems() {
        DraftDocument doc = new DraftDocument(null, "draft resolution", null, null, null, null, "T",
                "The General Assembly,", null, List.of(new Paragraph("op1", "", List.of(
                        new Item("op1.1", "(a)", "", List.of()), new Item("op1.2", "(b)", "x", List.of())))),
                List.of(), null);
        assertThat(UnTextReader.read(UnTextWriter.write(doc))).isEqualTo(doc);
    }

    @Test
    void writesSponsorsWithoutKindAsABoldListAndReadsThemBack() {
        DraftDocument doc = new DraftDocument(null, null, null, List.of("Chile", "Peru"), null, null, "T",
                "The General Assembly,", null, List.of(new Paragraph("op1", "*Decides*.")),
                List.of(), null);
        assertThat(UnTextWriter.write(doc)).startsWith("**Chile and Peru:**\n\nT\n");
        assertThat(UnTextReader.read(UnTextWriter.write(doc))).isEqualTo(doc);
    }

    @Test
    void writesTwoDigitFootnoteMarkersAsSuperscripts() {
        DraftDocument doc = new DraftDocument(null, null, null, null, null, null, "T", "The General Assembly,", null,
                List.of(new Paragraph("op1", "*Decides*.¹⁰")), List.of(new Footnote("10", "Ten.")), null);
        assertThat(UnTextWriter.write(doc)).endsWith("__________\n\n¹⁰ Ten.\n");
    }

    /** Drops footnote notes and rules, and reduces every run of blank lines to one. */
    static String withoutNotes(String text) {
        List<String> kept = Arrays.stream(text.split("\n", -1))
                .filter(l -> !l.strip().matches("_{3,}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\\s.*"))
                .collect(Collectors.toList());
        return String.join("\n", kept).replaceAll("\n[ \t]*(\n[ \t]*)+", "\n\n").strip();
    }
}
