package org.plenary.shared.wording;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import org.plenary.shared.edit.EditOperation;

/**
 * An amendment document resolved against a draft's text: each instruction's edits as ready edit operations
 * (paragraph ids, offsets; inserted paragraphs and items carry provisional ids "new1", … that the draft replaces),
 * and everything that could not be resolved, or was not understood, with the reason.
 */
public record ResolvedAmendment(String symbol, List<String> sponsors, String target, List<Instruction> instructions,
                                List<ParsedAmendment.Unresolved> unresolved) {

    public ResolvedAmendment {
        sponsors = List.copyOf(Objects.requireNonNullElse(sponsors, List.of()));
        instructions = List.copyOf(Objects.requireNonNullElse(instructions, List.of()));
        unresolved = List.copyOf(Objects.requireNonNullElse(unresolved, List.of()));
    }

    /** One instruction with its resolved operations. */
    public record Instruction(int number, int line, String text, List<EditOperation> operations) {

        public Instruction {
            operations = List.copyOf(operations);
        }
    }

    /** Every operation of every instruction, in order: the amendment to propose. */
    @JsonIgnore
    public List<EditOperation> operations() {
        return instructions.stream().flatMap(i -> i.operations().stream()).toList();
    }
}
