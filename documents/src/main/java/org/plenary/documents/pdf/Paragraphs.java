package org.plenary.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.plenary.documents.ExtractedText;

/**
 * Puts the lines of a PDF back into the paragraphs they were wrapped from, and sets the notes apart: a line
 * continues the one above when that one filled its column (the first word of this one would not have fitted on
 * it) or when it starts in lower case, unless a wider gap, an indented first line or a label ("1.", "(a)", a
 * bullet, a note's number) starts a new paragraph. Lines in a smaller type that begin with a superscript number
 * are footnotes, wherever on the page they stand; they follow the text after a rule, as in the text layout.
 */
final class Paragraphs {

    private static final Pattern LABEL = Pattern.compile("^(?:\\d{1,3}\\.(?:\\s|$)|\\((?:[a-z]{1,2}|[ivxlc]{1,7})\\)"
            + "(?:\\s|$)|[-•](?:\\s|$)|[⁰¹²³⁴⁵⁶⁷⁸⁹])");
    private static final Pattern ITEM = Pattern.compile("^(?:\\((?:[a-z]{1,2}|[ivxlc]{1,7})\\)|[-•])(?:\\s|$)");
    private static final Pattern NOTE_START = Pattern.compile("^[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    /** A word broken after its hyphen ("capacity-"): the next line continues it without a space. */
    private static final Pattern HYPHEN = Pattern.compile("\\p{L}-$");
    /** A symbol or number broken after a slash or dot ("A/CONF." before "219/7", "E.96.IV." before "13"). */
    private static final Pattern SPLIT_WORD = Pattern.compile("(?:\\p{L}-|\\S*[./]\\S*[./])$");
    /** Points by which a paragraph's first line is set in, at least. */
    private static final float INDENT = 8;
    /** Points of indentation that make one space of the text layout, which nests sub-items by indentation. */
    private static final float POINTS_PER_SPACE = 6;
    /** Smaller than this share of the text's size is the type of notes. */
    private static final float NOTE_SIZE = 0.92f;
    /** A gap between lines wider than this share of the usual one separates paragraphs. */
    private static final float PARAGRAPH_GAP = 1.3f;

    private final List<String> text = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Paragraphs() {
    }

    static ExtractedText of(List<PdfLine> lines) {
        return new Paragraphs().join(lines);
    }

    private ExtractedText join(List<PdfLine> lines) {
        float textSize = mostCommonSize(lines);
        List<PdfLine> body = new ArrayList<>();
        List<List<PdfLine>> notes = new ArrayList<>();
        for (PdfLine line : lines) {
            boolean small = line.size() < textSize * NOTE_SIZE;
            if (small && NOTE_START.matcher(line.text()).find()) {
                notes.add(new ArrayList<>(List.of(line)));
            } else if (small && !notes.isEmpty() && last(notes).get(last(notes).size() - 1).page() == line.page()) {
                last(notes).add(line);
            } else {
                body.add(line);
            }
        }
        Map<Integer, Float> rightEdge = new HashMap<>();
        Map<Integer, Float> leftEdge = new HashMap<>();
        for (PdfLine line : body) {
            rightEdge.merge(line.page(), line.xEnd(), Math::max);
            leftEdge.merge(line.page(), line.x(), Math::min);
        }
        float gap = lineSpacing(body, textSize);
        StringBuilder paragraph = new StringBuilder();
        PdfLine previous = null;
        for (PdfLine line : body) {
            if (previous != null && continues(previous, line, rightEdge, leftEdge, gap * line.size() / textSize)) {
                paragraph.append(joint(paragraph, line.text())).append(line.text());
            } else {
                flush(paragraph, previous);
                paragraph.append(indentation(line, leftEdge)).append(line.text());
            }
            previous = line;
        }
        flush(paragraph, previous);
        if (!notes.isEmpty()) {
            add("__________", "the notes");
            for (List<PdfLine> note : notes) {
                StringBuilder noteText = new StringBuilder();
                note.forEach(l -> noteText.append(noteText.isEmpty() ? "" : joint(noteText, l.text())).append(l.text()));
                add(noteText.toString(), "PDF page " + note.get(0).page() + ", a footnote");
            }
        }
        return new ExtractedText(String.join("\n", text) + "\n", sources);
    }

    private static boolean continues(PdfLine above, PdfLine line, Map<Integer, Float> rightEdge,
                                     Map<Integer, Float> leftEdge, float gap) {
        if (LABEL.matcher(line.text()).find()) {
            return false;
        }
        // A line set in further than the one above is the indented first line of a new paragraph.
        if (line.x() > above.x() + INDENT) {
            return false;
        }
        boolean samePage = above.page() == line.page();
        if (samePage && gap > 0 && line.y() - above.y() > gap * PARAGRAPH_GAP) {
            return false;
        }
        float right = rightEdge.get(above.page());
        float left = leftEdge.get(above.page());
        // A wrapped line spans the column: it starts near the left edge (a first-line indent at most) and the next
        // word would not have fitted after it. A short right-aligned line ("53rd plenary meeting") does not.
        boolean filled = above.x() - left < (right - left) * 0.2f
                && above.xEnd() + above.spaceWidth() + line.firstWordWidth() > right + 1;
        boolean lowerCase = !line.text().isEmpty() && Character.isLowerCase(line.text().charAt(0))
                && !above.text().matches(".*[.;:]$");
        return filled || (samePage && lowerCase);
    }

    /** The spacing of lines inside a paragraph: the smallest distance between baselines of text-size lines. */
    private static float lineSpacing(List<PdfLine> lines, float textSize) {
        float spacing = 0;
        for (int i = 1; i < lines.size(); i++) {
            PdfLine above = lines.get(i - 1);
            PdfLine line = lines.get(i);
            float gap = line.y() - above.y();
            if (line.page() == above.page() && above.size() == textSize && line.size() == textSize && gap >= textSize
                    && (spacing == 0 || gap < spacing)) {
                spacing = gap;
            }
        }
        return spacing;
    }

    private static float mostCommonSize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(l.size(), l.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** What joins a wrapped line to the text above: a space, or nothing inside a broken word or symbol. */
    private static String joint(CharSequence above, String next) {
        boolean hyphen = HYPHEN.matcher(above).find();
        boolean symbol = SPLIT_WORD.matcher(above).find() && !next.isEmpty() && Character.isDigit(next.charAt(0));
        return hyphen || symbol ? "" : " ";
    }

    /** A sub-item keeps its indentation, which tells how it nests; other lines need none. */
    private static String indentation(PdfLine line, Map<Integer, Float> leftEdge) {
        if (!ITEM.matcher(line.text()).find()) {
            return "";
        }
        return " ".repeat(Math.max(0, Math.round((line.x() - leftEdge.get(line.page())) / POINTS_PER_SPACE)));
    }

    private void flush(StringBuilder paragraph, PdfLine last) {
        if (!paragraph.isEmpty()) {
            add(paragraph.toString(), "PDF page " + last.page());
            paragraph.setLength(0);
        }
    }

    private void add(String line, String source) {
        text.add(line);
        sources.add(source);
        text.add("");
        sources.add(source);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
