package org.plenary.shared.edit;

/**
 * Inserts a sub-item into the paragraph or item {@code parentId}, after its item {@code after}, or first when
 * {@code after} is null. The label ((a), (ii), …) follows from the position (see {@link ItemLabels}).
 * {@code itemId} is assigned by the draft when the amendment is proposed (null in requests; see {@link NewIds}).
 * {@code parentId} may name a paragraph or item inserted by an earlier operation of the same amendment.
 */
public record InsertItem(String parentId, String after, String text, String itemId) implements EditOperation {

    public InsertItem withItemId(String id) {
        return new InsertItem(parentId, after, text, id);
    }

    public InsertItem withParentId(String id) {
        return new InsertItem(id, after, text, itemId);
    }

    @Override
    public String target() {
        return parentId;
    }
}
