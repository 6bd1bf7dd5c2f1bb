package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

/**
 * The light inline markup of a paragraph's text ({@code *italics*}, {@code [65/230](#)} references, superscript
 * footnote calls) as runs of visible text, for writers outside this package (Word). Each span knows where its
 * visible text starts in the markup text, so an edit given in markup offsets can be placed on it.
 */
public final class InlineSpans {

    /**
     * A run of visible text.
     *
     * @param text       the visible text (for a footnote call: the superscript digits)
     * @param start      offset in the markup text of the first visible character; the others follow contiguously
     * @param italic     set in italics by the markup
     * @param opening    the paragraph's opening phrase, set in italics by UN print though not marked
     * @param href       the target of a reference, or null
     * @param noteMarker the footnote marker ("1") of a call, or null
     */
    public record Span(String text, int start, boolean italic, boolean opening, String href, String noteMarker) {

        public int end() {
            return start + text.length();
        }

        /** The part of this span between markup offsets [from, to), which must lie within it. */
        public Span slice(int from, int to) {
            return new Span(text.substring(from - start, to - start), from, italic, opening, href, noteMarker);
        }
    }

    private InlineSpans() {
    }

    /** The spans of a text as marked up. */
    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        walk(Inline.parse(text == null ? "" : text), 0, false, out);
        return out;
    }

    /** The spans of a paragraph's text, with its unmarked opening phrase ("Recalling also") flagged. */
    public static List<Span> ofParagraph(String text) {
        List<Span> spans = of(text);
        int opening = Openings.length(text == null ? "" : text);
        if (opening == 0 || spans.isEmpty()) {
            return spans;
        }
        Span first = spans.get(0);
        if (first.italic() || first.href() != null || first.noteMarker() != null || first.end() < opening) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        out.add(new Span(first.text().substring(0, opening), 0, false, true, null, null));
        if (first.end() > opening) {
            out.add(first.slice(opening, first.end()));
        }
        out.addAll(spans.subList(1, spans.size()));
        return out;
    }

    /** Walks the parsed markup; returns the offset after it. */
    private static int walk(List<Inline> parts, int at, boolean italic, List<Span> out) {
        int cursor = at;
        for (Inline part : parts) {
            if (part instanceof Inline.Text t) {
                out.add(new Span(t.text(), cursor, italic, false, null, null));
                cursor += t.text().length();
            } else if (part instanceof Inline.Emphasis e) {
                cursor = walk(e.content(), cursor + 1, true, out) + 1;
            } else if (part instanceof Inline.Reference r) {
                out.add(new Span(r.label(), cursor + 1, italic, false, r.href(), null));
                cursor += r.label().length() + r.href().length() + 4;
            } else if (part instanceof Inline.NoteCall n) {
                String call = Superscripts.toSuperscript(n.marker());
                out.add(new Span(call, cursor, italic, false, null, n.marker()));
                cursor += call.length();
            }
        }
        return cursor;
    }

    /** Footnote calls as printed: the marker "12" as "¹²". */
    public static String call(String marker) {
        return Superscripts.toSuperscript(marker);
    }
}
