package org.plenary.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.plenary.documents.Samples;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

class TrackedChangesExportTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    private final DraftDocument sample = Samples.sample();

    /** A tracked change found in the file: element (ins/del), author and text. */
    record Found(String element, String author, String text) {
    }

    private static AmendmentRecord pending(String id, String proposer, EditOperation... ops) {
        return new AmendmentRecord(id, proposer, AmendmentStatus.PENDING, 2, null, AT, List.of(ops));
    }

    private final List<AmendmentRecord> amendments = List.of(
            pending("A1", "FRA", new ReplaceText("op3", 0, 12, "*Invites*")),
            pending("A2", "BRA", new InsertParagraph(Section.OPERATIVE, "op2", "*Urges* Member States to act;", "op8")),
            pending("A3", "CHN", new DeleteParagraph("op5")),
            pending("A4", "IND", new ReplaceText("pp6", 0, 14, "Noting"), new ReplaceText("op2.6", 11, 21, "Outreach")),
            new AmendmentRecord("A5", "PAK", AmendmentStatus.REJECTED, 2, 6L, AT,
                    List.of(new DeleteParagraph("op1"))));

    @Test
    void everyPendingAmendmentIsATrackedChangeByItsDelegation() throws Exception {
        byte[] docx = DocxWriter.write(sample, TrackedChanges.of(sample, amendments));

        List<Found> found = changes(docx);
        assertThat(found).contains(
                new Found("del", "France", "Encourages"), new Found("ins", "France", "Invites"),
                new Found("ins", "Brazil", "Urges"), new Found("ins", "Brazil", " Member States to act;"),
                new Found("del", "India", "Welcoming also"), new Found("ins", "India", "Noting"),
                new Found("del", "India", "Prevention"), new Found("ins", "India", "Outreach"));
        assertThat(found).filteredOn(f -> f.author().equals("China")).extracting(Found::element).containsOnly("del")
                .hasSizeGreaterThan(1);
        assertThat(String.join("", found.stream().filter(f -> f.author().equals("China")).map(Found::text).toList()))
                .startsWith("Invites").contains("the Expert Group to provide advice");
        assertThat(found).extracting(Found::author).doesNotContain("Pakistan");
    }

    @Test
    void acceptingAllChangesGivesTheAmendedTextAndRejectingThemTheCurrentOne() {
        byte[] docx = DocxWriter.write(sample, TrackedChanges.of(sample, amendments));
        WordDocument word = WordDocument.read(docx);

        assertThat(WordText.of(word, author -> false).read()).isEqualTo(sample);
        DraftDocument amended = sample;
        for (AmendmentRecord a : amendments.subList(0, 4)) {
            amended = DocumentEditor.apply(amended, a.operations());
        }
        assertThat(texts(WordText.of(word, author -> true).read())).isEqualTo(texts(amended));
        assertThat(DocxReader.read(docx).operative()).hasSize(7);
    }

    @Test
    void leavesOutAmendmentsThatNoLongerFitWithTheReason() {
        List<AmendmentRecord> stale = new ArrayList<>(amendments);
        stale.add(new AmendmentRecord("A6", "ZAF", AmendmentStatus.ACCEPTED, 2, 7L, AT,
                List.of(new ReplaceText("op4", 0, 10, "*Asks*"))));
        stale.add(pending("A7", "RUS", new ReplaceText("op4", 11, 14, "The")));
        stale.add(pending("A8", "ECU", new ReplaceText("op3", 2, 5, "x")));
        TrackedChanges plan = TrackedChanges.of(sample, stale);

        assertThat(plan.offText()).containsExactly(
                new TrackedChanges.OffText("A7", "changed after it was proposed: op4"),
                new TrackedChanges.OffText("A8", "overlaps another amendment in op3"));
        assertThat(changes(DocxWriter.write(sample, plan))).extracting(Found::author)
                .doesNotContain("Russian Federation", "Ecuador");
    }

    private static List<String> texts(DraftDocument doc) {
        List<String> out = new ArrayList<>();
        for (List<Paragraph> section : List.of(doc.preamble(), doc.operative())) {
            for (Paragraph p : section) {
                out.add(p.text());
                p.items().forEach(i -> out.add(i.label() + " " + i.text()));
            }
        }
        return out;
    }

    /** Every w:ins and w:del of the body with its author and the text of its runs. */
    static List<Found> changes(byte[] docx) {
        List<Found> found = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String w = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
            for (String element : List.of("ins", "del")) {
                for (XmlObject change : word.getDocument().getBody().selectPath(w + ".//w:" + element)) {
                    StringBuilder text = new StringBuilder();
                    for (XmlObject t : change.selectPath(w + ".//w:t | .//w:delText")) {
                        try (XmlCursor c = t.newCursor()) {
                            text.append(c.getTextValue());
                        }
                    }
                    String author;
                    try (XmlCursor c = change.newCursor()) {
                        author = c.getAttributeText(new javax.xml.namespace.QName(
                                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "author"));
                    }
                    if (!text.isEmpty()) {
                        found.add(new Found(element, author, text.toString()));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }
}
