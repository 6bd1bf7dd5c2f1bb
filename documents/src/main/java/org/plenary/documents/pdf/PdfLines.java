package org.plenary.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.plenary.shared.un.InlineSpans;

/**
 * The lines of a PDF's pages in reading order, with their positions and sizes. A digit set smaller and raised
 * above its line is a footnote call and becomes a superscript digit ("¹"), as the text layout writes calls.
 */
final class PdfLines extends PDFTextStripper {

    /** A smaller digit whose baseline is this share of the line's font size above the line's is raised. */
    private static final float RAISED = 0.15f;
    private static final float SMALLER = 0.9f;

    private final List<PdfLine> lines = new ArrayList<>();
    /** The glyphs of the line being read; null stands for a space between words. */
    private final List<TextPosition> glyphs = new ArrayList<>();

    private PdfLines() {
        setSortByPosition(true);
    }

    static List<PdfLine> of(PDDocument document) throws IOException {
        PdfLines reader = new PdfLines();
        reader.getText(document);
        return reader.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        glyphs.add(null);
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writePageEnd() {
        flush();
    }

    private void flush() {
        List<TextPosition> real = glyphs.stream().filter(g -> g != null && !g.getUnicode().isBlank()).toList();
        if (real.isEmpty()) {
            glyphs.clear();
            return;
        }
        float size = dominant(real, TextPosition::getFontSizeInPt);
        float baseline = dominant(real.stream().filter(g -> g.getFontSizeInPt() >= size * SMALLER).toList(),
                TextPosition::getYDirAdj);
        StringBuilder text = new StringBuilder();
        float firstWord = 0;
        boolean firstWordDone = false;
        for (TextPosition g : glyphs) {
            if (g == null || g.getUnicode().isBlank()) {
                text.append(' ');
                firstWordDone = true;
                continue;
            }
            String unicode = g.getUnicode();
            boolean raised = g.getFontSizeInPt() < size * SMALLER && baseline - g.getYDirAdj() > size * RAISED;
            if (raised && unicode.chars().allMatch(Character::isDigit)) {
                // UN style never puts a space before a call; extraction may see one in the gap.
                while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                unicode = InlineSpans.call(unicode);
            }
            text.append(unicode);
            if (!firstWordDone) {
                firstWord += g.getWidthDirAdj();
            }
        }
        TextPosition first = real.get(0);
        TextPosition last = real.get(real.size() - 1);
        lines.add(new PdfLine(getCurrentPageNo(), text.toString().replace('\u00A0', ' ').strip(), first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(), baseline, size, firstWord, first.getWidthOfSpace()));
        glyphs.clear();
    }

    /** The value most glyphs have (rounded to a tenth of a point). */
    private static float dominant(List<TextPosition> glyphs, java.util.function.ToDoubleFunction<TextPosition> value) {
        Map<Long, Integer> counts = new HashMap<>();
        for (TextPosition g : glyphs) {
            counts.merge(Math.round(value.applyAsDouble(g) * 10), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 10f).orElse(0f);
    }
}
