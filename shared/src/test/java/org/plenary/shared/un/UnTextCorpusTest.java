package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * The corpus under src/test/resources/un/corpus/: documents written in the layouts of the UN's organs and bodies
 * (General Assembly plenary and Main Committees, Security Council, Economic and Social Council and its
 * commissions, a regional commission, the Human Rights Council, the Trusteeship Council, a treaty conference, an
 * executive board), drafts and adopted texts, each with what a correct reading finds (expected.tsv).
 */
class UnTextCorpusTest {

    /** One line of expected.tsv. */
    record Expected(String file, String organ, String body, String symbol, int sponsors, int preambular,
                    int operative, int items, int footnotes, int unrecognised) {

        static Expected parse(String line) {
            String[] f = line.split("\t");
            return new Expected(f[0], dash(f[1]), dash(f[2]), dash(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]));
        }

        private static String dash(String value) {
            return value.equals("-") ? null : value;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> corpus() {
        return Resources.un("corpus/expected.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(Expected::parse);
    }

    private static DraftDocument read(Expected expected) {
        return UnTextReader.read(Resources.un("corpus/" + expected.file()));
    }

    @Test
    void holdsAtLeastTwentyDocuments() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsTheExpectedStructure(Expected expected) {
        DraftDocument doc = read(expected);
        assertThat(doc.header().organ()).as("organ").isEqualTo(expected.organ());
        assertThat(doc.header().body()).as("body").isEqualTo(expected.body());
        assertThat(doc.symbol()).as("symbol").isEqualTo(expected.symbol());
        assertThat(doc.sponsors()).as("sponsors").hasSize(expected.sponsors());
        assertThat(doc.preamble()).as("preambular paragraphs").hasSize(expected.preambular());
        assertThat(doc.operative()).as("operative paragraphs").hasSize(expected.operative());
        assertThat(items(doc.preamble()) + items(doc.operative())).as("sub-items").isEqualTo(expected.items());
        assertThat(doc.footnotes()).as("footnotes").hasSize(expected.footnotes());
        assertThat(doc.header().unrecognised()).as("unrecognised header lines").hasSize(expected.unrecognised());
        assertThat(doc.subject()).as("subject formula").startsWith("The ").endsWith(",");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void accountsForEveryCharacter(Expected expected) {
        String input = Resources.un("corpus/" + expected.file());
        TextAccounting.assertAccountedFor(input, UnTextReader.read(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsBackWhatTheWriterWrites(Expected expected) {
        DraftDocument doc = read(expected);
        String written = UnTextWriter.write(doc);
        assertThat(UnTextReader.read(written)).as(written).isEqualTo(doc);
        assertThat(UnTextWriter.write(UnTextReader.read(written))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writesValidAkomaNtosoAndShowsEveryHeaderLine(Expected expected) throws Exception {
        DraftDocument doc = read(expected);
        String akn = AknWriter.write(doc, "corpus", LocalDate.of(2024, 1, 1));
        AknWriterTest.assertValid(akn);
        String html = HtmlWriter.write(doc);
        for (String line : doc.header().unrecognised()) {
            assertThat(akn).contains(">" + line + "<");
            assertThat(html).contains("<p class=\"unrecognised\">" + line + "</p>");
        }
    }

    private static int items(List<Paragraph> paragraphs) {
        return paragraphs.stream().mapToInt(p -> count(p.items())).sum();
    }

    private static int count(List<Item> items) {
        return items.stream().mapToInt(i -> 1 + count(i.items())).sum();
    }
}
