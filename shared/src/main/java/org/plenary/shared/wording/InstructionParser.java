package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.plenary.shared.document.Section;
import org.plenary.shared.wording.Addresses.Address;

/**
 * Reads one instruction of an amendment into edits addressed as printed. Whole-paragraph forms:
 * <ul>
 * <li>Delete operative paragraph 4 / paragraph 2(c) / the first, second and third preambular paragraphs (… and
 * renumber the subsequent paragraphs)</li>
 * <li>Delete the first to fourth paragraphs of the preamble and substitute therefor the following: …</li>
 * <li>Replace operative paragraph 3 with the following: …; Operative paragraph 6 should read: …</li>
 * <li>After (before) the second preambular paragraph, insert the following (new) paragraph(s): …; Insert the
 * following paragraph after operative paragraph 2: …; At the beginning of the preamble, insert …</li>
 * <li>In operative paragraph 2, after subparagraph (b), insert the following subparagraph: …; After operative
 * paragraph 2 (b), insert the following subparagraph: …</li>
 * <li>Move operative paragraph 5 to follow (after, before) operative paragraph 2 / to the beginning of …</li>
 * <li>Replace the title with: …; The title should read: …; Replace footnote 1 with: …</li>
 * </ul>
 * and word edits within a paragraph ({@link WordClauses}), introduced by "In operative paragraph 1," or followed by
 * "in paragraph 5". Quotations may be “curly”, "straight" or «guillemets». An instruction is understood whole or
 * not at all: anything else is an {@link Unresolvable} saying where it stopped making sense.
 */
final class InstructionParser {

    private static final List<Function<Cursor, List<PrintedOperation>>> FORMS = List.of(
            InstructionParser::title, InstructionParser::footnote, InstructionParser::move,
            InstructionParser::delete, InstructionParser::replace, InstructionParser::shouldRead,
            InsertForms::after, InsertForms::before, InsertForms::named, InsertForms::atBeginning,
            InsertForms::itemIn, InstructionParser::inParagraph,
            c -> WordClauses.read(c, null));

    private InstructionParser() {
    }

    static List<PrintedOperation> parse(String instruction) {
        List<Quotes.Quoted> quotes = Quotes.find(instruction);
        StringBuilder shape = new StringBuilder();
        int at = 0;
        for (int i = 0; i < quotes.size(); i++) {
            shape.append(instruction, at, quotes.get(i).start()).append(Cursor.OPEN).append(i).append(Cursor.CLOSE);
            at = quotes.get(i).end();
        }
        shape.append(instruction.substring(at));
        Cursor c = new Cursor(shape.toString(), quotes);
        for (Function<Cursor, List<PrintedOperation>> form : FORMS) {
            c.reset(0);
            List<PrintedOperation> ops = form.apply(c);
            if (ops != null) {
                return ops;
            }
        }
        throw new Unresolvable(why(c, quotes, instruction));
    }

    private static String why(Cursor c, List<Quotes.Quoted> quotes, String instruction) {
        String rest = c.remaining().strip();
        if (quotes.isEmpty() && instruction.toLowerCase().matches("(?s).*\\bwords?\\b.*")) {
            return "the words are not in quotation marks";
        }
        if (c.furthest == 0) {
            return "not an amendment instruction Plenary reads (see the forms in docs/AMENDMENTS.md)";
        }
        if (rest.isEmpty()) {
            return "the instruction ends before it says what to do";
        }
        String shown = rest.length() > 60 ? rest.substring(0, 60) + "…" : rest;
        for (int i = 0; i < quotes.size(); i++) {
            shown = shown.replace("" + Cursor.OPEN + i + Cursor.CLOSE, Text.quote(quotes.get(i).content()));
        }
        return "not understood from \"" + shown + "\"";
    }

    private static List<PrintedOperation> title(Cursor c) {
        boolean replace = c.lit("replace the title", "amend the title") && c.lit("with", "by", "to read");
        if (!replace) {
            c.reset(0);
            if (!c.lit("the title") || !c.lit("should read", "shall read", "should now read")) {
                return null;
            }
        }
        c.opt("as follows");
        c.opt("the following");
        List<String> texts = NewTexts.read(c);
        return texts == null ? null : List.of(new PrintedOperation.ReplaceTitle(NewTexts.one(texts, false, false,
                "the title").text()));
    }

    private static List<PrintedOperation> footnote(Cursor c) {
        Integer marker = null;
        if (c.lit("replace footnote", "amend footnote")) {
            marker = c.number();
            if (marker == null || !c.lit("with", "by", "to read")) {
                return null;
            }
        } else if (c.lit("footnote")) {
            marker = c.number();
            if (marker == null || !c.lit("should read", "shall read")) {
                return null;
            }
        }
        if (marker == null) {
            return null;
        }
        c.opt("as follows");
        c.opt("the following");
        List<String> texts = NewTexts.read(c);
        return texts == null ? null : List.of(new PrintedOperation.ReplaceFootnote(String.valueOf(marker),
                NewTexts.one(texts, false, false, "footnote " + marker).text()));
    }

    private static List<PrintedOperation> move(Cursor c) {
        if (!c.lit("move")) {
            return null;
        }
        Address moved = Addresses.address(c);
        if (moved == null) {
            return null;
        }
        int mark = c.mark();
        if (c.lit("to the beginning of", "to the top of")) {
            if (c.lit("the preamble", "the operative part") || moved.item() != null
                    && moved.parent().equals(Addresses.address(c))) {
                return c.atEnd() ? List.of(moved(moved, null)) : null;
            }
            return null;
        }
        c.reset(mark);
        boolean before = c.lit("to precede", "before");
        if (!before && !(c.opt("so as") && c.lit("to follow", "to come after", "after", "to be placed after"))) {
            return null;
        }
        Address anchor = Addresses.address(c);
        if (anchor == null || !c.atEnd()) {
            return null;
        }
        if (before) {
            anchor = anchor.item() == null
                    ? (anchor.number() <= 1 ? null : new Address(anchor.section(), anchor.number() - 1, null))
                    : previousItem(anchor);
        }
        if (anchor != null && (anchor.section() != moved.section() || (moved.item() == null) != (anchor.item() == null))) {
            throw new Unresolvable("a paragraph moves within its section and a subparagraph within its paragraph");
        }
        return List.of(moved(moved, anchor));
    }

