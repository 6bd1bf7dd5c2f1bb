package org.plenary.shared.history;

/**
 * A stretch [start, end) of a paragraph's or item's current text (offsets in UTF-16 chars, as in
 * {@code ReplaceText}) introduced by one amendment or the original submission.
 */
public record BlameSpan(int start, int end, String text, Attribution attribution) {
}
