package org.plenary.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plenary.shared.consultation.Compilation;
import org.plenary.shared.consultation.Compilation.Block;
import org.plenary.shared.consultation.Compilation.Tag;
import org.plenary.shared.consultation.CompilationText;
import org.plenary.shared.consultation.MarkedText;
import org.plenary.shared.consultation.Tags;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.un.InlineSpans;

/**
 * Writes a {@link Compilation} as a Word document laid out like {@link CompilationText}: the numbers as the
 * compilation prints them ("3 bis."; typed, not Word's automatic numbering, which cannot count "bis"), each settled
 * paragraph's status in bold after its number, brackets in bold, proposals as tags in the text, alternatives indented
 * after their paragraph, footnotes as Word footnotes at their calls. The same page and styles as {@link DocxWriter}.
 */
public final class CompilationDocx {

    private CompilationDocx() {
    }

    public static byte[] write(Compilation compilation) {
        DraftDocument doc = compilation.document();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setCreator("Plenary");
            document.getProperties().getCoreProperties().setTitle("Compilation text"
                    + (doc.title() == null ? "" : ": " + doc.title()));
            DocxStyles.apply(document);
            new Body(new WordRuns(document, doc.footnotes()), compilation).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a Word document could not be written in memory", e);
        }
    }

    private record Body(WordRuns runs, Compilation compilation) {

        void write() {
            DraftDocument doc = compilation.document();
            if (doc.symbol() != null) {
                runs.plain(runs.paragraph(ParagraphAlignment.RIGHT), doc.symbol(), false);
            }
            runs.plain(runs.paragraph(ParagraphAlignment.LEFT),
                    CompilationText.heading(compilation.version(), compilation.at()), true);
            if (doc.title() != null) {
                XWPFParagraph title = runs.paragraph(ParagraphAlignment.LEFT);
                text(title, doc.title(), List.of(), false, true);
                tags(title, compilation.title());
            }
            if (doc.subject() != null) {
                text(runs.indented(0, 567), doc.subject(), List.of(), false, false);
            }
            compilation.preamble().forEach(b -> block(b, "PP" + b.number()));
            compilation.operative().forEach(b -> block(b, b.number() + "."));
            if (!compilation.notShown().isEmpty()) {
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), "Proposals not shown in the text:", true);
                compilation.notShown().forEach(n -> runs.plain(runs.paragraph(ParagraphAlignment.LEFT),
                        n.amendmentId() + " [" + n.by() + "]: " + n.reason(), false));
            }
            notes();
        }

        private void block(Block block, String number) {
            XWPFParagraph paragraph = runs.indented(0, 0);
            runs.plain(paragraph, number + "\t", false);
            line(paragraph, block, true);
            items(block.items(), 1);
            for (Compilation.Alternative alternative : block.alternatives()) {
                XWPFParagraph alt = runs.indented(DocxStyles.LEVEL_INDENT, 0);
                runs.plain(alt, "Alt " + alternative.number() + " [" + alternative.by() + "]: ", true);
                text(alt, alternative.text(), List.of(), true, false);
            }
        }

        private void items(List<Block> items, int depth) {
            for (Block item : items) {
                XWPFParagraph paragraph = runs.indented(DocxStyles.LEVEL_INDENT * depth, 0);
                runs.plain(paragraph, item.number() + "\t", false);
                line(paragraph, item, false);
                items(item.items(), depth + 1);
            }
        }

        private void line(XWPFParagraph paragraph, Block block, boolean opening) {
            if (block.added() != null) {
                runs.plain(paragraph, tag(block.added()) + " ", false);
            }
            if (block.status() != null && block.status().printed() != null) {
                runs.plain(paragraph, "(" + block.status().printed() + ") ", true);
            }
            text(paragraph, block.text(), block.markers(), opening, false);
            tags(paragraph, block.tags());
        }

        private void text(XWPFParagraph paragraph, String markup, List<Compilation.Marker> markers, boolean opening,
                          boolean bold) {
            List<MarkedText.Segment> segments = MarkedText.segments(markup, markers, opening);
            for (int i = 0; i < segments.size(); i++) {
                MarkedText.Segment segment = segments.get(i);
                if (segment instanceof MarkedText.Run run) {
                    runs.spans(paragraph, List.of(new Pieces.Piece(run.span(), Pieces.Kind.KEEP, null)), bold);
                } else {
                    Compilation.Marker marker = ((MarkedText.Mark) segment).marker();
                    if (marker instanceof Compilation.Open) {
                        runs.plain(paragraph, "[", true);
                    } else if (marker instanceof Compilation.Close) {
                        runs.plain(paragraph, "]", true);
                    } else {
                        runs.plain(paragraph, (MarkedText.spaceBefore(segments, i) ? " " : "")
                                + tag(((Compilation.Proposal) marker).tag()) + (MarkedText.spaceAfter(segments, i) ? " " : ""), false);
                    }
                }
            }
        }

        private void tags(XWPFParagraph paragraph, List<Tag> tags) {
            tags.forEach(tag -> runs.plain(paragraph, " " + tag(tag), false));
        }

        /** Proposals on footnotes are listed after the text: a Word footnote holds only its note. */
        private void notes() {
            List<Footnote> uncalled = compilation.document().footnotes().stream()
                    .filter(f -> !runs.referenced(f.marker())).toList();
            List<Compilation.Note> proposed = compilation.footnotes().stream().filter(n -> !n.tags().isEmpty()).toList();
            if (uncalled.isEmpty() && proposed.isEmpty()) {
                return;
            }
            runs.plain(runs.paragraph(ParagraphAlignment.LEFT), "__________", false);
            for (Footnote note : uncalled) {
                runs.plain(runs.paragraph(ParagraphAlignment.LEFT), InlineSpans.call(note.marker()) + " " + note.text(), false);
            }
            for (Compilation.Note note : proposed) {
                XWPFParagraph paragraph = runs.paragraph(ParagraphAlignment.LEFT);
                runs.plain(paragraph, "Footnote " + note.marker() + ":", false);
                tags(paragraph, note.tags());
            }
        }

        /** A tag as plain text, its quoted words without markup. */
        private static String tag(Tag tag) {
            return "[" + tag.by() + ": " + Tags.phrase(tag, words -> Tags.quote(visible(words))) + "]";
        }

        private static String visible(String markup) {
            StringBuilder out = new StringBuilder();
            InlineSpans.of(markup).forEach(span -> out.append(span.text()));
            return out.toString();
        }
    }
}
