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

    /**
     * In words, lower case: "operative paragraph 3", "operative paragraph 2 (c) (ii)", "the second preambular
     * paragraph", "subparagraph (a) of the second preambular paragraph", "the second bullet of operative paragraph 3".
     */
    public String describe() {
        String[] segments = item == null ? new String[0] : item.split("\\.");
        return describe(segments, segments.length);
    }

    private String describe(String[] segments, int length) {
        if (length == 0) {
            return section == Section.OPERATIVE ? "operative paragraph " + number
                    : "the " + Ordinals.word(number) + " preambular paragraph";
        }
        String last = segments[length - 1];
        if (last.startsWith("-")) {
            return "the " + Ordinals.word(Integer.parseInt(last.substring(1))) + " bullet of "
                    + describe(segments, length - 1);
        }
        boolean plain = section == Section.OPERATIVE;
        for (int i = 0; i < length; i++) {
            plain &= !segments[i].startsWith("-");
        }
        if (plain) {
            StringBuilder out = new StringBuilder("operative paragraph " + number);
            for (int i = 0; i < length; i++) {
                out.append(" (").append(segments[i]).append(')');
            }
            return out.toString();
        }
        return "subparagraph (" + last + ") of " + describe(segments, length - 1);
    }

    @Override
    public String toString() {
        return describe();
    }
}
