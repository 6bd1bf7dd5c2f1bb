package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * A small draft resolution in the UN text layout, with ids as {@code DocumentIds} would give them, and
 * helpers that turn the wording of an amendment ("after the word … delete the words …") into offsets.
 */
public final class DraftFixture {

    public static final String PP1 = "Recalling General Assembly resolution [65/230](#) of 21 December 2010,";
    public static final String PP2 = "Welcoming the decision of the Council to continue and to dispatch a high-level "
            + "mission to assess the human rights situation in Darfur,";
    public static final String PP3 = "Expressing appreciation for the work done thus far by the Expert Group,";

    public static final String OP1 = "*Expresses* its grave concern regarding the seriousness of the ongoing violations "
            + "of human rights in Darfur, including attacks on the civilian population;";
    public static final String OP2 = "*Requests* the United Nations Office on Drugs and Crime to periodically collect "
            + "information on:";
    public static final String OP2_1 = "new developments in the use of information technologies for criminal purposes;";
    public static final String OP2_2 = "progress made in implementing the Salvador Declaration;¹";
    public static final String OP2_3 = "best practices identified, in particular:";
    public static final String OP2_3_1 = "in the investigation of cybercrime;";
    public static final String OP2_3_2 = "in international cooperation;";
    public static final String OP3 = "*Decides* that the Expert Group will dedicate its future meetings to examining, "
            + "in a structured manner, the following chapters of the study:";
    public static final String OP3_1 = "Chapter 3: Legislation and frameworks";
    public static final String OP3_2 = "Chapter 4: Criminalization";
    public static final String OP4 = "*Encourages* the Expert Group to develop possible conclusions and recommendations "
            + "for submission to the Commission;";
    public static final String OP5 = "*Invites* Member States and other donors to work through the United Nations Office "
            + "on Drugs and Crime in providing technical assistance;";
    public static final String OP6 = "*Requests* the Expert Group to report to the Commission at its next session on "
            + "progress in its work.";

    private DraftFixture() {
    }

    public static DraftDocument cybercrimeDraft() {
        Header header = new Header("Economic and Social Council", "Distr.: Limited", "23 May 2017", "English",
                "Commission on Crime Prevention and Criminal Justice", "Twenty-sixth session",
                "Vienna, 22-26 May 2017", "Agenda item 7",
                "World crime trends and emerging issues and responses in the field of crime prevention and "
                        + "criminal justice");
        List<Paragraph> preamble = List.of(
                new Paragraph("pp1", PP1),
                new Paragraph("pp2", PP2),
                new Paragraph("pp3", PP3));
        List<Paragraph> operative = List.of(
                new Paragraph("op1", OP1),
                new Paragraph("op2", OP2, List.of(
                        new Item("op2.1", "(a)", OP2_1, List.of()),
                        new Item("op2.2", "(b)", OP2_2, List.of()),
                        new Item("op2.3", "(c)", OP2_3, List.of(
                                new Item("op2.3.1", "(i)", OP2_3_1, List.of()),
                                new Item("op2.3.2", "(ii)", OP2_3_2, List.of()))))),
                new Paragraph("op3", OP3, List.of(
                        new Item("op3.1", "-", OP3_1, List.of()),
                        new Item("op3.2", "-", OP3_2, List.of()))),
                new Paragraph("op4", OP4),
                new Paragraph("op5", OP5),
                new Paragraph("op6", OP6));
        return new DraftDocument(header, "revised draft resolution", "E/CN.15/2017/L.4/Rev.1",
                List.of("Belarus", "Brazil", "China"), null, null,
                "Strengthening international cooperation to combat cybercrime",
                "The Commission on Crime Prevention and Criminal Justice,", preamble, operative,
                List.of(new Footnote("1", "General Assembly resolution [65/230](#), annex.")), List.of());
    }

    /** The text of a paragraph or item, found anywhere in the document. */
    public static String textOf(DraftDocument document, String id) {
        for (Node node : nodes(document)) {
            if (node.id().equals(id)) {
                return node.text();
            }
        }
        throw new AssertionError("no node " + id);
    }

    /** "In paragraph X delete the words W": removes W and the space before it. */
    public static ReplaceText deleteWords(DraftDocument document, String id, String words) {
        int start = uniqueOffset(textOf(document, id), " " + words);
        return new ReplaceText(id, start, start + words.length() + 1, "");
    }

    /** "Substitute the word N for O": replaces the words O by N. */
    public static ReplaceText substitute(DraftDocument document, String id, String oldWords, String newWords) {
        int start = uniqueOffset(textOf(document, id), oldWords);
        return new ReplaceText(id, start, start + oldWords.length(), newWords);
    }

    /** "After the words A insert the words W": W is inserted with a space in front. */
    public static ReplaceText insertAfterWords(DraftDocument document, String id, String anchor, String words) {
        int end = uniqueOffset(textOf(document, id), anchor) + anchor.length();
        return new ReplaceText(id, end, end, " " + words);
    }

    /** "After the word A replace the existing text by the following: T". */
    public static ReplaceText replaceRestAfter(DraftDocument document, String id, String anchor, String text) {
        String old = textOf(document, id);
        int end = uniqueOffset(old, anchor) + anchor.length();
        return new ReplaceText(id, end, old.length(), text);
    }

    static int uniqueOffset(String text, String words) {
        int at = text.indexOf(words);
        assertThat(at).as("\"%s\" in \"%s\"", words, text).isNotNegative();
        assertThat(text.indexOf(words, at + 1)).as("\"%s\" occurs once in \"%s\"", words, text).isNegative();
        return at;
    }

    /** A paragraph or item flattened: its id, the id of what holds it, its label and its text. */
    public record Node(String id, String parent, String label, String text) {
    }

    /** Every paragraph and item in document order, preamble first. */
    public static List<Node> nodes(DraftDocument document) {
        List<Node> out = new ArrayList<>();
        for (Paragraph p : document.preamble()) {
            out.add(new Node(p.id(), "preamble", null, p.text()));
            addItems(p.items(), p.id(), out);
        }
        for (Paragraph p : document.operative()) {
            out.add(new Node(p.id(), "operative", null, p.text()));
            addItems(p.items(), p.id(), out);
        }
        return out;
    }

    public static List<String> ids(DraftDocument document) {
        return nodes(document).stream().map(Node::id).toList();
    }

    public static List<String> paragraphIds(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::id).toList();
    }

    private static void addItems(List<Item> items, String parent, List<Node> out) {
        for (Item item : items) {
            out.add(new Node(item.id(), parent, item.label(), item.text()));
            addItems(item.items(), item.id(), out);
        }
    }
}
