package org.plenary.documents.docx;

import java.util.ArrayList;
import java.util.List;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

/** The paragraphs and sub-items of a document in reading order, each with where it stands. */
final class Nodes {

    /** A paragraph (depth 0) or sub-item, and how a reader would name it. */
    record Node(String id, Section section, int depth, String label, String text, String name) {
        boolean topLevel() {
            return depth == 0;
        }

        /** The same place in another reading: label and nesting, not the text. */
        boolean samePlace(Node other) {
            return section == other.section && depth == other.depth && label.equals(other.label);
        }
    }

    private Nodes() {
    }

    static List<Node> of(DraftDocument doc) {
        List<Node> out = new ArrayList<>();
        add(doc.preamble(), Section.PREAMBLE, "preambular paragraph ", out);
        add(doc.operative(), Section.OPERATIVE, "operative paragraph ", out);
        return out;
    }

    private static void add(List<Paragraph> paragraphs, Section section, String kind, List<Node> out) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String name = kind + (i + 1);
            out.add(new Node(p.id(), section, 0, section == Section.OPERATIVE ? (i + 1) + "." : "", p.text(), name));
            items(p.items(), section, 1, name, out);
        }
    }

    private static void items(List<Item> items, Section section, int depth, String parent, List<Node> out) {
        for (Item item : items) {
            String name = "sub-item " + item.label() + " of " + parent;
            out.add(new Node(item.id(), section, depth, item.label(), item.text(), name));
            items(item.items(), section, depth + 1, name, out);
        }
    }
}
