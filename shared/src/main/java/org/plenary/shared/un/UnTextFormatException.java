package org.plenary.shared.un;

/**
 * The text is not in the UN text layout. The message names the line number(s) and what was expected there,
 * so that a user can fix the text; {@link #line()} gives the (first) line number, 1-based.
 */
public class UnTextFormatException extends RuntimeException {

    private final int line;

    public UnTextFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public UnTextFormatException(int line, int otherLine, String problem) {
        super("lines " + line + " and " + otherLine + ": " + problem);
        this.line = line;
    }

    /** The 1-based number of the line where the problem is (the first one when several are involved). */
    public int line() {
        return line;
    }
}
