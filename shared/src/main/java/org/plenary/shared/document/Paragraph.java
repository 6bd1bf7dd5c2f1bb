package org.plenary.shared.document;

import java.util.List;
import java.util.Objects;

/**
 * A preambular or operative paragraph: its stable id, its text (without the operative number) and its
 * sub-items ((a), (b) … or bullets).
 */
public record Paragraph(String id, String text, List<Item> items) {

    public Paragraph {
        text = Objects.requireNonNullElse(text, "");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
    }

    public Paragraph(String id, String text) {
        this(id, text, List.of());
    }

    public Paragraph withText(String newText) {
        return new Paragraph(id, newText, items);
    }

    public Paragraph withItems(List<Item> newItems) {
        return new Paragraph(id, text, newItems);
    }
}
