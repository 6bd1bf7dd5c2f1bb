package org.plenary.documents;

import org.plenary.shared.un.UnTextFormatException;

/**
 * The bytes are not a file of the format they were sent as (a truncated Word file, text sent as PDF): refused like
 * a text that does not read, at line 1, saying what was expected.
 */
public class UnreadableDocumentException extends UnTextFormatException {

    public UnreadableDocumentException(String problem) {
        super(problem, 1, problem);
    }
}
