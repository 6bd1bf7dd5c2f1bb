package org.plenary.shared.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The item lists an amendment empties whose style a new list would not have (bullets, a list starting at (c), …).
 * An item another amendment inserts into such a list gets a different label depending on which is accepted first
 * ({@link ItemLabels}), so the two overlap.
 */
final class EmptiedLists {

    private EmptiedLists() {
    }

    /** Parent id to the index of one of the amendment's deletes that empty its list. */
    static Map<String, Integer> of(List<EditOperation> operations, NodeIndex index) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> lastDelete = new HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof DeleteParagraph d && index.contains(d.paragraphId())
                    && !index.isParagraph(d.paragraphId())) {
                String parent = index.parent(d.paragraphId());
                count.merge(parent, 1, Integer::sum);
                lastDelete.put(parent, i);
            }
        }
        Map<String, Integer> emptied = new HashMap<>();
        count.forEach((parent, n) -> {
            if (n == index.children(parent).size() && !usualStyle(parent, index)) {
                emptied.put(parent, lastDelete.get(parent));
            }
        });
        return emptied;
    }

    /** The parents of the items {@code operations} inserts. */
    static Set<String> insertedInto(List<EditOperation> operations) {
        Set<String> parents = new HashSet<>();
        for (EditOperation op : operations) {
            if (op instanceof InsertItem insert) {
                parents.add(insert.parentId());
            }
        }
        return parents;
    }

    private static boolean usualStyle(String parent, NodeIndex index) {
        List<String> labels = index.children(parent).stream().map(index::label).toList();
        String parentLabel = index.isParagraph(parent) ? null : index.label(parent);
        return ItemLabels.styleOf(labels, parentLabel).equals(ItemLabels.styleOf(List.of(), parentLabel));
    }
}
