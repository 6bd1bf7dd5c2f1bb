package org.plenary.shared.wording;

import java.util.List;
import java.util.Objects;

/**
 * An amendment document as read from its text: its own symbol, its sponsors and the draft it amends (each null or
 * empty when the text does not say), the numbered instructions understood, and everything not understood with
 * the reason.
 */
public record ParsedAmendment(String symbol, List<String> sponsors, String target, List<Instruction> instructions,
                              List<Unresolved> unresolved) {

    public ParsedAmendment {
        sponsors = List.copyOf(Objects.requireNonNullElse(sponsors, List.of()));
        instructions = List.copyOf(Objects.requireNonNullElse(instructions, List.of()));
        unresolved = List.copyOf(Objects.requireNonNullElse(unresolved, List.of()));
    }

    /** One numbered instruction: its number, the line it starts on, its text, and its edits as printed. */
    public record Instruction(int number, int line, String text, List<PrintedOperation> operations) {

        public Instruction {
            operations = List.copyOf(operations);
        }
    }

    /** What could not be read or resolved: the line it starts on (1-based), its text and why. */
    public record Unresolved(int line, String text, String why) {
    }
}
