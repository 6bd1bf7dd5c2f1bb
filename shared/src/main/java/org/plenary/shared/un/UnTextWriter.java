package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Writes a {@link DraftDocument} in the canonical UN text layout that {@link UnTextReader} reads: header lines,
 * the sponsors line in bold, title, subject formula, paragraphs separated by blank lines, operative numbers
 * "1.", sub-items one per line (indented four spaces per nesting level), closing lines, and all footnote notes
 * at the end after a rule of underscores. Missing parts (no header, no sponsors, …) are simply left out.
 */
public final class UnTextWriter {

    static final String RULE = "__________";
    private static final String INDENT = "    ";
    /** A resolution's number ("76/186", "2023/15", "S-30/1"), printed before its title rather than at the top. */
    private static final java.util.regex.Pattern RESOLUTION_NUMBER =
            java.util.regex.Pattern.compile("^(?:[A-Z]{1,3}-)?\\d+/\\d+$");

    private UnTextWriter() {
    }

    public static String write(DraftDocument doc) {
        List<String> blocks = new ArrayList<>();
        Header h = doc.header();
        boolean numberBeforeTitle = numberBeforeTitle(doc);
        if (!numberBeforeTitle) {
            add(blocks, doc.symbol());
        }
        add(blocks, h.organ());
        add(blocks, lines(h.distribution(), h.date()));
        add(blocks, h.originalLanguage() == null ? null : "Original: " + h.originalLanguage());
        add(blocks, h.body());
        add(blocks, h.session());
        add(blocks, h.placeAndDates());
        // Unrecognised lines go last, where no field's slot can take them when read back; before an agenda item
        // without title, since the line after it would be read as its title.
        boolean beforeAgendaItem = h.agendaItem() != null && h.agendaTitle() == null;
        if (beforeAgendaItem) {
            h.unrecognised().forEach(line -> add(blocks, line));
        }
        add(blocks, h.agendaItem());
        add(blocks, h.agendaTitle());
        if (!beforeAgendaItem) {
            h.unrecognised().forEach(line -> add(blocks, line));
        }
        add(blocks, sponsorsLine(doc));
        if (doc.adoption() != null) {
            doc.adoption().lines().forEach(line -> add(blocks, line));
        }
        if (numberBeforeTitle) {
            add(blocks, doc.symbol() + ".");
        }
        add(blocks, doc.title());
        add(blocks, doc.subject());
        for (Paragraph p : doc.preamble()) {
            add(blocks, p.text());
            add(blocks, items(p.items()));
        }
        for (int i = 0; i < doc.operative().size(); i++) {
            Paragraph p = doc.operative().get(i);
            add(blocks, (i + 1) + "." + (p.text().isEmpty() ? "" : " " + p.text()));
            add(blocks, items(p.items()));
        }
        add(blocks, doc.closing().isEmpty() ? null : String.join("\n", doc.closing()));
        if (!doc.footnotes().isEmpty()) {
            add(blocks, RULE);
            for (Footnote note : doc.footnotes()) {
                add(blocks, Superscripts.toSuperscript(note.marker()) + " " + note.text());
            }
        }
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    /** An adopted resolution's number stands before its title; every other symbol at the top. */
    public static boolean numberBeforeTitle(DraftDocument doc) {
        return doc.adoption() != null && doc.symbol() != null && RESOLUTION_NUMBER.matcher(doc.symbol()).matches();
    }

    /** "Subsequently joined by: France, Germany and Italy" (names as printed), or null when there are none. */
    public static String subsequentlyJoinedLine(List<String> names) {
        return SponsorsLine.subsequentlyJoined(names);
    }

    /**
     * The text with "Subsequently joined by: …" below its sponsors line ({@code line} from
     * {@link #subsequentlyJoinedLine}); unchanged when {@code line} is null or the text has no sponsors line.
     */
    public static String withSubsequentlyJoined(String text, DraftDocument doc, String line) {
        String sponsors = line == null ? null : sponsorsLine(doc);
        int at = sponsors == null ? -1 : text.indexOf(sponsors);
        if (at < 0) {
            return text;
        }
        int end = at + sponsors.length();
        return text.substring(0, end) + "\n\n" + line + text.substring(end);
    }

    /** The sponsors line as printed: "**A, B and C:\nrevised draft resolution**". */
    public static String sponsorsLine(DraftDocument doc) {
        if (doc.sponsors().isEmpty() && doc.kind() == null) {
            return null;
        }
        String names = SponsorsLine.join(doc.sponsors())
                + (doc.sponsorsNote() == null ? "" : "* (" + doc.sponsorsNote() + ")");
        if (doc.kind() == null) {
            return "**" + names + ":**";
        }
        return "**" + (names.isEmpty() ? "" : names + ":\n") + doc.kind() + "**";
    }

    private static String items(List<Item> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        appendItems(items, 0, out);
        return out.toString();
    }

    private static void appendItems(List<Item> items, int depth, StringBuilder out) {
        for (Item item : items) {
            out.append(out.length() == 0 ? "" : "\n").append(INDENT.repeat(depth)).append(item.label());
            if (!item.text().isEmpty()) {
                out.append(' ').append(item.text());
            }
            appendItems(item.items(), depth + 1, out);
        }
    }

    private static String lines(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + "\n" + second;
    }

    private static void add(List<String> blocks, String block) {
        if (block != null && !block.isBlank()) {
            blocks.add(block);
        }
    }
}
