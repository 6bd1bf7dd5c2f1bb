package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.ItemLabels;
import org.plenary.shared.edit.PrintedAddress;
import org.plenary.shared.text.Ordinals;

/**
 * Writes edits addressed as printed in the formal wording of UN amendments, one instruction at a time, without its
 * number or final punctuation: "In operative paragraph 3, replace the words “possible” with “concrete”". Every
 * form written here is one {@link InstructionParser} reads back to the same edit.
 */
final class Printer {

    private Printer() {
    }

    /** One instruction: a whole-paragraph edit, or word edits of one paragraph joined by ", and". */
    static String instruction(List<PrintedOperation> ops) {
        PrintedOperation first = ops.get(0);
        if (first instanceof PrintedOperation.ReplaceWords || first instanceof PrintedOperation.InsertWords) {
            List<String> clauses = new ArrayList<>();
            for (PrintedOperation op : ops) {
                clauses.add(clause(op));
            }
            return "In " + address(first) + ", " + String.join(", and ", clauses);
        }
        return whole(first);
    }

    private static String whole(PrintedOperation op) {
        if (op instanceof PrintedOperation.DeleteParagraph d) {
            return "Delete " + address(d.section(), d.number(), d.item());
        }
        if (op instanceof PrintedOperation.ReplaceParagraph r) {
            return cap(address(r.section(), r.number(), r.item())) + " should read: "
                    + Quotes.quote(prefix(r.section(), r.number(), r.item()) + r.text());
        }
        if (op instanceof PrintedOperation.InsertParagraph i) {
            String where = i.after() == null ? "At the beginning of " + part(i.section())
                    : "After " + address(i.section(), i.after(), null);
            String number = i.section() == Section.OPERATIVE ? (i.after() == null ? 1 : i.after() + 1) + ". " : "";
            return where + ", insert the following paragraph: " + Quotes.quote(number + i.text() + items(i.items(), 0));
        }
        if (op instanceof PrintedOperation.InsertItem i) {
            String parent = address(i.section(), i.number(), i.item());
            String where = i.after() == null ? "At the beginning of " + parent
                    : "In " + parent + ", after " + sibling(i.after());
            return where + ", insert the following subparagraph: " + Quotes.quote(newLabel(i) + " " + i.text()
                    + items(i.items(), depth(i.item()) + 1));
        }
        if (op instanceof PrintedOperation.MoveParagraph m) {
            return "Move " + address(m.section(), m.number(), m.item()) + " " + destination(m);
        }
        if (op instanceof PrintedOperation.ReplaceTitle t) {
            return "Replace the title with: " + Quotes.quote(t.text());
        }
        PrintedOperation.ReplaceFootnote f = (PrintedOperation.ReplaceFootnote) op;
        return "Replace footnote " + f.marker() + " with: " + Quotes.quote(f.text());
    }

    private static String clause(PrintedOperation op) {
        if (op instanceof PrintedOperation.InsertWords i) {
            if ("start".equals(i.at())) {
                return "at the beginning of the paragraph, insert the " + words(i.text()) + " " + Quotes.quote(i.text());
            }
            if ("end".equals(i.at())) {
                return "at the end of the paragraph, add the " + words(i.text()) + " " + Quotes.quote(i.text());
            }
            return anchor(i.after(), i.before(), i.occurrence()) + "insert the " + words(i.text()) + " "
                    + Quotes.quote(i.text());
        }
        PrintedOperation.ReplaceWords r = (PrintedOperation.ReplaceWords) op;
        boolean anchored = r.after() != null || r.before() != null;
        String anchor = anchor(r.after(), r.before(), r.occurrence());
        if (r.find() == null) {
            return anchor + "replace the existing text with " + Quotes.quote(r.text());
        }
        String found = "the " + words(r.find()) + " " + Quotes.quote(r.find())
                + (anchored ? "" : occurrence(r.occurrence()));
        if (r.text() == null || r.text().isEmpty()) {
            return anchor + "delete " + found;
        }
        return anchor + "replace " + found + " with " + Quotes.quote(r.text());
    }

    private static String anchor(String after, String before, Integer occurrence) {
        if (after != null) {
            return "after the " + words(after) + " " + Quotes.quote(after) + occurrence(occurrence) + ", ";
        }
        if (before != null) {
            return "before the " + words(before) + " " + Quotes.quote(before) + occurrence(occurrence) + ", ";
        }
        return "";
    }

    private static String occurrence(Integer n) {
        return n == null ? "" : " (" + Ordinals.word(n) + " occurrence)";
    }

    private static String destination(PrintedOperation.MoveParagraph m) {
        if (m.item() == null) {
            return m.after() == null ? "to the beginning of " + part(m.section())
                    : "to follow " + address(m.section(), m.after(), null);
        }
        String parent = m.item().contains(".") ? m.item().substring(0, m.item().lastIndexOf('.')) : null;
        return m.afterItem() == null ? "to the beginning of " + address(m.section(), m.number(), parent)
                : "to follow " + address(m.section(), m.number(), parent == null ? m.afterItem()
                : parent + "." + m.afterItem());
    }

    /** The label the new item will likely get, as a reader expects to see it: the one after its sibling's. */
    private static String newLabel(PrintedOperation.InsertItem i) {
        if (i.after() == null) {
            return "(a)";
        }
        if (i.after().startsWith("-")) {
            return "-";
        }
        ItemLabels.Style style = ItemLabels.styleOf(List.of("(" + i.after() + ")"), null);
        return style.kind() == null ? "-" : ItemLabels.label(style.kind(), style.start() + 1);
    }

    private static String sibling(String segment) {
        return segment.startsWith("-") ? "the " + Ordinals.word(Integer.parseInt(segment.substring(1))) + " bullet"
                : "subparagraph (" + segment + ")";
    }

    /** The sub-items of a new paragraph or item, one per line, indented by depth, labelled as a new list. */
    private static String items(List<PrintedOperation.NewItem> items, int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            PrintedOperation.NewItem item = items.get(i);
            out.append('\n').append("    ".repeat(depth)).append(ItemLabels.label(kind(depth), i)).append(' ')
                    .append(item.text()).append(items(item.items(), depth + 1));
        }
        return out.toString();
    }

    static ItemLabels.Kind kind(int depth) {
        return depth == 0 ? ItemLabels.Kind.LETTER : depth == 1 ? ItemLabels.Kind.ROMAN : ItemLabels.Kind.BULLET;
    }

    private static int depth(String item) {
        return item == null ? 0 : item.split("\\.").length;
    }

    /** "6. " before an operative paragraph's text, "(c) " or "- " before an item's, nothing before a preambular one. */
    private static String prefix(Section section, int number, String item) {
        if (item != null) {
            String last = item.substring(item.lastIndexOf('.') + 1);
            return last.startsWith("-") ? "- " : "(" + last + ") ";
        }
        return section == Section.OPERATIVE ? number + ". " : "";
    }

    private static String address(PrintedOperation op) {
        if (op instanceof PrintedOperation.ReplaceWords r) {
            return address(r.section(), r.number(), r.item());
        }
        PrintedOperation.InsertWords i = (PrintedOperation.InsertWords) op;
        return address(i.section(), i.number(), i.item());
    }

    static String address(Section section, int number, String item) {
        return new PrintedAddress(section, number, item).describe();
    }

    private static String part(Section section) {
        return section == Section.PREAMBLE ? "the preamble" : "the operative part";
    }

    private static String words(String quoted) {
        return quoted.strip().chars().anyMatch(Character::isWhitespace) ? "words" : "word";
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
