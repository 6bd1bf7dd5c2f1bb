package org.plenary.documents;

import java.util.List;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.UnTextFormatException;
import org.plenary.shared.un.UnTextReader;

/**
 * The text in the UN layout that Plenary reads from a Word or PDF file, with where each line came from ("Word
 * paragraph 12", "PDF page 2"), so that a problem is reported where the user can find it.
 *
 * @param text    the text, lines separated by "\n"
 * @param sources for line n (1-based) the entry n - 1: where it came from
 */
public record ExtractedText(String text, List<String> sources) {

    /** Reads the text as a UN document; a problem names the place in the file, and the line of the text. */
    public DraftDocument read() {
        try {
            return UnTextReader.read(text);
        } catch (UnTextFormatException e) {
            throw located(e);
        }
    }

    /** The problem with the place in the file it comes from. */
    public UnTextFormatException located(UnTextFormatException e) {
        int line = e.line();
        String source = line >= 1 && line <= sources.size() ? sources.get(line - 1) : null;
        if (source == null) {
            return e;
        }
        return new Located(source + " (line " + line + " of the text read from it): " + e.problem(), line, e.problem());
    }

    /** A problem reported at a place of the file. */
    static final class Located extends UnTextFormatException {
        Located(String message, int line, String problem) {
            super(message, line, problem);
        }
    }
}
