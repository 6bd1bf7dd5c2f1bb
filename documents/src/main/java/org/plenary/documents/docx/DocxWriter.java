package org.plenary.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.un.InlineSpans;
import org.plenary.shared.un.UnTextWriter;

/**
 * Writes a draft as a Word document (.docx) in the UN layout: the header lines, the sponsors line in bold, the
 * title, the subject formula, preambular paragraphs with their italic openings, operative paragraphs on Word's
 * automatic numbering, sub-items with their labels indented by level, references as hyperlinks and footnotes as
 * Word footnotes at their calls. With {@link TrackedChanges}, the pending amendments appear as Word tracked changes
 * ({@code w:ins}/{@code w:del}) by their proposing delegations. {@link DocxReader} reads the file back to the same
 * structure. The lines follow the order of {@link UnTextWriter}, whose reading they share.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(DraftDocument doc) {
        return write(doc, TrackedChanges.none(doc));
    }

    public static byte[] write(DraftDocument doc, TrackedChanges changes) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setCreator("Plenary");
            if (doc.title() != null) {
                document.getProperties().getCoreProperties().setTitle(doc.title());
            }
            DocxStyles.apply(document);
            new DocxWriter.Body(new WordRuns(document, doc.footnotes()), doc, changes).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a Word document could not be written in memory", e);
        }
    }

    /** Writes the parts of the document in order. */
    private record Body(WordRuns runs, DraftDocument doc, TrackedChanges changes) {

        void write() {
            header();
            String sponsors = UnTextWriter.sponsorsLine(doc);
            if (sponsors != null) {
                String lines = sponsors.substring(2, sponsors.length() - 2);
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), lines, true);
            }
            if (doc.adoption() != null) {
                doc.adoption().lines().forEach(line -> runs.plain(runs.paragraph(ParagraphAlignment.LEFT), line, false));
            }
            if (UnTextWriter.numberBeforeTitle(doc)) {
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), doc.symbol() + ".", true);
            }
            if (doc.title() != null) {
                runs.spans(runs.paragraph(ParagraphAlignment.LEFT), Pieces.of(InlineSpans.of(doc.title()), List.of(), null),
                        true);
            }
            if (doc.subject() != null) {
                runs.spans(runs.indented(0, 567), Pieces.of(InlineSpans.of(doc.subject()), List.of(), null), false);
            }
            section(Section.PREAMBLE, doc.preamble());
            section(Section.OPERATIVE, doc.operative());
            for (String line : doc.closing()) {
                runs.spans(runs.paragraph(ParagraphAlignment.RIGHT), Pieces.of(InlineSpans.of(line), List.of(), null),
                        false);
            }
            uncalledNotes();
        }

        private void header() {
            Header h = doc.header();
            if (!UnTextWriter.numberBeforeTitle(doc) && doc.symbol() != null) {
                runs.plain(runs.paragraph(ParagraphAlignment.RIGHT), doc.symbol(), false);
            }
            line(h.organ(), true);
            line(h.distribution(), false);
            line(h.date(), false);
            line(h.originalLanguage() == null ? null : "Original: " + h.originalLanguage(), false);
            line(h.body(), true);
            line(h.session(), false);
            line(h.placeAndDates(), false);
            boolean beforeAgendaItem = h.agendaItem() != null && h.agendaTitle() == null;
            if (beforeAgendaItem) {
                h.unrecognised().forEach(line -> line(line, false));
            }
            line(h.agendaItem(), false);
            line(h.agendaTitle(), true);
            if (!beforeAgendaItem) {
                h.unrecognised().forEach(line -> line(line, false));
            }
        }

        private void line(String text, boolean bold) {
            if (text != null) {
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), text, bold);
            }
        }

        private void section(Section section, List<Paragraph> paragraphs) {
            inserted("^" + section.json(), section);
            for (Paragraph p : paragraphs) {
                Revision deletedBy = changes.deleted.get(p.id());
                XWPFParagraph paragraph = section == Section.OPERATIVE ? runs.numbered() : runs.indented(0, 567);
                runs.mark(paragraph, deletedBy, Pieces.Kind.DELETE);
                runs.spans(paragraph, Pieces.of(InlineSpans.ofParagraph(p.text()), changes.inlineEdits(p.id()),
                        deletedBy), false);
                items(p.items(), 0, deletedBy);
                inserted(p.id(), section);
            }
        }

        private void items(List<Item> items, int depth, Revision parentDeletedBy) {
            for (Item item : items) {
                Revision deletedBy = parentDeletedBy != null ? parentDeletedBy : changes.deleted.get(item.id());
                XWPFParagraph paragraph = runs.indented(DocxStyles.LEVEL_INDENT * (depth + 1), 0);
                runs.mark(paragraph, deletedBy, Pieces.Kind.DELETE);
                runs.label(paragraph, item.label(), deletedBy);
                runs.spans(paragraph, Pieces.of(InlineSpans.of(item.text()), changes.inlineEdits(item.id()), deletedBy),
                        false);
                items(item.items(), depth + 1, deletedBy);
            }
        }

        private void inserted(String key, Section section) {
            for (TrackedChanges.InsertedParagraph insert : changes.inserted.getOrDefault(key, List.of())) {
                XWPFParagraph paragraph = section == Section.OPERATIVE ? runs.numbered() : runs.indented(0, 567);
                runs.mark(paragraph, insert.revision(), Pieces.Kind.INSERT);
                List<InlineSpans.Span> spans = section == Section.PREAMBLE ? InlineSpans.ofParagraph(insert.text())
                        : InlineSpans.of(insert.text());
                runs.spans(paragraph, spans.stream()
                        .map(s -> new Pieces.Piece(s, Pieces.Kind.INSERT, insert.revision())).toList(), false);
            }
        }

        /** Notes that no text calls cannot be Word footnotes: they follow the text after a rule, as in the layout. */
        private void uncalledNotes() {
            List<Footnote> uncalled = doc.footnotes().stream().filter(f -> !runs.referenced(f.marker())).toList();
            if (uncalled.isEmpty()) {
                return;
            }
            runs.plain(runs.paragraph(ParagraphAlignment.LEFT), "__________", false);
            for (Footnote note : uncalled) {
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), InlineSpans.call(note.marker()) + " " + note.text(),
                        false);
            }
        }
    }
}
