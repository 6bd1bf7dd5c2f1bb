package org.plenary.shared.un;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.shared.document.Footnote;

/**
 * Renders inline markup as Akoma Ntoso: {@code <i>}, {@code <ref>}, and each footnote as an
 * {@code <authorialNote>} at its first call ({@code <noteRef>} at later calls).
 */
final class AknInline {

    private final Map<String, Footnote> footnotes;
    private final Set<String> placed = new HashSet<>();

    AknInline(Map<String, Footnote> footnotes) {
        this.footnotes = footnotes;
    }

    static String escape(String s) {
        return Html.escape(s == null ? "" : s);
    }

    static String noteId(String marker) {
        return "authorialNote_" + marker;
    }

    boolean placed(String marker) {
        return placed.contains(marker);
    }

    String render(String text) {
        return render(Inline.parse(text == null ? "" : text), true);
    }

    /** Note text: calls inside a note stay superscript text rather than nesting notes. */
    String renderNote(String text) {
        return render(Inline.parse(text == null ? "" : text), false);
    }

    private String render(List<Inline> parts, boolean notesAllowed) {
        StringBuilder out = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Inline.Text t) {
                out.append(escape(t.text()));
            } else if (part instanceof Inline.Emphasis e) {
                out.append("<i>").append(render(e.content(), notesAllowed)).append("</i>");
            } else if (part instanceof Inline.Reference r) {
                out.append("<ref href=\"").append(escape(href(r))).append("\">").append(escape(r.label()))
                        .append("</ref>");
            } else if (part instanceof Inline.NoteCall n) {
                out.append(call(n.marker(), notesAllowed));
            }
        }
        return out.toString();
    }

    private String call(String marker, boolean notesAllowed) {
        Footnote note = footnotes.get(marker);
        if (note == null || !notesAllowed) {
            return "<sup>" + escape(Superscripts.toSuperscript(marker)) + "</sup>";
        }
        if (!placed.add(marker)) {
            return "<noteRef marker=\"" + escape(marker) + "\" href=\"#" + noteId(marker) + "\"/>";
        }
        return "<authorialNote marker=\"" + escape(marker) + "\" placement=\"bottom\" eId=\"" + noteId(marker)
                + "\"><p>" + renderNote(note.text()) + "</p></authorialNote>";
    }

    private static String href(Inline.Reference r) {
        String href = r.href().strip();
        if (href.isEmpty() || href.equals("#")) {
            return "https://digitallibrary.un.org/search?p="
                    + java.net.URLEncoder.encode(r.label(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return href.startsWith("javascript:") || href.contains(" ") ? "#" : href;
    }
}
