package org.plenary.shared.consultation;

import org.plenary.shared.consultation.Compilation.Block;
import org.plenary.shared.consultation.Compilation.Tag;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.text.HtmlEscape;
import org.plenary.shared.text.SafeLinks;
import org.plenary.shared.un.InlineSpans;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link Compilation} as an accessible HTML page laid out like {@link CompilationText}: settled paragraphs
 * carry their status in the margin, brackets are set in bold, each proposal is a tag after the words or paragraph it
 * concerns (with the amendment id in {@code data-amendment}), proposed paragraphs are marked as such, alternatives
 * follow their paragraph. Everything taken from the draft is escaped; links are only those the text's references
 * allow.
 */
public final class CompilationHtml {

    private static final String CSS = """
            body { margin: 0; color: #111; font: 16px/1.5 "Times New Roman", Times, serif; }
            main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 2rem 7rem; }
            .doc-header p { margin: 0.15rem 0; }
            .compilation-heading { font-weight: bold; }
            h1 { font-size: 1.3rem; margin: 1.5rem 0 1rem; }
            .block { position: relative; margin: 0 0 0.75rem; }
            .block > p { display: inline; }
            .num { display: inline-block; min-width: 3.5rem; }
            .status { position: absolute; left: -6.5rem; width: 6rem; font-size: 0.8rem; font-weight: bold; }
            .proposed { border-left: 3px solid #0b6e4f; padding-left: 0.5rem; }
            .bracket { font-weight: bold; color: #8a1c1c; }
            .proposal { font-family: Arial, sans-serif; font-size: 0.85em; color: #0b4f9c; }
            .items { list-style: none; margin: 0.4rem 0 0.4rem 3.5rem; padding: 0; }
            .alternative { margin: 0.3rem 0 0.3rem 3.5rem; }
            .alternative .alt { font-weight: bold; }
            .not-shown, .footnotes { margin-top: 2rem; border-top: 1px solid #999; font-size: 0.9rem; }
            @media print { main { max-width: none; padding: 0 0 0 6rem; } .proposal { color: inherit; } }
            """;

    private final Set<String> notes;

    private CompilationHtml(DraftDocument document) {
        this.notes = document.footnotes().stream().map(f -> f.marker()).collect(Collectors.toSet());
    }

    /** A complete page (doctype, lang="en", styles) holding {@link #fragment}. */
    public static String write(Compilation compilation) {
        String title = compilation.document().title() == null ? "Compilation text" : compilation.document().title();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Compilation text: "
                + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + fragment(compilation) + "</main>\n</body>\n</html>\n";
    }

    /** Only the {@code <article>}, for embedding. */
    public static String fragment(Compilation compilation) {
        return new CompilationHtml(compilation.document()).article(compilation);
    }

