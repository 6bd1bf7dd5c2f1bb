package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Reads a draft resolution or an adopted resolution in the UN text layout (plain text with light markdown:
 * {@code **bold**}, {@code *italics*}, {@code [65/230](#)} references, superscript footnote calls) into a
 * {@link DraftDocument}.
 *
 * <p>Guarantees: every character of the text is kept in the structure, except pure layout (blank lines,
 * indentation, operative numbers, bold markers, rules of underscores, the separators of the sponsors line,
 * "Original:", the caption "United Nations"); footnote notes are attached to their calls wherever they stand. A
 * header line of no known form is kept as {@link org.plenary.shared.document.Header#unrecognised()}. Text that
 * does not fit the layout is rejected with an {@link UnTextFormatException} naming the line; so is a text that is
 * no resolution at all (neither a subject formula nor a numbered operative paragraph) and one holding control
 * characters (a binary file).
 */
public final class UnTextReader {

    private UnTextReader() {
    }

    public static DraftDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw new UnTextFormatException(1, "the text is empty; expected a UN document (header, sponsors line, "
                    + "title, subject formula and paragraphs)");
        }
        List<Line> lines = Line.split(text);
        requirePlainText(lines);
        FrontReader.Front front = FrontReader.read(lines);
        BodyReader.Body body = BodyReader.read(lines.subList(front.bodyStart(), lines.size()));
        if (front.subject() == null && body.operative().isEmpty()) {
            throw new UnTextFormatException(lineAtOrAfter(lines, front.bodyStart()), "not a resolution: expected the "
                    + "subject formula (\"The General Assembly,\") or an operative paragraph numbered \"1.\" here, "
                    + "and the text has neither");
        }
        DraftDocument doc = new DraftDocument(front.header(), front.kind(), front.symbol(), front.sponsors(),
                front.sponsorsNote(), front.adoption(), front.title(), front.subject(), body.preamble(),
                body.operative(), body.footnotes(), body.closing());
        requireCalls(doc, body.noteLines());
        return doc;
    }

    /** Control characters other than line breaks and tabs do not occur in text: the input is a binary file. */
    private static void requirePlainText(List<Line> lines) {
        for (Line line : lines) {
            String c = line.content();
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if ((ch < ' ' && ch != '\t' && ch != '\f') || ch == '\u007F' || ch == '\uFFFD') {
                    throw new UnTextFormatException(line.number(), String.format("character U+%04X is not text; "
                            + "expected a UN document as plain text (is this a binary file?)", (int) ch));
                }
            }
        }
    }

    /** The number of the first non-blank line at or after index {@code from}, else of the last line. */
    private static int lineAtOrAfter(List<Line> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return lines.get(i).number();
            }
        }
        return lines.get(lines.size() - 1).number();
    }

    /** A note whose call appears nowhere could not be attached to anything: the text is likely damaged. */
    private static void requireCalls(DraftDocument doc, Map<String, Integer> noteLines) {
        List<String> texts = new ArrayList<>();
        texts.add(doc.title());
        texts.add(doc.subject());
        texts.add(doc.sponsorsNote());
        for (Paragraph p : doc.preamble()) {
            collect(p, texts);
        }
        for (Paragraph p : doc.operative()) {
            collect(p, texts);
        }
        doc.footnotes().stream().map(Footnote::text).forEach(texts::add);
        for (Footnote note : doc.footnotes()) {
            boolean called = texts.stream().anyMatch(t -> Superscripts.calls(t).contains(note.marker()));
            if (!called) {
                throw new UnTextFormatException(noteLines.get(note.marker()), "footnote note "
                        + Superscripts.toSuperscript(note.marker()) + " is never called; expected the call "
                        + Superscripts.toSuperscript(note.marker()) + " in the text of a paragraph");
            }
        }
    }

    private static void collect(Paragraph p, List<String> texts) {
        texts.add(p.text());
        collect(p.items(), texts);
    }

    private static void collect(List<Item> items, List<String> texts) {
        for (Item item : items) {
            texts.add(item.text());
            collect(item.items(), texts);
        }
    }
}
