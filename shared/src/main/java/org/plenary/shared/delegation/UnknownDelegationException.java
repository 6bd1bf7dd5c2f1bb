package org.plenary.shared.delegation;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a code or name matches no delegation. Carries the closest known names, best first,
 * so that a user interface can offer them.
 */
public class UnknownDelegationException extends RuntimeException {

    private final String input;
    private final List<String> suggestions;

    public UnknownDelegationException(String input, List<String> suggestions) {
        super(message(input, suggestions));
        this.input = input;
        this.suggestions = List.copyOf(Objects.requireNonNullElse(suggestions, List.of()));
    }

    /** The code or name as given. */
    public String input() {
        return input;
    }

    /** Up to three delegation short names close to the input, best first; empty when none is close. */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String input, List<String> suggestions) {
        String message = "Unknown delegation \"" + input + "\".";
        if (suggestions == null || suggestions.isEmpty()) {
            return message;
        }
        return message + " Did you mean: " + String.join(", ", suggestions) + "?";
    }
}
