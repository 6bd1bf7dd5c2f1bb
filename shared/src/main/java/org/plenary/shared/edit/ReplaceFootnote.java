package org.plenary.shared.edit;

/** Replaces the note of footnote {@code marker} ("1" for the call ¹); its calls stay where they are. */
public record ReplaceFootnote(String marker, String text) implements EditOperation {

    @Override
    public String target() {
        return null;
    }
}