    private String article(Compilation c) {
        DraftDocument doc = c.document();
        StringBuilder out = new StringBuilder("<article class=\"un-document compilation\" aria-labelledby=\"doc-title\">\n");
        out.append("<header class=\"doc-header\">\n");
        if (doc.symbol() != null) {
            out.append("<p class=\"symbol\">").append(escape(doc.symbol())).append("</p>\n");
        }
        out.append("<p class=\"compilation-heading\">").append(escape(CompilationText.heading(c.version(), c.at())))
                .append("</p>\n</header>\n");
        out.append("<h1 id=\"doc-title\">").append(doc.title() == null ? "" : inline(doc.title())).append(tags(c.title()))
                .append("</h1>\n");
        out.append("<section class=\"preamble\" aria-label=\"Preamble\">\n");
        if (doc.subject() != null) {
            out.append("<p class=\"subject\">").append(inline(doc.subject())).append("</p>\n");
        }
        c.preamble().forEach(b -> block(b, "PP" + b.number(), out));
        out.append("</section>\n<section class=\"operative\" aria-label=\"Operative paragraphs\">\n");
        c.operative().forEach(b -> block(b, b.number() + ".", out));
        out.append("</section>\n");
        if (!c.notShown().isEmpty()) {
            out.append("<section class=\"not-shown\" aria-label=\"Proposals not shown\">\n<p>Proposals not shown in the text:</p>\n<ul>\n");
            c.notShown().forEach(n -> out.append("<li data-amendment=\"").append(escape(n.amendmentId())).append("\">")
                    .append(escape(n.amendmentId() + " [" + n.by() + "]: " + n.reason())).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        if (!c.footnotes().isEmpty()) {
            out.append("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">\n<ol>\n");
            for (Compilation.Note note : c.footnotes()) {
                out.append("<li id=\"fn").append(escape(note.marker())).append("\" value=\"").append(escape(note.marker()))
                        .append("\">").append(inline(note.text())).append(tags(note.tags())).append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        return out.append("</article>\n").toString();
    }

    private void block(Block block, String number, StringBuilder out) {
        out.append("<div class=\"block").append(block.added() != null ? " proposed" : "").append("\" id=\"")
                .append(escape(block.id())).append("\"");
        if (block.status() != null) {
            out.append(" data-status=\"").append(block.status().json()).append("\"");
        }
        out.append(">");
        if (block.status() != null && block.status().printed() != null) {
            out.append("<span class=\"status\">").append(escape(block.status().printed())).append("</span>");
        }
        out.append("<span class=\"num\">").append(escape(number)).append("</span> <p>");
        line(block, true, out);
        out.append("</p>\n");
        items(block.items(), out);
        for (Compilation.Alternative alternative : block.alternatives()) {
            out.append("<p class=\"alternative\" data-alternative=\"").append(alternative.number())
                    .append("\"><span class=\"alt\">").append(escape("Alt " + alternative.number() + " [" + alternative.by() + "]:"))
                    .append("</span> ").append(text(alternative.text(), List.of(), true)).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private void items(List<Block> items, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<ul class=\"items\">\n");
        for (Block item : items) {
            out.append("<li id=\"").append(escape(item.id())).append("\"").append(item.added() != null ? " class=\"proposed\"" : "")
                    .append("><span class=\"label\">").append(escape(item.number())).append("</span> ");
            line(item, false, out);
            out.append('\n');
            items(item.items(), out);
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void line(Block block, boolean paragraph, StringBuilder out) {
        if (block.added() != null) {
            out.append(tag(block.added())).append(' ');
        }
        out.append(text(block.text(), block.markers(), paragraph)).append(tags(block.tags()));
    }

    private String text(String markup, List<Compilation.Marker> markers, boolean paragraph) {
        StringBuilder out = new StringBuilder();
        List<MarkedText.Segment> segments = MarkedText.segments(markup, markers, paragraph);
        for (int i = 0; i < segments.size(); i++) {
            MarkedText.Segment segment = segments.get(i);
            if (segment instanceof MarkedText.Run run) {
                out.append(run(run.span()));
            } else {
                Compilation.Marker marker = ((MarkedText.Mark) segment).marker();
                if (marker instanceof Compilation.Open open) {
                    out.append("<span class=\"bracket\" data-bracket=\"").append(escape(open.bracketId()))
                            .append("\" title=\"").append(escape("Brackets requested by " + open.requestedBy()))
                            .append("\">[</span>");
                } else if (marker instanceof Compilation.Close close) {
                    out.append("<span class=\"bracket\" data-bracket=\"").append(escape(close.bracketId())).append("\">]</span>");
                } else {
                    out.append(MarkedText.spaceBefore(segments, i) ? " " : "")
                            .append(tag(((Compilation.Proposal) marker).tag()))
                            .append(MarkedText.spaceAfter(segments, i) ? " " : "");
                }
            }
        }
        return out.toString();
    }

    private String tags(List<Tag> tags) {
        StringBuilder out = new StringBuilder();
        tags.forEach(tag -> out.append(' ').append(tag(tag)));
        return out.toString();
    }

    private String tag(Tag tag) {
        return "<span class=\"proposal\" data-amendment=\"" + escape(tag.amendmentId()) + "\">["
                + escape(tag.by()) + ": " + Tags.phrase(tag, words -> "\u201C" + inline(words) + "\u201D") + "]</span>";
    }

    private String inline(String markup) {
        StringBuilder out = new StringBuilder();
        InlineSpans.of(markup == null ? "" : markup).forEach(span -> out.append(run(span)));
        return out.toString();
    }

    private String run(InlineSpans.Span span) {
        String text = escape(span.text());
        if (span.noteMarker() != null) {
            String marker = escape(span.noteMarker());
            return notes.contains(span.noteMarker())
                    ? "<sup class=\"note-call\"><a href=\"#fn" + marker + "\" aria-label=\"Footnote " + marker + "\">"
                    + marker + "</a></sup>"
                    : "<sup>" + marker + "</sup>";
        }
        if (span.href() != null) {
            text = "<a class=\"ref\" href=\"" + escape(href(span)) + "\">" + text + "</a>";
        }
        return span.italic() || span.opening() ? "<em>" + text + "</em>" : text;
    }

    /** The layout writes "(#)" when the target is unknown: the UN Digital Library's search for the symbol then. */
    private static String href(InlineSpans.Span span) {
        String href = span.href().strip();
        if (href.isEmpty() || href.equals("#")) {
            return "https://digitallibrary.un.org/search?p=" + URLEncoder.encode(span.text(), StandardCharsets.UTF_8);
        }
        return SafeLinks.isSafe(href) ? href : "#";
    }

    private static String escape(String s) {
        return HtmlEscape.escape(s);
    }
}
