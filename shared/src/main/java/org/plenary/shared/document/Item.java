package org.plenary.shared.document;

import java.util.List;
import java.util.Objects;

/**
 * A sub-item of a paragraph: "(a)", "(i)" or a bullet ("-"), with its own stable id and nested items.
 *
 * @param label as printed: "(a)", "(ii)", or "-" for a bullet
 */
public record Item(String id, String label, String text, List<Item> items) {

    public Item {
        label = Objects.requireNonNullElse(label, "-");
        text = Objects.requireNonNullElse(text, "");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
    }

    public Item withText(String newText) {
        return new Item(id, label, newText, items);
    }

    public Item withItems(List<Item> newItems) {
        return new Item(id, label, text, newItems);
    }
}
