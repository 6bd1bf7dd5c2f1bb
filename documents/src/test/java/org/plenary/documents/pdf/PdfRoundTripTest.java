package org.plenary.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.plenary.documents.Samples;
import org.plenary.documents.UnreadableDocumentException;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.un.UnTextReader;
import org.plenary.shared.un.UnTextWriter;

class PdfRoundTripTest {

    @Test
    void theSampleExportedAsPdfReadsBackToTheSameStructure() throws Exception {
        DraftDocument sample = Samples.sample();
        byte[] pdf = PdfWriter.write(sample);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        DraftDocument read = PdfTextReader.read(pdf);
        // Print has no asterisks and no link targets: italics and references read back as their words.
        assertThat(plain(read)).isEqualTo(plain(sample));
        assertThat(read.operative().get(0).text()).contains("Changing World¹ and the Doha", "Participation,² and");
        assertThat(read.operative().get(1).items()).hasSize(6);
    }

    @Test
    void everyCorpusDocumentSurvivesThePdfRoundTrip() {
        for (String name : Samples.all()) {
            DraftDocument doc = UnTextReader.read(Samples.text(name));
            assertThat(plain(PdfTextReader.read(PdfWriter.write(doc)))).as(name).isEqualTo(plain(doc));
        }
    }

    @Test
    void removesPageFurnitureAndJoinsParagraphsAcrossPagesWithNotesAtThePageFoot() throws Exception {
        byte[] pdf = new UnLikePdf()
                .page(1).line("United Nations E/CN.15/2017/L.4", 10)
                .line("Economic and Social Council Distr.: Limited", 10).line("23 May 2017", 10)
                .line("Original: English", 10).gap()
                .line("Commission on Crime Prevention and Criminal Justice", 10).gap()
                .line("Belarus and Brazil: draft resolution", 10).gap()
                .line("Strengthening cooperation", 12).gap()
                .line("The Commission on Crime Prevention and Criminal Justice,", 10).gap()
                .line("Recalling its resolution 22/7 of 26 April 2013,", 10).noteCall("1").gap()
                .line("1. Requests the Expert Group to continue its work and, in so doing, to hold", 10).full()
                .note("1", "See resolution 22/7.")
                .foot("V.17-03734 (E) 230517 *1703734*")
                .page(2).head("E/CN.15/2017/L.4")
                .line("periodic meetings;", 10).gap()
                .line("2. Decides to remain seized of the matter.", 10)
                .foot("2/2 V.17-03734")
                .bytes();
        DraftDocument doc = PdfTextReader.read(pdf);
        assertThat(doc.symbol()).isEqualTo("E/CN.15/2017/L.4");
        assertThat(doc.header().organ()).isEqualTo("Economic and Social Council");
        assertThat(doc.header().distribution()).isEqualTo("Distr.: Limited");
        assertThat(doc.sponsors()).containsExactly("Belarus", "Brazil");
        assertThat(doc.preamble()).extracting(Paragraph::text).containsExactly("Recalling its resolution 22/7 of 26 April 2013,¹");
        assertThat(doc.operative()).extracting(Paragraph::text).containsExactly(
                "Requests the Expert Group to continue its work and, in so doing, to hold periodic meetings;",
                "Decides to remain seized of the matter.");
        assertThat(doc.footnotes()).containsExactly(new Footnote("1", "See resolution 22/7."));
        assertThat(doc.closing()).isEmpty();
        assertThat(doc.header().unrecognised()).isEmpty();
    }

    @Test
    void refusesWhatIsNoPdf() {
        assertThat(catchThrowableOfType(() -> PdfTextReader.read("plain text".getBytes()),
                UnreadableDocumentException.class)).hasMessageStartingWith("not a PDF document");
        byte[] pdf = PdfWriter.write(Samples.sample());
        byte[] truncated = java.util.Arrays.copyOf(pdf, 300);
        assertThat(catchThrowableOfType(() -> PdfTextReader.read(truncated), UnreadableDocumentException.class))
                .hasMessageStartingWith("the PDF cannot be read");
    }

    /** The document as print shows it: italics unmarked, references as their labels. */
    static DraftDocument plain(DraftDocument doc) {
        return UnTextReader.read(unmark(UnTextWriter.write(doc)));
    }

    private static String unmark(String text) {
        return text.replaceAll("\\[([^\\]]*)]\\([^) ]*\\)", "$1").replaceAll("(?<![*\\w])\\*(?=\\S)([^*\\n]*?\\S)\\*", "$1");
    }
}
