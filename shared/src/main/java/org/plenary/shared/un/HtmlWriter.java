package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Writes a {@link DraftDocument} as a semantic, accessible HTML page that prints like a UN document: header
 * block, sponsors, title as the only {@code h1}, preambular paragraphs, operative paragraphs as a numbered list
 * with their numbers printed, sub-items as nested lists with their labels, italic openings, references as
 * links and footnotes as linked endnotes with back links. Everything taken from the document is escaped.
 */
public final class HtmlWriter {

    private HtmlWriter() {
    }

    /** A complete page (doctype, lang="en", screen and print styles) holding {@link #fragment(DraftDocument)}. */
    public static String write(DraftDocument doc) {
        String title = doc.title() != null ? doc.title() : doc.kind() != null ? doc.kind() : "Resolution";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + HtmlStyle.CSS + "</style>\n</head>\n"
                + "<body>\n<main>\n" + fragment(doc) + "</main>\n</body>\n</html>\n";
    }

    /** Only the {@code <article>} with the document, for embedding in another page. */
    public static String fragment(DraftDocument doc) {
        Set<String> markers = new LinkedHashSet<>();
        doc.footnotes().forEach(f -> markers.add(f.marker()));
        Html html = new Html(markers);
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"un-document\"").append(doc.title() == null ? "" : " aria-labelledby=\"doc-title\"")
                .append(">\n");
        header(doc, html, out);
        if (doc.title() != null) {
            out.append("<h1 id=\"doc-title\">").append(html.inline(doc.title())).append("</h1>\n");
        }
        if (doc.subject() != null || !doc.preamble().isEmpty()) {
            out.append("<section class=\"preamble\" aria-label=\"Preamble\">\n");
            if (doc.subject() != null) {
                out.append("<p class=\"subject\">").append(html.inline(doc.subject())).append("</p>\n");
            }
            for (Paragraph p : doc.preamble()) {
                out.append("<div class=\"pp\" id=\"").append(Html.escape(p.id())).append("\">\n<p>")
                        .append(html.paragraph(p.text())).append("</p>\n");
                items(p.items(), html, out);
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }
        if (!doc.operative().isEmpty()) {
            out.append("<section class=\"operative\" aria-label=\"Operative paragraphs\">\n<ol class=\"op-list\">\n");
            for (int i = 0; i < doc.operative().size(); i++) {
                Paragraph p = doc.operative().get(i);
                out.append("<li class=\"op\" id=\"").append(Html.escape(p.id())).append("\" value=\"").append(i + 1)
                        .append("\"><span class=\"num\" aria-hidden=\"true\">").append(i + 1).append(".</span> <p>")
                        .append(html.paragraph(p.text())).append("</p>\n");
                items(p.items(), html, out);
                out.append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        if (!doc.closing().isEmpty()) {
            out.append("<footer class=\"closing\">\n");
            doc.closing().forEach(line -> out.append("<p>").append(html.inline(line)).append("</p>\n"));
            out.append("</footer>\n");
        }
        notes(doc.footnotes(), html, out);
        return out.append("</article>\n").toString();
    }

    private static void header(DraftDocument doc, Html html, StringBuilder out) {
        Header h = doc.header();
        List<String[]> lines = new ArrayList<>();
        boolean numberBeforeTitle = UnTextWriter.numberBeforeTitle(doc);
        add(lines, "symbol", numberBeforeTitle ? null : doc.symbol());
        add(lines, "organ", h.organ());
        add(lines, "distribution", h.distribution());
        add(lines, "date", h.date());
        add(lines, "original", h.originalLanguage() == null ? null : "Original: " + h.originalLanguage());
        add(lines, "body", h.body());
        add(lines, "session", h.session());
        add(lines, "place", h.placeAndDates());
        // Unrecognised lines where UnTextWriter puts them, so that a reading of the page finds them again.
        boolean beforeAgendaItem = h.agendaItem() != null && h.agendaTitle() == null;
        if (beforeAgendaItem) {
            h.unrecognised().forEach(line -> add(lines, "unrecognised", line));
        }
        add(lines, "agenda-item", h.agendaItem());
        add(lines, "agenda-title", h.agendaTitle());
        if (!beforeAgendaItem) {
            h.unrecognised().forEach(line -> add(lines, "unrecognised", line));
        }
        String sponsors = UnTextWriter.sponsorsLine(doc);
        if (lines.isEmpty() && sponsors == null && doc.adoption() == null) {
            return;
        }
        out.append("<header class=\"doc-header\">\n");
        for (String[] line : lines) {
            out.append("<p class=\"").append(line[0]).append("\">").append(Html.escape(line[1])).append("</p>\n");
        }
        if (sponsors != null) {
            String names = SponsorsLine.join(doc.sponsors())
                    + (doc.sponsorsNote() == null ? "" : " (" + doc.sponsorsNote() + ")");
            out.append("<p class=\"sponsors\">");
            if (!names.isEmpty()) {
                out.append("<strong>").append(Html.escape(names)).append(":</strong>");
            }
            if (doc.kind() != null) {
                out.append(names.isEmpty() ? "" : " ").append(Html.escape(doc.kind()));
            }
            out.append("</p>\n");
        }
        if (doc.adoption() != null) {
            doc.adoption().lines().forEach(l -> out.append("<p class=\"adoption\">").append(Html.escape(l)).append("</p>\n"));
            if (numberBeforeTitle) {
                out.append("<p class=\"resolution-symbol\">").append(Html.escape(doc.symbol())).append(".</p>\n");
            }
        }
        out.append("</header>\n");
    }

    private static void items(List<Item> items, Html html, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        boolean bullets = items.stream().allMatch(i -> i.label().equals("-"));
        out.append(bullets ? "<ul class=\"items\">\n" : "<ol class=\"items\">\n");
        for (Item item : items) {
            out.append("<li id=\"").append(Html.escape(item.id())).append("\">");
            if (!bullets) {
                out.append("<span class=\"label\">").append(Html.escape(item.label())).append("</span> ");
            }
            out.append(html.inline(item.text())).append('\n');
            items(item.items(), html, out);
            out.append("</li>\n");
        }
        out.append(bullets ? "</ul>\n" : "</ol>\n");
    }

    private static void notes(List<Footnote> footnotes, Html html, StringBuilder out) {
        if (footnotes.isEmpty()) {
            return;
        }
        out.append("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"notes-heading\">\n")
                .append("<h2 id=\"notes-heading\">Notes</h2>\n<ol>\n");
        for (Footnote note : footnotes) {
            // Calls were rendered before the notes, so html knows whether there is a call to go back to.
            boolean called = html.called(note.marker());
            out.append("<li id=\"fn").append(Html.escape(note.marker())).append("\" value=\"")
                    .append(Html.escape(note.marker())).append("\"><p>").append(html.inline(note.text()));
            if (called) {
                out.append(" <a href=\"#").append(Html.callId(note.marker(), 1))
                        .append("\" role=\"doc-backlink\" aria-label=\"Back to the call of footnote ")
                        .append(Html.escape(note.marker())).append("\">↩</a>");
            }
            out.append("</p></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void add(List<String[]> lines, String cssClass, String value) {
        if (value != null) {
            lines.add(new String[] {cssClass, value});
        }
    }
}
