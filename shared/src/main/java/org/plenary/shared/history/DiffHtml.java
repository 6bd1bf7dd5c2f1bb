package org.plenary.shared.history;

import org.plenary.shared.text.HtmlEscape;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.plenary.shared.history.ParagraphDiff.Status;

/**
 * Renders a {@link DocumentDiff} as an HTML fragment in the style of tracked changes:
 *
 * <pre>{@code
 * <section class="diff">
 *   <dl class="fields"><dt>symbol</dt><dd><del>…/Rev.1</del> <ins>…/Rev.2</ins></dd></dl>
 *   <div class="operative"><h3>Operative paragraphs</h3>
 *     <p class="paragraph changed" data-id="op4"><span class="number">4.</span> …
 *         <del>possible</del><ins>concrete</ins> …</p>
 *     <p class="paragraph added" data-id="op7"><span class="number">5.</span> <ins>…</ins></p>
 *     <p class="item unchanged" data-id="op2.1" style="margin-left:2em"><span class="label">(a)</span> …</p>
 * }</pre>
 *
 * Every paragraph of the newer version is shown, deleted ones where they stood; operative paragraphs carry their
 * number ("4.", with "formerly 3" when renumbered), preambular ones their ordinal ("PP2"), items their label.
 * Moved paragraphs are marked with where they came from. All text is escaped; the light markup of the paragraph
 * text ({@code *Requests*}) is shown as it is.
 */
public final class DiffHtml {

    private DiffHtml() {
    }

    public static String render(DocumentDiff diff) {
        Objects.requireNonNull(diff, "diff");
        StringBuilder out = new StringBuilder("<section class=\"diff\">\n");
        if (diff.isEmpty()) {
            out.append("<p class=\"no-changes\">No changes.</p>\n");
        }
        renderFields(diff.fields(), out);
        Map<String, Integer> depth = new HashMap<>();
        String open = null;
        for (ParagraphDiff p : diff.paragraphs()) {
            if (!p.isItem() && !p.section().equals(open)) {
                if (open != null) {
                    out.append("</div>\n");
                }
                open = p.section();
                out.append("<div class=\"").append(escape(open)).append("\"><h3>")
                        .append(ParagraphDiff.PREAMBLE.equals(open) ? "Preambular paragraphs" : "Operative paragraphs")
                        .append("</h3>\n");
            }
            int level = p.isItem() ? depth.getOrDefault(p.parentId(), 0) + 1 : 0;
            depth.put(p.id(), level);
            renderParagraph(p, level, out);
        }
        if (open != null) {
            out.append("</div>\n");
        }
        return out.append("</section>\n").toString();
    }

    private static void renderFields(List<DocumentDiff.FieldChange> fields, StringBuilder out) {
        if (fields.isEmpty()) {
            return;
        }
        out.append("<dl class=\"fields\">\n");
        for (DocumentDiff.FieldChange f : fields) {
            out.append("<dt>").append(escape(f.field())).append("</dt><dd>");
            if (f.oldValue() != null) {
                out.append("<del>").append(escapeLines(f.oldValue())).append("</del>");
            }
            if (f.oldValue() != null && f.newValue() != null) {
                out.append(' ');
            }
            if (f.newValue() != null) {
                out.append("<ins>").append(escapeLines(f.newValue())).append("</ins>");
            }
            out.append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static void renderParagraph(ParagraphDiff p, int level, StringBuilder out) {
        out.append("<p class=\"").append(p.isItem() ? "item " : "paragraph ").append(cssClass(p.status()))
                .append("\" data-id=\"").append(escape(p.id())).append('"');
        if (level > 0) {
            out.append(" style=\"margin-left:").append(2 * level).append("em\"");
        }
        out.append('>');
        renderNumber(p, out);
        if (p.moved()) {
            out.append(" <span class=\"moved\">[moved");
            if (p.fromNumber() != null) {
                out.append(" from ").append(escape(reference(p.section(), p.fromNumber())));
            }
            out.append("]</span>");
        }
        out.append(' ');
        switch (p.status()) {
            case ADDED -> out.append("<ins>").append(escape(orEmpty(p.newText()))).append("</ins>");
            case DELETED -> out.append("<del>").append(escape(orEmpty(p.oldText()))).append("</del>");
            default -> renderChanges(p.changes(), out);
        }
        out.append("</p>\n");
    }

    private static void renderNumber(ParagraphDiff p, StringBuilder out) {
        Integer number = p.toNumber() != null ? p.toNumber() : p.fromNumber();
        String shown;
        if (p.isItem()) {
            shown = p.label() != null ? p.label() : number == null ? "" : "(" + number + ")";
            out.append("<span class=\"label\">");
        } else {
            shown = number == null ? "" : reference(p.section(), number);
            out.append("<span class=\"number\">");
        }
        if (p.status() == Status.DELETED) {
            out.append("<del>").append(escape(shown)).append("</del>");
        } else if (p.status() == Status.ADDED) {
            out.append("<ins>").append(escape(shown)).append("</ins>");
        } else {
            out.append(escape(shown));
        }
        out.append("</span>");
        if (!p.isItem() && !p.moved() && p.fromNumber() != null && p.toNumber() != null
                && !p.fromNumber().equals(p.toNumber())) {
            out.append(" <span class=\"renumbered\">(formerly ").append(escape(reference(p.section(), p.fromNumber())))
                    .append(")</span>");
        }
    }

    private static String reference(String section, int number) {
        if (ParagraphDiff.PREAMBLE.equals(section)) {
            return "PP" + number;
        }
        if (ParagraphDiff.OPERATIVE.equals(section)) {
            return number + ".";
        }
        return "item " + number;
    }

    private static void renderChanges(List<WordChange> changes, StringBuilder out) {
        for (WordChange c : changes) {
            switch (c.kind()) {
                case EQUAL -> out.append(escape(c.text()));
                case INSERT -> out.append("<ins>").append(escape(c.text())).append("</ins>");
                case DELETE -> out.append("<del>").append(escape(c.text())).append("</del>");
            }
        }
    }

    private static String cssClass(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String escapeLines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    static String escape(String text) {
        return HtmlEscape.escape(text);
    }
}
