package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.plenary.shared.wording.Addresses.Address;

/**
 * Reads the edits of words within one paragraph, several to an instruction ("before the word “concern” delete the
 * word “grave”, and after the word “Darfur” replace the existing text by the following: “…”"):
 * <ul>
 * <li>replace the word(s) “X” with/by “Y”; substitute “Y” for “X”; the words “X” should be replaced by “Y”</li>
 * <li>delete the word(s) “X”; delete the following words: “X”; the words “X” (and the associated footnote) should be
 * deleted</li>
 * <li>after/before the word(s) “A”, delete …, insert/add the words “Y”, replace the word(s) “X” with “Y”, replace the
 * existing text with/by the following: “Y”</li>
 * <li>insert/add the words “Y” after/before the word(s) “A”; at the beginning/end of the paragraph, insert/add the
 * words “Y”; add the words “Y” at the end</li>
 * <li>“X” (second occurrence) names an occurrence; a trailing "in paragraph 5" names the paragraph, and "so that
 * the paragraph will read: …" after it is a restatement, not read</li>
 * </ul>
 */
final class WordClauses {

    /** Each form reads one clause and gives the edit for the paragraph it is about, or null when it does not fit. */
    private static final List<Function<Cursor, Function<Address, PrintedOperation>>> FORMS = List.of(
            WordClauses::anchored, WordClauses::replace, WordClauses::substitute, WordClauses::delete,
            WordClauses::insert, WordClauses::atEnd, WordClauses::passive);

    private WordClauses() {
    }

    /** The clauses up to the end of the instruction, for the paragraph {@code context} (or the one named after). */
    static List<PrintedOperation> read(Cursor c, Address context) {
        List<Function<Address, PrintedOperation>> clauses = new ArrayList<>();
        while (true) {
            int mark = c.mark();
            if (!clauses.isEmpty() && !c.lit(", and", "; and", "and", ";", ",")) {
                break;
            }
            Function<Address, PrintedOperation> clause = clause(c);
            if (clause == null) {
                c.reset(mark);
                break;
            }
            clauses.add(clause);
        }
        if (clauses.isEmpty()) {
            return null;
        }
        Address address = context;
        int mark = c.mark();
        if (c.lit("in")) {
            Address named = Addresses.address(c);
            if (named == null) {
                c.reset(mark);
            } else {
                address = named;
            }
        }
        if (c.lit("so that the paragraph will read", "so that the paragraph would read", "so that the paragraph reads",
                "so that it will read", "so that it reads", "so as to read")) {
            c.skipToEnd(); // the paragraph as it would read: a restatement of the edit
        }
        if (!c.atEnd()) {
            return null;
        }
        List<PrintedOperation> out = new ArrayList<>();
        for (Function<Address, PrintedOperation> clause : clauses) {
            out.add(clause.apply(address));
        }
        return out;
    }

    private static Function<Address, PrintedOperation> clause(Cursor c) {
        int mark = c.mark();
        for (Function<Cursor, Function<Address, PrintedOperation>> form : FORMS) {
            c.reset(mark);
            Function<Address, PrintedOperation> clause = form.apply(c);
            if (clause != null) {
                return clause;
            }
        }
        c.reset(mark);
        return null;
    }

    /** after/before the word(s) “A”, then delete, insert, replace the words or replace the existing text. */
    private static Function<Address, PrintedOperation> anchored(Cursor c) {
        boolean after = c.lit("after", "following");
        if (!after && !c.lit("before")) {
            return null;
        }
        Integer anchor = words(c);
        if (anchor == null) {
            return null;
        }
        Integer occurrence = occurrence(c);
        c.lit(",");
        String a = c.content(anchor);
        String afterWords = after ? a : null;
        String beforeWords = after ? null : a;
        int mark = c.mark();
        if (c.lit("delete", "strike out", "remove")) {
            Integer find = words(c);
            if (find != null) {
                String f = c.content(find);
                return address -> words(address, f, "", afterWords, beforeWords, occurrence);
            }
        }
        c.reset(mark);
        if (c.lit("insert", "add")) {
            Integer text = words(c);
            if (text != null) {
                String t = c.content(text);
                return address -> new PrintedOperation.InsertWords(need(address).section(), address.number(),
                        address.item(), afterWords, beforeWords, null, occurrence, t);
            }
        }
        c.reset(mark);
        if (c.lit("replace") && c.opt("the") && c.lit("existing text", "remaining text", "rest of the text",
                "rest of the paragraph", "text", "following text") && c.lit("with", "by")) {
            c.opt("the following");
            c.lit(":");
            Integer text = c.quote();
            if (text != null) {
                String t = c.content(text);
                return address -> words(address, null, t, afterWords, beforeWords, occurrence);
            }
        }
        c.reset(mark);
        if (c.lit("replace")) {
            Integer find = words(c);
            if (find != null && c.lit("with", "by")) {
                Integer text = replacement(c);
                if (text != null) {
                    String f = c.content(find);
                    String t = c.content(text);
                    return address -> words(address, f, t, afterWords, beforeWords, occurrence);
                }
            }
        }
        return null;
    }

