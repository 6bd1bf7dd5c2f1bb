package org.plenary.shared.edit;

import org.plenary.shared.document.Section;
import org.plenary.shared.text.Ordinals;

import java.util.Objects;

/**
 * How a paragraph or item is referred to in print: its section, its number (the operative number, or the place
 * of a preambular paragraph: 2 for "the second preambular paragraph") and, for an item, its path of labels
 * without brackets joined by "." ("c" for (c), "c.ii" for (c) (ii)); a bullet is written "-" and its place
 * among its siblings ("-2" for the second bullet).
 */
public record PrintedAddress(Section section, int number, String item) {

    public PrintedAddress {
        Objects.requireNonNull(section, "section");
    }

    /** The path segment of an item: "c" for "(c)", "-2" for the second bullet (position 1). */
    static String segment(String label, int position) {
        if (label == null || label.equals("-") || label.length() < 3) {
            return "-" + (position + 1);
        }
        return label.substring(1, label.length() - 1);
    }

    /** The address of the paragraph that holds this one (itself for a paragraph). */
    public PrintedAddress paragraph() {
        return item == null ? this : new PrintedAddress(section, number, null);
    }

    /**
     * In words, lower case: "operative paragraph 3", "operative paragraph 2 (c) (ii)", "operative paragraph 3,
     * second bullet", "the second preambular paragraph", "subparagraph (a) of the second preambular paragraph".
     */
    public String describe() {
        if (section == Section.OPERATIVE) {
            return "operative paragraph " + number + (item == null ? "" : itemSuffix(item));
        }
        String paragraph = "the " + Ordinals.word(number) + " preambular paragraph";
        if (item == null) {
            return paragraph;
        }
        String suffix = itemSuffix(item).trim();
        return suffix.startsWith(",") ? paragraph + suffix : "subparagraph " + suffix + " of " + paragraph;
    }

    /** " (c) (ii)" for "c.ii"; bullets as ", second bullet". */
    private static String itemSuffix(String item) {
        StringBuilder out = new StringBuilder();
        for (String segment : item.split("\\.")) {
            if (segment.startsWith("-")) {
                out.append(", ").append(Ordinals.word(Integer.parseInt(segment.substring(1)))).append(" bullet");
            } else {
                out.append(" (").append(segment).append(')');
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
