package org.plenary.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.documents.Samples;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.UnTextReader;

class DocxRoundTripTest {

    static List<String> documents() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readingAWrittenDocumentGivesTheSameStructure(String name) {
        DraftDocument doc = UnTextReader.read(Samples.text(name));
        byte[] docx = DocxWriter.write(doc);
        assertThat(DocxReader.read(docx)).as(DocxReader.text(docx).text()).isEqualTo(doc);
    }

    @Test
    void writesTheSampleInTheUnLayoutWithWordFootnotesAndNumbering() throws Exception {
        byte[] docx = DocxWriter.write(Samples.sample());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFFootnote> notes = word.getFootnotes().stream()
                    .filter(f -> f.getCTFtnEdn().getType() == null || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).toList();
            assertThat(notes).hasSize(2);
            assertThat(notes.get(0).getParagraphs().get(0).getText())
                    .contains("General Assembly resolution 65/230, annex.");
            String body = word.getDocument().xmlText();
            assertThat(body).contains("w:numPr", "PlenaryOpening", "w:footnoteReference");
            assertThat(word.getParagraphs()).extracting(p -> p.getText())
                    .contains("Strengthening international cooperation to combat cybercrime",
                            "The Commission on Crime Prevention and Criminal Justice,");
        }
    }
}