    private static Function<Address, PrintedOperation> replace(Cursor c) {
        if (!c.lit("replace")) {
            return null;
        }
        Integer find = words(c);
        Integer occurrence = occurrence(c);
        if (find == null || !c.lit("with", "by")) {
            return null;
        }
        Integer text = replacement(c);
        if (text == null) {
            return null;
        }
        String f = c.content(find);
        String t = c.content(text);
        return address -> words(address, f, t, null, null, occurrence);
    }

    /** "Substitute the word “with” for “through”": the new words come first. */
    private static Function<Address, PrintedOperation> substitute(Cursor c) {
        if (!c.lit("substitute")) {
            return null;
        }
        Integer text = words(c);
        if (text == null || !c.lit("for")) {
            return null;
        }
        Integer find = words(c);
        Integer occurrence = occurrence(c);
        if (find == null) {
            return null;
        }
        String f = c.content(find);
        String t = c.content(text);
        return address -> words(address, f, t, null, null, occurrence);
    }

    /** "Delete the word(s) “X”", "Delete in paragraph 10 the following words: “X”". */
    private static Function<Address, PrintedOperation> delete(Cursor c) {
        if (!c.lit("delete", "strike out", "remove")) {
            return null;
        }
        int mark = c.mark();
        Address named = c.lit("in") ? Addresses.address(c) : null;
        if (named == null) {
            c.reset(mark);
        }
        c.lit(",");
        Integer find = words(c);
        Integer occurrence = occurrence(c);
        if (find == null) {
            return null;
        }
        String f = c.content(find);
        return address -> words(named != null ? named : address, f, "", null, null, occurrence);
    }

    private static Function<Address, PrintedOperation> insert(Cursor c) {
        if (!c.lit("insert", "add")) {
            return null;
        }
        Integer text = words(c);
        if (text == null) {
            return null;
        }
        String t = c.content(text);
        boolean end = c.lit("at the end");
        if (end || c.lit("at the beginning")) {
            c.lit("of the paragraph", "of the subparagraph", "of the sub-paragraph");
            String where = end ? "end" : "start";
            return address -> new PrintedOperation.InsertWords(need(address).section(), address.number(),
                    address.item(), null, null, where, null, t);
        }
        boolean after = c.lit("after", "following");
        if (!after && !c.lit("before")) {
            return null;
        }
        Integer anchor = words(c);
        Integer occurrence = occurrence(c);
        if (anchor == null) {
            return null;
        }
        String a = c.content(anchor);
        return address -> new PrintedOperation.InsertWords(need(address).section(), address.number(), address.item(),
                after ? a : null, after ? null : a, null, occurrence, t);
    }

    /** "At the end of the paragraph, add the words “…”". */
    private static Function<Address, PrintedOperation> atEnd(Cursor c) {
        boolean end = c.lit("at the end");
        if (!end && !c.lit("at the beginning")) {
            return null;
        }
        c.lit("of the paragraph", "of the subparagraph", "of the sub-paragraph");
        c.lit(",");
        if (!c.lit("insert", "add")) {
            return null;
        }
        Integer text = words(c);
        if (text == null) {
            return null;
        }
        String t = c.content(text);
        String where = end ? "end" : "start";
        return address -> new PrintedOperation.InsertWords(need(address).section(), address.number(), address.item(), null,
                null, where, null, t);
    }

    /** "The words “X” (and the associated footnote) should be deleted", "… should be replaced by “Y”". */
    private static Function<Address, PrintedOperation> passive(Cursor c) {
        Integer find = words(c);
        Integer occurrence = occurrence(c);
        if (find == null) {
            return null;
        }
        c.lit("and the associated footnotes", "and the associated footnote");
        if (!c.lit("should be", "shall be", "are to be", "is to be", "to be", "be")) {
            return null;
        }
        String f = c.content(find);
        if (c.lit("deleted")) {
            return address -> words(address, f, "", null, null, occurrence);
        }
        if (c.lit("replaced") && c.lit("with", "by")) {
            Integer text = replacement(c);
            if (text != null) {
                String t = c.content(text);
                return address -> words(address, f, t, null, null, occurrence);
            }
        }
        return null;
    }

    /** A quotation, maybe introduced by "the word(s)", "the following words:", "the phrase". */
    private static Integer words(Cursor c) {
        c.opt("the");
        c.opt("following");
        c.opt("words", "word", "phrase", "expression", "text");
        c.lit(":");
        return c.quote();
    }

    private static Integer replacement(Cursor c) {
        c.opt("the following");
        return words(c);
    }

    /** "(second occurrence)", or null. */
    private static Integer occurrence(Cursor c) {
        int mark = c.mark();
        if (c.lit("(")) {
            c.opt("the");
            Integer n = c.ordinal();
            if (n != null && c.lit("occurrence") && c.lit(")")) {
                return n;
            }
        }
        c.reset(mark);
        return null;
    }

    private static Address need(Address a) {
        if (a == null) {
            throw new Unresolvable("the instruction does not say in which paragraph");
        }
        return a;
    }

    private static PrintedOperation words(Address a, String find, String text, String after, String before,
            Integer occurrence) {
        return new PrintedOperation.ReplaceWords(need(a).section(), a.number(), a.item(), find, text, after, before,
                occurrence);
    }
}
