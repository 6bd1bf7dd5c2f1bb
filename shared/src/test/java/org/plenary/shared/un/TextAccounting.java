package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Checks that the reader neither drops nor invents text: the non-blank characters of the input, less pure
 * layout, are exactly the characters held by the structure; and every paragraph, item and note stands in the
 * input as one piece.
 */
final class TextAccounting {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*_{3,}\\s*$");
    private static final Pattern OPERATIVE_NUMBER = Pattern.compile("(?m)^\\s*\\d+\\.(?=\\s|$)");
    private static final Pattern ORIGINAL = Pattern.compile("(?m)^\\s*Original:");
    private static final Pattern SYMBOL_DOT = Pattern.compile("(?m)^(\\s*\\S+/\\S+)\\.(?=\\s|$)");
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)[•]");
    /** The caption "United Nations", alone or before the symbol printed top right. */
    private static final Pattern BANNER = Pattern.compile("(?m)^\\s*United Nations(?=\\s*$|\\s+[A-Z][A-Za-z0-9.-]*/)");

    private TextAccounting() {
    }

    static void assertAccountedFor(String input, DraftDocument doc) {
        assertThat(sorted(structureChars(doc))).as("characters of the structure vs. the input")
                .isEqualTo(sorted(inputChars(input, doc)));
        String flat = input.replaceAll("\\s+", " ");
        for (String text : bodyTexts(doc)) {
            assertThat(flat).as("input holds \"%s\" in one piece", text).contains(text.replaceAll("\\s+", " "));
        }
    }

    private static String inputChars(String input, DraftDocument doc) {
        String text = RULE.matcher(input).replaceAll("");
        text = text.replace("**", "");
        text = OPERATIVE_NUMBER.matcher(text).replaceAll("");
        text = ORIGINAL.matcher(text).replaceAll("");
        text = SYMBOL_DOT.matcher(text).replaceAll("$1");
        text = BULLET.matcher(text).replaceAll("$1-");
        text = BANNER.matcher(text).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            // Separators of the sponsors line are layout; the names, note and kind are compared letter by letter.
            out.add(isSponsorsLine(line, doc) ? sponsorsChars(line) : line);
        }
        return String.join("\n", out);
    }

    private static boolean isSponsorsLine(String line, DraftDocument doc) {
        String t = line.strip();
        return !doc.sponsors().isEmpty() && t.startsWith(doc.sponsors().get(0)) && (t.endsWith(":")
                || (doc.kind() != null && t.endsWith(doc.kind())));
    }

    private static String sponsorsChars(String s) {
        return s.replaceAll("\\band\\b", "").replaceAll("[,:*()]", "");
    }

    private static String structureChars(DraftDocument doc) {
        StringBuilder b = new StringBuilder();
        Header h = doc.header();
        for (String s : new String[] {h.organ(), h.distribution(), h.date(), h.originalLanguage(), h.body(),
                h.session(), h.placeAndDates(), h.agendaItem(), h.agendaTitle(), doc.symbol(),
                doc.adoption() == null ? null : SYMBOL_DOT.matcher(doc.adoption()).replaceAll("$1"),
                doc.title(), doc.subject()}) {
            b.append(s == null ? "" : s).append(' ');
        }
        h.unrecognised().forEach(line -> b.append(line).append(' '));
        List<String> sponsorParts = new ArrayList<>(doc.sponsors());
        sponsorParts.add(doc.sponsorsNote() == null ? "" : doc.sponsorsNote());
        sponsorParts.add(doc.kind() == null || doc.sponsors().isEmpty() ? "" : doc.kind());
        b.append(sponsorsChars(String.join(" ", sponsorParts))).append(' ');
        if (doc.sponsors().isEmpty() && doc.kind() != null) {
            b.append(doc.kind()).append(' ');
        }
        bodyTexts(doc).forEach(t -> b.append(t).append(' '));
        doc.operative().forEach(p -> collectLabels(p.items(), b));
        doc.preamble().forEach(p -> collectLabels(p.items(), b));
        doc.footnotes().forEach(f -> b.append(Superscripts.toSuperscript(f.marker())).append(' '));
        doc.closing().forEach(c -> b.append(c).append(' '));
        return b.toString();
    }

    private static List<String> bodyTexts(DraftDocument doc) {
        List<String> texts = new ArrayList<>();
        for (List<Paragraph> section : List.of(doc.preamble(), doc.operative())) {
            for (Paragraph p : section) {
                texts.add(p.text());
                collectTexts(p.items(), texts);
            }
        }
        doc.footnotes().forEach(f -> texts.add(f.text()));
        return texts;
    }

    private static void collectTexts(List<Item> items, List<String> texts) {
        for (Item item : items) {
            texts.add(item.text());
            collectTexts(item.items(), texts);
        }
    }

    private static void collectLabels(List<Item> items, StringBuilder b) {
        for (Item item : items) {
            b.append(item.label()).append(' ');
            collectLabels(item.items(), b);
        }
    }

    private static String sorted(String s) {
        int[] cps = s.codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
        return new String(cps, 0, cps.length);
    }
}
