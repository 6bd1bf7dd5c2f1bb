package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Paragraph;

/**
 * Reads the body below the subject formula: preambular paragraphs (unnumbered blocks), operative paragraphs
 * ("1. …"), their sub-items, footnote notes wherever they stand, and the closing lines after the last
 * operative paragraph. A line that continues the line above (no blank line between, no label of its own) is
 * joined to it with one space, so wrapped text reads as one paragraph.
 */
final class BodyReader {

    static final Pattern OPERATIVE = Pattern.compile("^(\\d{1,3})\\.(?:\\s+(\\S.*))?$");
    static final Pattern ITEM = Pattern.compile("^\\(([a-z]{1,2}|[ivxlc]{1,7})\\)(?:\\s+(\\S.*))?$");
    static final Pattern BULLET = Pattern.compile("^[-•](?:\\s+(\\S.*))?$");
    static final Pattern NOTE = Pattern.compile("^([" + Superscripts.DIGITS + "]+)\\s*(\\S.*)?$");
    static final Pattern RULE = Pattern.compile("^_{3,}$");

    record Body(List<Paragraph> preamble, List<Paragraph> operative, List<Footnote> footnotes,
                List<String> closing, Map<String, Integer> noteLines) {
    }

    private final List<TextNode.Para> preamble = new ArrayList<>();
    private final List<TextNode.Para> operative = new ArrayList<>();
    private final Map<String, TextNode.Note> notes = new LinkedHashMap<>();
    private final List<String> closing = new ArrayList<>();
    private int closingLine = -1;
    private TextNode.Para paragraph;
    private ItemNesting nesting;
    private TextNode current;
    private boolean afterBlank = true;

    static Body read(List<Line> lines) {
        BodyReader reader = new BodyReader();
        lines.forEach(reader::accept);
        return reader.result();
    }

    private void accept(Line line) {
        String c = line.content();
        if (line.blank() || RULE.matcher(c).matches()) {
            afterBlank = true;
            if (!line.blank()) {
                current = null;
            }
            return;
        }
        Matcher m;
        if ((m = NOTE.matcher(c)).matches()) {
            note(line, m);
        } else if ((m = OPERATIVE.matcher(c)).matches()) {
            operativeParagraph(line, m);
        } else if ((m = ITEM.matcher(c)).matches()) {
            item(line, "(" + m.group(1) + ")", m.group(2));
        } else if ((m = BULLET.matcher(c)).matches()) {
            item(line, "-", m.group(1));
        } else {
            text(line);
        }
        afterBlank = false;
    }

    private void note(Line line, Matcher m) {
        String marker = Superscripts.toMarker(m.group(1));
        TextNode.Note earlier = notes.get(marker);
        if (earlier != null) {
            throw new UnTextFormatException(earlier.line(), line.number(), "two notes for footnote " + m.group(1)
                    + "; expected one note per footnote call");
        }
        TextNode.Note note = new TextNode.Note(line.number(), marker, m.group(2));
        notes.put(marker, note);
        current = note;
    }

    private void operativeParagraph(Line line, Matcher m) {
        requireNoClosing(line);
        int expected = operative.size() + 1;
        if (Integer.parseInt(m.group(1)) != expected) {
            throw new UnTextFormatException(line.number(), "operative paragraph numbered \"" + m.group(1)
                    + ".\"; expected \"" + expected + ".\" (operative paragraphs are numbered 1., 2., … in order)");
        }
        startParagraph(new TextNode.Para(m.group(2)), operative);
    }

    private void item(Line line, String label, String text) {
        requireNoClosing(line);
        if (paragraph == null) {
            throw new UnTextFormatException(line.number(), "sub-item \"" + label + "\" before any paragraph; "
                    + "expected a preambular or operative paragraph to hold it");
        }
        current = nesting.add(label, line.indent(), text);
    }

    private void text(Line line) {
        if (!afterBlank && current != null) {
            current.append(line.content());
        } else if (operative.isEmpty()) {
            startParagraph(new TextNode.Para(line.content()), preamble);
        } else {
            // After the last operative paragraph only closing lines ("53rd plenary meeting") may follow;
            // that it was the last one is checked when another paragraph or item shows up.
            closingLine = closingLine < 0 ? line.number() : closingLine;
            closing.add(line.content());
            current = null;
        }
    }

    private void startParagraph(TextNode.Para para, List<TextNode.Para> section) {
        section.add(para);
        paragraph = para;
        nesting = new ItemNesting(para.items);
        current = para;
    }

    private void requireNoClosing(Line line) {
        if (closingLine > 0) {
            throw new UnTextFormatException(closingLine, line.number(), "unnumbered text in the operative part; "
                    + "expected an operative paragraph numbered \"" + (operative.size() + 1) + ".\", a sub-item "
                    + "\"(a)\" or a footnote note \"¹ …\" (closing lines may only follow the last paragraph)");
        }
    }

    private Body result() {
        List<Footnote> footnotes = new ArrayList<>();
        Map<String, Integer> noteLines = new LinkedHashMap<>();
        notes.values().stream()
                .sorted(Comparator.comparing((TextNode.Note n) -> n.marker().length()).thenComparing(TextNode.Note::marker))
                .forEach(n -> {
                    footnotes.add(new Footnote(n.marker(), n.text()));
                    noteLines.put(n.marker(), n.line());
                });
        return new Body(paragraphs(preamble, "pp"), paragraphs(operative, "op"), footnotes, closing, noteLines);
    }

    private static List<Paragraph> paragraphs(List<TextNode.Para> nodes, String prefix) {
        List<Paragraph> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = prefix + (i + 1);
            result.add(new Paragraph(id, nodes.get(i).text(), TextNode.items(id, nodes.get(i).items)));
        }
        return result;
    }
}
