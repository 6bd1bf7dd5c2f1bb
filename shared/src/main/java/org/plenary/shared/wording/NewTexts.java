package org.plenary.shared.wording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text an instruction brings in ("insert the following paragraph: …", "should read: …"): quoted or not, one
 * paragraph or several, with sub-items on lines of their own ("(a) …", indented deeper for "(i) …"). A leading
 * operative number ("3. ") or item label ("(c) ") is how the new text is printed, not part of it, and is dropped.
 */
final class NewTexts {

    /** A new paragraph's or item's text and sub-items. */
    record Block(String text, List<PrintedOperation.NewItem> items) {
    }

    private static final Pattern ITEM = Pattern.compile("^(\\s*)(\\((?:[a-z]{1,2}|[ivxlc]{1,7})\\)|[-\u2022])\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}\\.\\s+");
    private static final Pattern LABEL = Pattern.compile("^(?:\\((?:[a-z]{1,2}|[ivxlc]{1,7})\\)|[-\u2022])\\s+");

    private NewTexts() {
    }

    /**
     * The text after the cursor: every quotation left, each a block, when nothing else is left; otherwise what is
     * left as written. Null when nothing is left.
     */
    static List<String> read(Cursor c) {
        int mark = c.mark();
        c.lit(":");
        List<String> quoted = new ArrayList<>();
        for (Integer q = c.quote(); q != null; q = c.quote()) {
            quoted.add(c.content(q));
            c.lit(",", "and", ";");
        }
        if (!quoted.isEmpty() && c.atEnd()) {
            return quoted;
        }
        c.reset(mark);
        c.lit(":");
        String rest = c.rest().strip();
        return rest.isEmpty() ? null : List.of(rest);
    }

    /** Paragraphs: one per quotation, or, unquoted, one per line that is not a sub-item when {@code several}. */
    static List<Block> paragraphs(List<String> texts, boolean several, boolean operative) {
        List<Block> out = new ArrayList<>();
        for (String text : texts) {
            out.addAll(blocks(text, several && texts.size() == 1, operative ? NUMBER : null));
        }
        return out;
    }

    /** One paragraph or item (its label dropped when {@code item}); throws when the text holds more. */
    static Block one(List<String> texts, boolean operative, boolean item, String what) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.addAll(blocks(text, false, item ? LABEL : operative ? NUMBER : null));
        }
        if (blocks.size() != 1) {
            throw new Unresolvable("the instruction gives " + blocks.size() + " texts for " + what
                    + "; expected one");
        }
        return blocks.get(0);
    }

    /** A paragraph or item being read. */
    private static final class Node {
        final String label;
        final int indent;
        final StringBuilder text;
        final List<Node> children = new ArrayList<>();
        /** Whether the label counts as a letter ((i) under (a) is a roman numeral). */
        boolean letter;

        Node(String label, int indent, String text) {
            this.label = label;
            this.indent = indent;
            this.text = new StringBuilder(text);
        }

        PrintedOperation.NewItem item() {
            List<PrintedOperation.NewItem> items = new ArrayList<>();
            children.forEach(child -> items.add(child.item()));
            return new PrintedOperation.NewItem(text.toString(), items);
        }
    }

    private static List<Block> blocks(String text, boolean lineByLine, Pattern prefix) {
        List<Node> paragraphs = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        Node current = null;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (m.matches() && !paragraphs.isEmpty()) {
                Node item = new Node(m.group(2), m.group(1).length(), m.group(3).strip());
                while (open.size() > 1 && !holds(open.peek(), item)) {
                    open.pop();
                }
                Node parent = open.peek();
                Node previous = parent.children.isEmpty() ? null : parent.children.get(parent.children.size() - 1);
                item.letter = letter(item.label, previous);
                parent.children.add(item);
                open.push(item);
                current = item;
            } else if (current == null || lineByLine) {
                current = new Node(null, 0, strip(line.strip(), prefix));
                paragraphs.add(current);
                open.clear();
                open.push(current);
            } else {
                current.text.append(current.text.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        List<Block> out = new ArrayList<>();
        for (Node paragraph : paragraphs) {
            out.add(new Block(paragraph.text.toString(), paragraph.item().items()));
        }
        return out;
    }

    // (i), (v), (x) are roman numerals unless they follow the letter before them: (h) (i) are letters.
    private static boolean letter(String label, Node previous) {
        if (label.length() != 3 || !Character.isLetter(label.charAt(1))) {
            return false;
        }
        if ("ivx".indexOf(label.charAt(1)) < 0) {
            return true;
        }
        return previous != null && previous.letter && previous.label.charAt(1) + 1 == label.charAt(1);
    }

    // Deeper indentation nests; at the same indentation a roman numeral nests under a letter, as in print.
    private static boolean holds(Node parent, Node item) {
        if (item.indent != parent.indent) {
            return item.indent > parent.indent;
        }
        boolean letter = parent.letter;
        boolean roman = item.label.matches("\\([ivxlc]+\\)");
        boolean nextLetter = item.label.length() == 3 && parent.label.length() == 3
                && item.label.charAt(1) == parent.label.charAt(1) + 1;
        return letter && roman && !nextLetter;
    }

    private static String strip(String line, Pattern prefix) {
        return prefix == null ? line : prefix.matcher(line).replaceFirst("");
    }
}
