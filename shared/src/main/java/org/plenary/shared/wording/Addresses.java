package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.ItemLabels;

/**
 * Reads how an instruction names paragraphs: "the fifth preambular paragraph", "preambular paragraph 5",
 * "the fifth paragraph of the preamble", "operative paragraph 3", "paragraph 3" (operative), "paragraph 2(c)",
 * "2 (c) (ii)", "subparagraph (a) of …", "the second bullet of …"; and lists of them: "the first, second and third
 * preambular paragraphs", "the first to fourth paragraphs of the preamble", "operative paragraphs 3 and 4",
 * "paragraphs 3 to 5".
 */
final class Addresses {

    /** A paragraph or sub-item as printed. */
    record Address(Section section, int number, String item) {

        Address withItem(String segment) {
            return new Address(section, number, item == null ? segment : item + "." + segment);
        }

        /** The paragraph or item that holds this sub-item. */
        Address parent() {
            int dot = item.lastIndexOf('.');
            return new Address(section, number, dot < 0 ? null : item.substring(0, dot));
        }

        String last() {
            return item.substring(item.lastIndexOf('.') + 1);
        }
    }

    private Addresses() {
    }

    static Address address(Cursor c) {
        int mark = c.mark();
        if (c.lit("subparagraph", "sub-paragraph", "subparagraphs")) {
            List<String> labels = new ArrayList<>();
            for (String label = c.label(); label != null; label = c.label()) {
                labels.add(label);
            }
            Address holder = !labels.isEmpty() && c.lit("of") ? address(c) : null;
            if (holder != null) {
                for (String label : labels) {
                    holder = holder.withItem(label);
                }
                return holder;
            }
            c.reset(mark);
            return null;
        }
        c.opt("the");
        Integer n = c.ordinal();
        if (n != null && c.lit("bullet point of", "bullet of", "indent of")) {
            Address holder = address(c);
            if (holder != null) {
                return holder.withItem("-" + n);
            }
        }
        c.reset(mark);
        Address paragraph = paragraph(c);
        if (paragraph == null) {
            return null;
        }
        for (String label = c.label(); label != null; label = c.label()) {
            paragraph = paragraph.withItem(label);
        }
        return paragraph;
    }

    private static Address paragraph(Cursor c) {
        int mark = c.mark();
        c.opt("the");
        Integer n = c.ordinal();
        if (n != null) {
            if (c.lit("preambular paragraph", "paragraph of the preamble")) {
                return new Address(Section.PREAMBLE, n, null);
            }
            if (c.lit("operative paragraph", "paragraph of the operative part")) {
                return new Address(Section.OPERATIVE, n, null);
            }
        }
        c.reset(mark);
        Integer p = c.lit("preambular paragraph") ? c.number() : null;
        if (p != null) {
            return new Address(Section.PREAMBLE, p, null);
        }
        c.reset(mark);
        Integer o = c.lit("operative paragraph", "op", "para.", "para") ? c.number() : null;
        if (o != null) {
            return new Address(Section.OPERATIVE, o, null);
        }
        c.reset(mark);
        p = c.lit("paragraph") ? c.number() : null;
        if (p != null) {
            int after = c.mark();
            if (c.lit("of the preamble")) {
                return new Address(Section.PREAMBLE, p, null);
            }
            c.reset(after);
            c.lit("of the operative part");
            return new Address(Section.OPERATIVE, p, null);
        }
        c.reset(mark);
        return null;
    }

    /** A list of paragraphs, or a single paragraph or item. */
    static List<Address> list(Cursor c) {
        int mark = c.mark();
        c.opt("the");
        List<Integer> ordinals = numbers(c, true);
        if (!ordinals.isEmpty()) {
            if (c.lit("preambular paragraphs", "paragraphs of the preamble")) {
                return all(Section.PREAMBLE, ordinals);
            }
            if (c.lit("operative paragraphs", "paragraphs of the operative part")) {
                return all(Section.OPERATIVE, ordinals);
            }
        }
        c.reset(mark);
        boolean preamble = c.lit("preambular paragraphs");
        if (preamble || c.lit("operative paragraphs", "paragraphs")) {
            List<Integer> numbers = numbers(c, false);
            if (numbers.size() > 1) {
                boolean ofPreamble = !preamble && c.lit("of the preamble");
                return all(preamble || ofPreamble ? Section.PREAMBLE : Section.OPERATIVE, numbers);
            }
        }
        c.reset(mark);
        Address single = address(c);
        return single == null ? List.of() : List.of(single);
    }

    /** "first, second and third", "first to fourth", "3, 4 and 5", "3 to 5": at least two numbers, or none. */
    private static List<Integer> numbers(Cursor c, boolean words) {
        int mark = c.mark();
        List<Integer> out = new ArrayList<>();
        Integer first = words ? c.ordinal() : c.number();
        if (first == null) {
            return out;
        }
        out.add(first);
        if (c.lit("to", "through")) {
            Integer last = words ? c.ordinal() : c.number();
            if (last != null && last > first) {
                for (int n = first + 1; n <= last; n++) {
                    out.add(n);
                }
                return out;
            }
            c.reset(mark);
            return new ArrayList<>();
        }
        while (c.lit(",", "and", ", and")) {
            Integer next = words ? c.ordinal() : c.number();
            if (next == null) {
                c.reset(mark);
                return new ArrayList<>();
            }
            out.add(next);
        }
        if (out.size() < 2) {
            c.reset(mark);
            out.clear();
        }
        return out;
    }

    private static List<Address> all(Section section, List<Integer> numbers) {
        List<Address> out = new ArrayList<>();
        for (int n : numbers) {
            out.add(new Address(section, n, null));
        }
        return out;
    }

    /** The sibling before a sub-item named by its label: "b" before "c", "ii" before "iii", null before the first. */
    static String previous(String segment) {
        if (segment.startsWith("-")) {
            int n = Integer.parseInt(segment.substring(1));
            return n <= 1 ? null : "-" + (n - 1);
        }
        ItemLabels.Style style = ItemLabels.styleOf(List.of("(" + segment + ")"), null);
        if (style.kind() == null || style.start() == 0) {
            return null;
        }
        String label = ItemLabels.label(style.kind(), style.start() - 1);
        return label.substring(1, label.length() - 1);
    }
}
