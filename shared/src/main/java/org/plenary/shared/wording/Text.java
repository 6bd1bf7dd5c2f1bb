package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the reader and the writer of the wording. */
final class Text {

    private Text() {
    }

    /** Every offset where {@code words} starts in {@code text}, overlapping ones included. */
    static List<Integer> occurrences(String text, String words) {
        List<Integer> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            out.add(at);
        }
        return out;
    }

    /** Curly quotes around {@code words}, for messages. */
    static String quote(String words) {
        return "\u201C" + words + "\u201D";
    }
}
