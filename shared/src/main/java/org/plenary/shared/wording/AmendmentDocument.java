package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.text.HtmlEscape;

/**
 * A delegation's amendments to a draft as the UN prints an amendment document: the draft's body, session and
 * agenda item, then "China: amendment to draft resolution A/HRC/19/L.11" (or "amendments" for several
 * instructions), then the numbered instructions. As plain text (which {@link AmendmentParser} reads back) and as
 * an HTML fragment with everything escaped.
 */
public final class AmendmentDocument {

    private AmendmentDocument() {
    }

    /**
     * The document text. {@code amendments} are the operations of each amendment, in order, all written against
     * {@code draft}; {@code sponsors} the names of the delegations that table them. Edits of one paragraph make one
     * instruction, whichever amendment they come from.
     */
    public static String text(DraftDocument draft, List<String> sponsors, List<List<EditOperation>> amendments) {
        return textOf(draft, sponsors, instructions(draft, amendments));
    }

    /**
     * The document text for instructions already worded ({@link Wording#instructions}), e.g. against several
     * versions of the draft; {@code draft} gives the header and the symbol.
     */
    public static String textOf(DraftDocument draft, List<String> sponsors, List<String> instructions) {
        StringBuilder out = new StringBuilder();
        for (String line : headerLines(draft.header())) {
            out.append(line).append("\n\n");
        }
        out.append(title(draft, sponsors, instructions.size())).append("\n\n");
        for (int i = 0; i < instructions.size(); i++) {
            out.append(i + 1).append(". ").append(instructions.get(i))
                    .append(i + 1 < instructions.size() ? ";" : ".").append("\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The same as an HTML fragment: an {@code <article>} with a heading and an ordered list. */
    public static String html(DraftDocument draft, List<String> sponsors, List<List<EditOperation>> amendments) {
        return htmlOf(draft, sponsors, instructions(draft, amendments));
    }

    /** The HTML fragment for instructions already worded, as {@link #textOf}. */
    public static String htmlOf(DraftDocument draft, List<String> sponsors, List<String> instructions) {
        StringBuilder out = new StringBuilder("<article class=\"amendment-document\" lang=\"en\">\n");
        List<String> header = headerLines(draft.header());
        if (!header.isEmpty()) {
            out.append("<header>");
            for (String line : header) {
                out.append("<p>").append(HtmlEscape.escape(line)).append("</p>");
            }
            out.append("</header>\n");
        }
        out.append("<h1>").append(HtmlEscape.escape(title(draft, sponsors, instructions.size()))).append("</h1>\n<ol>\n");
        for (int i = 0; i < instructions.size(); i++) {
            out.append("<li>").append(HtmlEscape.escape(instructions.get(i)).replace("\n", "<br>"))
                    .append(i + 1 < instructions.size() ? ";" : ".").append("</li>\n");
        }
        return out.append("</ol>\n</article>\n").toString();
    }

    // Worded together, so that edits of one paragraph by several of the delegation's amendments make one
    // instruction, as in a printed amendment document.
    private static List<String> instructions(DraftDocument draft, List<List<EditOperation>> amendments) {
        List<EditOperation> all = new ArrayList<>();
        amendments.forEach(all::addAll);
        return all.isEmpty() ? List.of() : Wording.instructions(draft, NodeIndex.of(draft), all);
    }

    static String title(DraftDocument draft, List<String> sponsors, int instructions) {
        String kind = draft.kind() == null ? "draft resolution"
                : draft.kind().toLowerCase().contains("decision") ? "draft decision" : "draft resolution";
        String names = join(sponsors);
        return (names.isEmpty() ? "Amendment" : names + ": amendment") + (instructions == 1 ? "" : "s") + " to "
                + kind + (draft.symbol() == null ? "" : " " + draft.symbol());
    }

    private static List<String> headerLines(Header h) {
        List<String> out = new ArrayList<>();
        for (String line : new String[] {h.body(), h.session(), h.agendaItem(), h.agendaTitle()}) {
            if (line != null && !line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    private static String join(List<String> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
