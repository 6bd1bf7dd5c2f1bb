package org.plenary.shared.un;

import org.plenary.shared.text.HtmlEscape;
import org.plenary.shared.text.SafeLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Escaping and inline rendering for {@link HtmlWriter}; remembers which footnote calls it has linked. */
final class Html {

    private final Set<String> markers;
    private final Map<String, Integer> callCounts = new HashMap<>();

    Html(Set<String> markers) {
        this.markers = markers;
    }

    static String escape(String s) {
        return HtmlEscape.escape(s);
    }

    /** Paragraph text with its opening phrase in italics even when the text does not mark it. */
    String paragraph(String text) {
        int opening = Openings.length(text);
        if (opening == 0) {
            return inline(text);
        }
        return "<em>" + inline(text.substring(0, opening)) + "</em>" + inline(text.substring(opening));
    }

    String inline(String text) {
        return render(Inline.parse(text == null ? "" : text));
    }

    private String render(List<Inline> parts) {
        StringBuilder out = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Inline.Text t) {
                out.append(escape(t.text()));
            } else if (part instanceof Inline.Emphasis e) {
                out.append("<em>").append(render(e.content())).append("</em>");
            } else if (part instanceof Inline.Reference r) {
                out.append("<a class=\"ref\" href=\"").append(escape(href(r))).append("\">")
                        .append(escape(r.label())).append("</a>");
            } else if (part instanceof Inline.NoteCall n) {
                out.append(call(n.marker()));
            }
        }
        return out.toString();
    }

    private String call(String marker) {
        if (!markers.contains(marker)) {
            // A superscript without a note (e.g. "km²") is just text.
            return "<sup>" + escape(marker) + "</sup>";
        }
        int n = callCounts.merge(marker, 1, Integer::sum);
        String id = callId(marker, n);
        return "<sup class=\"note-call\"><a href=\"#fn" + marker + "\" id=\"" + id
                + "\" role=\"doc-noteref\" aria-label=\"Footnote " + marker + "\">" + marker + "</a></sup>";
    }

    static String callId(String marker, int n) {
        return "fnref" + marker + (n == 1 ? "" : "-" + n);
    }

    boolean called(String marker) {
        return callCounts.containsKey(marker);
    }

    /** The layout writes "(#)" when the target is unknown: search the UN Digital Library for the symbol then. */
    private static String href(Inline.Reference r) {
        String href = r.href().strip();
        if (href.isEmpty() || href.equals("#")) {
            return "https://digitallibrary.un.org/search?p=" + URLEncoder.encode(r.label(), StandardCharsets.UTF_8);
        }
        return SafeLinks.isSafe(href) ? href : "#";
    }
}
