package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

import org.plenary.shared.document.Item;

/** Mutable pieces of text while reading; continuation lines are appended with one space. */
abstract class TextNode {

    private final StringBuilder text = new StringBuilder();

    TextNode(String first) {
        if (first != null) {
            text.append(first);
        }
    }

    void append(String line) {
        text.append(text.length() == 0 ? "" : " ").append(line);
    }

    String text() {
        return text.toString();
    }

    static final class Para extends TextNode {
        final List<ItemNode> items = new ArrayList<>();

        Para(String first) {
            super(first);
        }
    }

    static final class ItemNode extends TextNode {
        final String label;
        final ItemNesting.Kind kind;
        final int indent;
        final List<ItemNode> items = new ArrayList<>();

        ItemNode(String label, ItemNesting.Kind kind, int indent, String first) {
            super(first);
            this.label = label;
            this.kind = kind;
            this.indent = indent;
        }
    }

    static final class Note extends TextNode {
        private final int line;
        private final String marker;

        Note(int line, String marker, String first) {
            super(first);
            this.line = line;
            this.marker = marker;
        }

        int line() {
            return line;
        }

        String marker() {
            return marker;
        }
    }

    /** Items with ids "parentId.1", "parentId.2", … at every depth. */
    static List<Item> items(String parentId, List<ItemNode> nodes) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ItemNode node = nodes.get(i);
            String id = parentId + "." + (i + 1);
            items.add(new Item(id, node.label, node.text(), items(id, node.items)));
        }
        return items;
    }
}
