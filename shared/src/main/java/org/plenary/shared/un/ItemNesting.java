package org.plenary.shared.un;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides where a sub-item belongs. Indentation wins when the text has it; without indentation the label
 * kind decides, as in print: (i) under (a), bullets under (i), and a label of an open outer kind ((b) after
 * (ii)) closes the inner list.
 */
final class ItemNesting {

    enum Kind { LETTER, ROMAN, BULLET }

    private static final Pattern ROMAN = Pattern.compile("^(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})$");

    /** An open list: its indentation, label kind and the items so far. */
    private static final class Level {
        final int indent;
        final Kind kind;
        final List<TextNode.ItemNode> items;

        Level(int indent, Kind kind, List<TextNode.ItemNode> items) {
            this.indent = indent;
            this.kind = kind;
            this.items = items;
        }

        TextNode.ItemNode last() {
            return items.get(items.size() - 1);
        }
    }

    private final List<TextNode.ItemNode> roots;
    private final Deque<Level> open = new ArrayDeque<>();

    ItemNesting(List<TextNode.ItemNode> roots) {
        this.roots = roots;
    }

    TextNode.ItemNode add(String label, int indent, String text) {
        Kind kind = kindOf(label, indent);
        TextNode.ItemNode node = new TextNode.ItemNode(label, kind, indent, text);
        if (open.isEmpty()) {
            open.push(new Level(indent, kind, roots));
        } else if (!popToSibling(kind, indent)) {
            Level top = open.peek();
            if (indent < top.indent) {
                while (open.size() > 1 && open.peek().indent > indent) {
                    open.pop();
                }
                if (open.peek().indent < indent) {
                    open.push(new Level(indent, kind, open.peek().last().items));
                }
            } else {
                open.push(new Level(indent, kind, top.last().items));
            }
        }
        open.peek().items.add(node);
        return node;
    }

    /** Pops to an open list of the same kind and indentation; false when there is none. */
    private boolean popToSibling(Kind kind, int indent) {
        for (Level level : open) {
            if (level.kind == kind && level.indent == indent) {
                while (open.peek() != level) {
                    open.pop();
                }
                return true;
            }
        }
        return false;
    }

    private Kind kindOf(String label, int indent) {
        if (label.equals("-")) {
            return Kind.BULLET;
        }
        String inner = label.substring(1, label.length() - 1);
        // "(i)" after "(h)" is the ninth letter, not the first roman numeral; likewise (v) and (x).
        for (Level level : open) {
            if (level.kind == Kind.LETTER && level.indent == indent && inner.length() == 1
                    && isNextLetter(level.last().label, inner)) {
                return Kind.LETTER;
            }
        }
        return ROMAN.matcher(inner).matches() ? Kind.ROMAN : Kind.LETTER;
    }

    private static boolean isNextLetter(String previousLabel, String inner) {
        return previousLabel.length() == 3 && previousLabel.charAt(1) + 1 == inner.charAt(0);
    }
}
