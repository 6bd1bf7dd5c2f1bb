package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.Section;
import org.plenary.shared.wording.Addresses.Address;

/**
 * The instructions that bring in new paragraphs or sub-items: "After (before) the second preambular paragraph,
 * insert the following (new) paragraph(s): …", "Insert the following paragraph after operative paragraph 2: …",
 * "At the beginning of the preamble, insert …", "In operative paragraph 2, after subparagraph (b), insert the
 * following subparagraph: …", "After operative paragraph 2 (b), insert the following subparagraph: …".
 */
final class InsertForms {

    private InsertForms() {
    }

    /** "After the second preambular paragraph, insert the following paragraph: …" (or subparagraph). */
    static List<PrintedOperation> after(Cursor c) {
        if (!c.lit("after", "following")) {
            return null;
        }
        Address a = Addresses.address(c);
        if (a == null) {
            return null;
        }
        c.opt(",");
        return inserted(c, a, true);
    }

    static List<PrintedOperation> before(Cursor c) {
        if (!c.lit("before")) {
            return null;
        }
        Address a = Addresses.address(c);
        if (a == null) {
            return null;
        }
        c.opt(",");
        return inserted(c, a, false);
    }

    /** "Insert the following paragraph after operative paragraph 2: …". */
    static List<PrintedOperation> named(Cursor c) {
        if (!c.lit("insert", "add")) {
            return null;
        }
        c.opt("the following", "a");
        c.opt("new");
        boolean several = c.lit("paragraphs", "subparagraphs");
        if (!several && !c.lit("paragraph", "subparagraph", "sub-paragraph")) {
            return null;
        }
        boolean after = c.lit("after", "following");
        if (!after && !c.lit("before")) {
            return null;
        }
        Address a = Addresses.address(c);
        if (a == null) {
            return null;
        }
        c.opt("reading", "which reads", "to read");
        return texts(a, after, several, NewTexts.read(c));
    }

    private static List<PrintedOperation> inserted(Cursor c, Address a, boolean after) {
        if (!c.lit("insert", "add")) {
            return null;
        }
        c.opt("the following", "a");
        c.opt("new");
        boolean several = c.lit("paragraphs", "subparagraphs");
        if (!several && !c.lit("paragraph", "subparagraph", "sub-paragraph")) {
            return null;
        }
        c.opt("reading", "which reads", "to read");
        return texts(a, after, several, NewTexts.read(c));
    }

    private static List<PrintedOperation> texts(Address a, boolean after, boolean several, List<String> texts) {
        if (texts == null) {
            return null;
        }
        List<PrintedOperation> out = new ArrayList<>();
        if (a.item() == null) {
            Integer number = after ? a.number() : a.number() <= 1 ? null : a.number() - 1;
            for (NewTexts.Block block : NewTexts.paragraphs(texts, several, a.section() == Section.OPERATIVE)) {
                out.add(new PrintedOperation.InsertParagraph(a.section(), number, block.text(), block.items()));
            }
            return out;
        }
        Address parent = a.parent();
        String sibling = after ? a.last() : Addresses.previous(a.last());
        out.add(item(parent, sibling, texts));
        return out;
    }

    private static PrintedOperation item(Address parent, String after, List<String> texts) {
        NewTexts.Block block = NewTexts.one(texts, false, true, "the new subparagraph");
        return new PrintedOperation.InsertItem(parent.section(), parent.number(), parent.item(), after, block.text(),
                block.items());
    }

    /** "At the beginning of the preamble, insert …"; "At the beginning of operative paragraph 2, insert the following subparagraph: …". */
    static List<PrintedOperation> atBeginning(Cursor c) {
        if (!c.lit("at the beginning of", "at the top of")) {
            return null;
        }
        Section section = c.lit("the preamble") ? Section.PREAMBLE : c.lit("the operative part") ? Section.OPERATIVE
                : null;
        Address parent = section == null ? Addresses.address(c) : null;
        if (section == null && parent == null) {
            return null;
        }
        c.opt(",");
        if (!c.lit("insert", "add")) {
            return null;
        }
        c.opt("the following", "a");
        c.opt("new");
        boolean several = c.lit("paragraphs", "subparagraphs");
        if (!several && !c.lit("paragraph", "subparagraph", "sub-paragraph")) {
            return null;
        }
        List<String> texts = NewTexts.read(c);
        if (texts == null) {
            return null;
        }
        if (parent != null) {
            return List.of(item(parent, null, texts));
        }
        List<PrintedOperation> out = new ArrayList<>();
        for (NewTexts.Block block : NewTexts.paragraphs(texts, several, section == Section.OPERATIVE)) {
            out.add(new PrintedOperation.InsertParagraph(section, null, block.text(), block.items()));
        }
        return out;
    }

    /** "In operative paragraph 2, after subparagraph (b), insert the following subparagraph: …". */
    static List<PrintedOperation> itemIn(Cursor c) {
        if (!c.lit("in")) {
            return null;
        }
        Address parent = Addresses.address(c);
        if (parent == null) {
            return null;
        }
        c.opt(",");
        String after = null;
        boolean placed = false;
        int mark = c.mark();
        boolean isAfter = c.lit("after", "following");
        if (isAfter || c.lit("before")) {
            String sibling = sibling(c);
            if (sibling == null) {
                c.reset(mark);
            } else {
                after = isAfter ? sibling : Addresses.previous(sibling);
                placed = true;
                c.opt(",");
            }
        }
        if (!c.lit("insert", "add")) {
            return null;
        }
        c.opt("the following", "a");
        c.opt("new");
        if (!c.lit("subparagraph", "sub-paragraph")) {
            return null;
        }
        if (!placed) {
            c.lit("at the beginning", "before the first subparagraph", "before the others");
        }
        List<String> texts = NewTexts.read(c);
        return texts == null ? null : List.of(item(parent, after, texts));
    }

    /** "subparagraph (b)", "the second bullet": the label segment of a sibling. */
    private static String sibling(Cursor c) {
        int mark = c.mark();
        if (c.lit("subparagraph", "sub-paragraph")) {
            String label = c.label();
            if (label != null) {
                return label;
            }
        }
        c.reset(mark);
        c.opt("the");
        Integer n = c.ordinal();
        if (n != null && c.lit("bullet point", "bullet", "indent")) {
            return "-" + n;
        }
        c.reset(mark);
        return null;
    }

}
