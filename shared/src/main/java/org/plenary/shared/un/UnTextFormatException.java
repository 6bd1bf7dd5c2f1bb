package org.plenary.shared.un;

/**
 * The text is not in the UN text layout. The message names the line number(s) and what was expected there,
 * so that a user can fix the text; {@link #line()} gives the (first) line number, 1-based.
 */
public class UnTextFormatException extends RuntimeException {

    private final int line;
    private final String problem;

    public UnTextFormatException(int line, String problem) {
        this("line " + line + ": " + problem, line, problem);
    }

    public UnTextFormatException(int line, int otherLine, String problem) {
        this("lines " + line + " and " + otherLine + ": " + problem, line, problem);
    }

    /** For readers of other formats that say where the problem is in their own terms ("Word paragraph 6: …"). */
    protected UnTextFormatException(String message, int line, String problem) {
        super(message);
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without where. */
    public String problem() {
        return problem;
    }

    /** The 1-based number of the line where the problem is (the first one when several are involved). */
    public int line() {
        return line;
    }
}
