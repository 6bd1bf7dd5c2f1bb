package org.plenary.shared.edit;

/** Replaces the title of the draft. */
public record ReplaceTitle(String text) implements EditOperation {

    @Override
    public String target() {
        return null;
    }
}
