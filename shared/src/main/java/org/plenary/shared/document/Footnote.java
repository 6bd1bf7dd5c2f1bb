package org.plenary.shared.document;

/**
 * A footnote: its marker as called in the text ("1" for the call ¹) and its note.
 */
public record Footnote(String marker, String text) {
}
