package org.plenary.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plenary.shared.consultation.Bracket;
import org.plenary.shared.consultation.CompilationBuilder;
import org.plenary.shared.consultation.CompilationInput;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The compilation text in Word, read back with POI. */
class CompilationDocxTest {

    private static final String OP1 = "*Requests* the Expert Group to continue its work;¹";

    @Test
    void wordShowsBisNumbersStatusesBracketsProposalsAndAlternatives() throws Exception {
        DraftDocument draft = new DraftDocument(null, "draft resolution", "E/CN.15/2017/L.4", List.of("Brazil"), null,
                null, "Cybercrime", "The Commission,", List.of(new Paragraph("pp1", "Recalling its resolutions,")),
                List.of(new Paragraph("op1", OP1), new Paragraph("op2", "*Decides* to remain seized of the matter.")),
                List.of(new Footnote("1", "See [A/76/1](#).")), List.of());
        CompilationInput input = new CompilationInput(draft, 7, Instant.parse("2017-05-24T15:30:00Z"), List.of("pp1"),
                List.of("op1", "op2"), Map.of("pp1", ParagraphStatus.AGREED_AD_REF),
                List.of(new CompilationInput.OpenBracket(new Bracket("B1", "op1", 15, 27), "Egypt")),
                List.of(new CompilationInput.Alternative("op2", 1, "*Decides* to continue.", "European Union")),
                List.of(new CompilationInput.Pending("A1", "France", 1, List.of(new ReplaceText("op1", 31, 39, "pursue"))),
                        new CompilationInput.Pending("A2", "China", 1, List.of(new InsertParagraph(Section.OPERATIVE, "op1",
                                "*Invites* States to *contribute*;", "op3")))),
                Map.of());

        byte[] docx = CompilationDocx.write(CompilationBuilder.build(input));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Compilation text, version 7 (24 May 2017, 15:30 UTC)",
                    "PP1\t(agreed ad ref) Recalling its resolutions,",
                    "1 bis.\t[China: add] Invites States to contribute;",
                    "Alt 1 [European Union]: Decides to continue.");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("1.\tRequests the [Expert Group] to continue "
                    + "[France: replace “continue” with “pursue”] its work;"));
            assertThat(word.getFootnotes()).hasSize(1);
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Compilation text: Cybercrime");
        }
    }
}
