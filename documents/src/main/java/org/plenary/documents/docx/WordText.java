package org.plenary.documents.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.plenary.documents.ExtractedText;
import org.plenary.shared.un.InlineSpans;

/**
 * A Word document as text in the UN layout, read with the tracked changes of some authors accepted and all others
 * rejected: one block per paragraph (blank lines between), automatic numbers as printed ("1.", "(a)"), italics as
 * {@code *…*}, hyperlinks as {@code [label](target)}, footnote references as superscript calls numbered in order,
 * and the footnotes at the end after a rule.
 */
final class WordText {

    private final WordDocument document;
    private final Predicate<String> accepted;
    private final Map<String, String> markers = new LinkedHashMap<>();

    WordText(WordDocument document, Predicate<String> accepted) {
        this.document = document;
        this.accepted = accepted;
    }

    /** The text with the changes of the authors {@code accepted} selects accepted, the others rejected. */
    static ExtractedText of(WordDocument document, Predicate<String> accepted) {
        return new WordText(document, accepted).text();
    }

    /** One paragraph as it reads: its label (null if none) and its text in markup. */
    record Reading(String label, String text, int level) {
        /** The line as the text layout has it; indented four spaces per level, which nests sub-items. */
        String line() {
            return "    ".repeat(level) + (label == null ? text : text.isEmpty() ? label : label + " " + text);
        }
    }

    /**
     * The body paragraphs that are there in this reading, by their number, with label and text. A paragraph whose
     * mark is gone but whose text stays is joined to the next one, as Word joins them.
     */
    Map<Integer, Reading> readings() {
        Map<Integer, Reading> out = new LinkedHashMap<>();
        Numbering.Counter counter = document.numbering.counter();
        StringBuilder carried = new StringBuilder();
        for (WordParagraph p : document.body) {
            String text = markup(p.runs());
            // The sponsors line without document kind is known by its bold ("A and B:").
            if (text.endsWith(":") && p.runs().stream().filter(r -> !r.text().isBlank()).allMatch(WordRun::bold)
                    && p.runs().stream().anyMatch(r -> !r.text().isBlank())) {
                text = "**" + text + "**";
            }
            if (!WordChange.present(p.mark(), accepted)) {
                carried.append(text);
                continue;
            }
            String label = counter.next(p.numbering());
            out.put(p.number(), new Reading(label, carried + text, p.level()));
            carried.setLength(0);
        }
        return out;
    }

    /** The whole text of this reading; call after {@link #readings()} when both are needed, for the same calls. */
    ExtractedText text() {
        List<String> lines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Map.Entry<Integer, Reading> entry : readings().entrySet()) {
            add(lines, sources, entry.getValue().line(), "Word paragraph " + entry.getKey());
        }
        if (!markers.isEmpty()) {
            add(lines, sources, "__________", "the footnotes");
        }
        for (Map.Entry<String, String> note : markers.entrySet()) {
            List<WordParagraph> paragraphs = document.footnotes.getOrDefault(note.getKey(), List.of());
            StringBuilder text = new StringBuilder();
            for (WordParagraph p : paragraphs) {
                String part = markup(p.runs()).strip();
                text.append(text.isEmpty() || part.isEmpty() ? "" : " ").append(part);
            }
            add(lines, sources, InlineSpans.call(note.getValue()) + " " + text, "footnote " + note.getValue());
        }
        return new ExtractedText(String.join("\n", lines) + "\n", sources);
    }

    private static void add(List<String> lines, List<String> sources, String block, String source) {
        for (String line : block.split("\n", -1)) {
            lines.add(line);
            sources.add(source);
        }
        lines.add("");
        sources.add(source);
    }

    /** The runs present in this reading as text with the layout's inline markup. */
    String markup(List<WordRun> runs) {
        StringBuilder out = new StringBuilder();
        List<WordRun> present = runs.stream().filter(r -> WordChange.present(r.change(), accepted)).toList();
        int i = 0;
        while (i < present.size()) {
            WordRun first = present.get(i);
            int j = i;
            StringBuilder text = new StringBuilder();
            while (j < present.size() && present.get(j).italic() == first.italic()
                    && java.util.Objects.equals(present.get(j).href(), first.href())) {
                text.append(visible(present.get(j)));
                j++;
            }
            if (first.href() != null) {
                out.append('[').append(text).append("](").append(first.href()).append(')');
            } else if (first.italic()) {
                out.append(italic(text.toString()));
            } else {
                out.append(text);
            }
            i = j;
        }
        return out.toString();
    }

    private String visible(WordRun run) {
        if (run.footnoteId() != null) {
            String marker = markers.computeIfAbsent(run.footnoteId(), id -> String.valueOf(markers.size() + 1));
            return InlineSpans.call(marker);
        }
        if (run.superscript() && run.text().chars().allMatch(Character::isDigit)) {
            return InlineSpans.call(run.text());
        }
        return run.text();
    }

    /** "*text*" with the white space around the text left outside the asterisks, as the markup requires. */
    private static String italic(String text) {
        String core = text.strip();
        if (core.isEmpty()) {
            return text;
        }
        int start = text.indexOf(core);
        return text.substring(0, start) + "*" + core + "*" + text.substring(start + core.length());
    }
}
