package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;

/**
 * The formal UN wording of amendments, both ways.
 *
 * <p>Writing: {@link #instructions} words the operations of an amendment against the text they apply to, one
 * instruction per paragraph edited ("In operative paragraph 3, replace the words “possible” with “concrete”",
 * "After the second preambular paragraph, insert the following paragraph: “…”", "Delete operative paragraph 2 (c)",
 * "Operative paragraph 6 should read: “6. …”", "Move operative paragraph 5 to follow operative paragraph 2").
 *
 * <p>Reading: {@link #parse} reads an amendment document or its instructions ({@link AmendmentParser});
 * {@link #resolve} turns what was read into edit operations on a draft's text ({@link Resolver}), with anything
 * ambiguous left unresolved and saying why. Every instruction written here reads and resolves back to the same
 * operations (inserted paragraphs and items get provisional ids).
 */
public final class Wording {

    private Wording() {
    }

    /** The instructions for an amendment's operations on {@code document}, without numbers or final punctuation. */
    public static List<String> instructions(DraftDocument document, List<EditOperation> operations) {
        return instructions(document, NodeIndex.of(document), operations);
    }

    public static List<String> instructions(DraftDocument document, NodeIndex index, List<EditOperation> operations) {
        List<String> out = new ArrayList<>();
        for (List<PrintedOperation> group : new Describer(document, index).describe(operations)) {
            out.add(Printer.instruction(group));
        }
        return out;
    }

    /** The instruction for one operation. */
    public static String instruction(DraftDocument document, EditOperation operation) {
        return String.join("; ", instructions(document, List.of(operation)));
    }

    /** The edits of an amendment as printed, grouped into instructions (for clients that render them). */
    public static List<List<PrintedOperation>> printed(DraftDocument document, List<EditOperation> operations) {
        return new Describer(document, NodeIndex.of(document)).describe(operations);
    }

    /** Reads an amendment document or just its instructions. */
    public static ParsedAmendment parse(String text) {
        return AmendmentParser.parse(text);
    }

    /**
     * Resolves what was read against {@code document}. An instruction that cannot be resolved, or that does not
     * apply together with the instructions before it, goes to {@code unresolved} with the reason; a target symbol
     * other than the draft's is reported there too.
     */
    public static ResolvedAmendment resolve(DraftDocument document, ParsedAmendment parsed) {
        NodeIndex index = NodeIndex.of(document);
        Resolver resolver = new Resolver(document, index);
        List<ParsedAmendment.Unresolved> unresolved = new ArrayList<>();
        if (parsed.target() != null && document.symbol() != null && !sameSymbol(parsed.target(), document.symbol())) {
            unresolved.add(new ParsedAmendment.Unresolved(0, parsed.target(), "the amendment is to " + parsed.target()
                    + ", not to " + document.symbol()));
        }
        List<ResolvedAmendment.Instruction> instructions = new ArrayList<>();
        List<EditOperation> together = new ArrayList<>();
        for (ParsedAmendment.Instruction instruction : parsed.instructions()) {
            try {
                List<EditOperation> ops = new ArrayList<>();
                for (PrintedOperation op : instruction.operations()) {
                    ops.addAll(resolver.resolve(op));
                }
                List<EditOperation> candidate = new ArrayList<>(together);
                candidate.addAll(ops);
                DocumentEditor.validate(document, candidate);
                together = candidate;
                instructions.add(new ResolvedAmendment.Instruction(instruction.number(), instruction.line(),
                        instruction.text(), ops));
            } catch (Unresolvable | EditException e) {
                unresolved.add(new ParsedAmendment.Unresolved(instruction.line(), instruction.text(), e.getMessage()));
            }
        }
        unresolved.addAll(parsed.unresolved());
        unresolved.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ResolvedAmendment(parsed.symbol(), parsed.sponsors(), parsed.target(), instructions, unresolved);
    }

    /** Reads and resolves in one step. */
    public static ResolvedAmendment read(DraftDocument document, String text) {
        return resolve(document, parse(text));
    }

    private static boolean sameSymbol(String a, String b) {
        return a.replaceAll("\\s+", "").equalsIgnoreCase(b.replaceAll("\\s+", ""));
    }
}
