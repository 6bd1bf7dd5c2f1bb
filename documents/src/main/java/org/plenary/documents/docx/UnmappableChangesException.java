package org.plenary.documents.docx;

import java.util.List;

/** Tracked changes of a Word document that cannot be proposed as amendments to the draft; says which and why. */
public class UnmappableChangesException extends RuntimeException {

    private final List<String> problems;

    public UnmappableChangesException(List<String> problems) {
        super("tracked changes that cannot be proposed as amendments: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
