package org.plenary.shared.consultation;

import org.plenary.shared.consultation.Compilation.Block;
import org.plenary.shared.consultation.Compilation.Marker;
import org.plenary.shared.consultation.Compilation.Tag;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.InlineSpans;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Compilation} in the UN text layout: symbol, "Compilation text" with its version and time, title,
 * subject formula, then the paragraphs separated by blank lines — preambular ones labelled "PP1", "PP2 bis" (a
 * compilation refers to them by label), operative ones numbered "1.", "2 bis." — each followed by its status in
 * parentheses when settled ("3. (agreed ad ref) *Requests* …"), its text with brackets and word proposals inline,
 * its whole-paragraph proposals, its sub-items (four spaces per level) and its alternatives ("Alt 1 [Brazil]: …").
 * Pending amendments that could not be placed are listed, then the footnotes after a rule, as in the UN layout.
 */
public final class CompilationText {

    private static final String INDENT = "    ";
    private static final String RULE = "__________";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CompilationText() {
    }

    public static String write(Compilation compilation) {
        DraftDocument doc = compilation.document();
        List<String> blocks = new ArrayList<>();
        add(blocks, doc.symbol());
        blocks.add(heading(compilation.version(), compilation.at()));
        add(blocks, doc.title() == null ? null : doc.title() + tags(compilation.title()));
        add(blocks, doc.subject());
        for (Block block : compilation.preamble()) {
            paragraph(block, "PP" + block.number(), blocks);
        }
        for (Block block : compilation.operative()) {
            paragraph(block, block.number() + ".", blocks);
        }
        if (!compilation.notShown().isEmpty()) {
            blocks.add("Proposals not shown in the text:");
            compilation.notShown().forEach(n -> blocks.add(n.amendmentId() + " [" + n.by() + "]: " + n.reason()));
        }
        if (!compilation.footnotes().isEmpty()) {
            blocks.add(RULE);
            for (Compilation.Note note : compilation.footnotes()) {
                blocks.add(InlineSpans.call(note.marker()) + " " + note.text() + tags(note.tags()));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** "Compilation text, version 12 (23 May 2017, 15:00 UTC)". */
    public static String heading(long version, Instant at) {
        return "Compilation text, version " + version + (at == null ? "" : " (" + WHEN.format(at) + ")");
    }

    private static void paragraph(Block block, String number, List<String> blocks) {
        StringBuilder out = new StringBuilder(number).append(' ');
        line(block, out);
        items(block.items(), 1, out);
        blocks.add(out.toString());
        for (Compilation.Alternative alternative : block.alternatives()) {
            blocks.add("Alt " + alternative.number() + " [" + alternative.by() + "]: " + alternative.text());
        }
    }

    private static void items(List<Block> items, int depth, StringBuilder out) {
        for (Block item : items) {
            out.append('\n').append(INDENT.repeat(depth)).append(item.number()).append(' ');
            line(item, out);
            items(item.items(), depth + 1, out);
        }
    }

    /** Status, text with its markers, then the proposals on the whole of it. */
    private static void line(Block block, StringBuilder out) {
        if (block.added() != null) {
            out.append(Tags.text(block.added())).append(' ');
        }
        if (block.status() != null && block.status().printed() != null) {
            out.append('(').append(block.status().printed()).append(") ");
        }
        out.append(MarkedText.inline(block.text(), block.markers(), CompilationText::marker)).append(tags(block.tags()));
    }

    private static String marker(Marker marker) {
        if (marker instanceof Compilation.Open) {
            return "[";
        }
        if (marker instanceof Compilation.Close) {
            return "]";
        }
        return " " + Tags.text(((Compilation.Proposal) marker).tag()) + " ";
    }

    private static String tags(List<Tag> tags) {
        StringBuilder out = new StringBuilder();
        tags.forEach(tag -> out.append(' ').append(Tags.text(tag)));
        return out.toString();
    }

    private static void add(List<String> blocks, String block) {
        if (block != null && !block.isBlank()) {
            blocks.add(block);
        }
    }
}
