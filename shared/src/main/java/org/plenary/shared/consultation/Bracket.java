package org.plenary.shared.consultation;

/**
 * Square brackets around words not yet agreed: characters [start, end) of the markup text of a paragraph or item.
 * The range follows the text as it changes ({@link BracketMoves}).
 */
public record Bracket(String bracketId, String paragraphId, int start, int end) {

    public Bracket {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a bracket covers at least one character: [" + start + ", " + end + ")");
        }
    }

    public Bracket movedTo(int newStart, int newEnd) {
        return new Bracket(bracketId, paragraphId, newStart, newEnd);
    }
}
