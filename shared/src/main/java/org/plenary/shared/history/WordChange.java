package org.plenary.shared.history;

import java.util.Objects;

/**
 * One run of a word-level diff: text both versions share ({@link Kind#EQUAL}), text only the new version has
 * ({@link Kind#INSERT}) or text only the old version had ({@link Kind#DELETE}).
 */
public record WordChange(Kind kind, String text) {

    public enum Kind { EQUAL, INSERT, DELETE }

    public WordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static WordChange equal(String text) {
        return new WordChange(Kind.EQUAL, text);
    }

    public static WordChange insert(String text) {
        return new WordChange(Kind.INSERT, text);
    }

    public static WordChange delete(String text) {
        return new WordChange(Kind.DELETE, text);
    }
}