    private static Address previousItem(Address item) {
        String previous = Addresses.previous(item.last());
        return previous == null ? null : item.parent().withItem(previous);
    }

    private static PrintedOperation moved(Address moved, Address after) {
        if (moved.item() == null) {
            return new PrintedOperation.MoveParagraph(moved.section(), moved.number(), null,
                    after == null ? null : after.number(), null);
        }
        if (after != null && !after.parent().equals(moved.parent())) {
            throw new Unresolvable("a subparagraph moves only among the subparagraphs of its own paragraph");
        }
        return new PrintedOperation.MoveParagraph(moved.section(), moved.number(), moved.item(), null,
                after == null ? null : after.last());
    }

    /** "Delete …" paragraphs, maybe "and substitute therefor the following: …". */
    private static List<PrintedOperation> delete(Cursor c) {
        if (!c.lit("delete")) {
            return null;
        }
        List<Address> gone = Addresses.list(c);
        if (gone.isEmpty()) {
            return null;
        }
        List<PrintedOperation> out = new ArrayList<>();
        for (Address a : gone) {
            out.add(new PrintedOperation.DeleteParagraph(a.section(), a.number(), a.item()));
        }
        if (c.lit(", and renumber", "and renumber", ", renumbering", "and renumbering")) {
            c.skipToEnd(); // numbers follow from the order anyway
        }
        if (c.atEnd()) {
            return out;
        }
        if (c.opt(",") && c.lit("and substitute therefor", "and substitute", "and replace them with", "and replace it with",
                "and insert in their place", "and insert in its place")) {
            c.opt("the following");
            boolean several = c.lit("paragraphs");
            c.opt("paragraph", "text");
            out.addAll(inserts(gone, NewTexts.read(c), several || gone.size() > 1));
            return out;
        }
        return null;
    }

    /** "Replace operative paragraph 3 with the following: …", "Replace the text of … with: …". */
    private static List<PrintedOperation> replace(Cursor c) {
        if (!c.lit("replace")) {
            return null;
        }
        c.opt("the text of");
        List<Address> replaced = Addresses.list(c);
        if (replaced.isEmpty() || !c.lit("with", "by")) {
            return null;
        }
        c.opt("the following");
        boolean several = c.lit("paragraphs");
        c.opt("paragraph", "text", "new text");
        List<String> texts = NewTexts.read(c);
        if (texts == null) {
            return null;
        }
        if (replaced.size() == 1 && !several) {
            return List.of(replacement(replaced.get(0), texts));
        }
        List<PrintedOperation> out = new ArrayList<>();
        for (Address a : replaced) {
            out.add(new PrintedOperation.DeleteParagraph(a.section(), a.number(), a.item()));
        }
        out.addAll(inserts(replaced, texts, true));
        return out;
    }

    /** "Operative paragraph 6 should read: …". */
    private static List<PrintedOperation> shouldRead(Cursor c) {
        c.opt("amend");
        Address a = Addresses.address(c);
        if (a == null || !c.lit("should read", "shall read", "should now read", "to read", "should be amended to read",
                "is amended to read", "to be amended to read")) {
            return null;
        }
        c.opt("as follows");
        List<String> texts = NewTexts.read(c);
        return texts == null ? null : List.of(replacement(a, texts));
    }

    private static PrintedOperation replacement(Address a, List<String> texts) {
        NewTexts.Block block = NewTexts.one(texts, a.section() == Section.OPERATIVE, a.item() != null,
                Printer.address(a.section(), a.number(), a.item()));
        if (!block.items().isEmpty()) {
            throw new Unresolvable("the new text of " + Printer.address(a.section(), a.number(), a.item())
                    + " has sub-items; Plenary replaces the text of a paragraph only: table its sub-items as "
                    + "separate instructions");
        }
        return new PrintedOperation.ReplaceParagraph(a.section(), a.number(), a.item(), block.text());
    }

    /** New paragraphs in place of deleted ones: after the paragraph before the first of them. */
    private static List<PrintedOperation> inserts(List<Address> gone, List<String> texts, boolean several) {
        if (texts == null) {
            throw new Unresolvable("the instruction gives no text to put in their place");
        }
        Address first = gone.get(0);
        if (first.item() != null) {
            throw new Unresolvable("replacing subparagraphs by new text is not supported: delete them and insert "
                    + "the new subparagraphs in separate instructions");
        }
        Integer after = first.number() <= 1 ? null : first.number() - 1;
        List<PrintedOperation> out = new ArrayList<>();
        for (NewTexts.Block block : NewTexts.paragraphs(texts, several, first.section() == Section.OPERATIVE)) {
            out.add(new PrintedOperation.InsertParagraph(first.section(), after, block.text(), block.items()));
        }
        return out;
    }

    /** "In operative paragraph 1, <word edits>". */
    private static List<PrintedOperation> inParagraph(Cursor c) {
        if (!c.lit("in")) {
            return null;
        }
        Address a = Addresses.address(c);
        if (a == null) {
            return null;
        }
        c.opt(",", ":");
        return WordClauses.read(c, a);
    }

}
