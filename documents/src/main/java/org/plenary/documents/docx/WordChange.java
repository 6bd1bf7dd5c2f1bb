package org.plenary.documents.docx;

/**
 * A tracked change as Word records it: text or a paragraph mark inserted ({@code w:ins}, {@code w:moveTo}) or
 * deleted ({@code w:del}, {@code w:moveFrom}) by an author.
 */
public record WordChange(Kind kind, String author) {

    public enum Kind { INSERTED, DELETED }

    /** Whether the text or mark carrying this change (null: none) is there once the given authors' changes are
     *  accepted and all others rejected. */
    static boolean present(WordChange change, java.util.function.Predicate<String> accepted) {
        if (change == null) {
            return true;
        }
        boolean acceptedChange = accepted.test(change.author());
        return change.kind() == Kind.INSERTED ? acceptedChange : !acceptedChange;
    }
}
