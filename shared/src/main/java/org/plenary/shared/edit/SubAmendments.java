package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Folds an accepted sub-amendment into the amendment it amends. The sub-amendment's operations address the text
 * as the parent amendment would leave it; the result is the parent's operations on the original text that give
 * what both together give: {@code apply(d, fold(d, p, s)) == apply(apply(d, p), s)}.
 *
 * <p>The parent keeps its form where it can, so its wording changes as little as possible: its word replacements
 * in paragraphs the sub-amendment leaves alone stay as they were, a paragraph it replaced whole is still replaced
 * whole (with the amended text), a paragraph it inserts is still inserted (with its id); the sub-amendment's word
 * edits in paragraphs the parent did not touch are taken over as they are; where both change the words of one
 * paragraph, the parent's replacements are derived anew from the words (Myers' diff). The result may be empty when
 * the sub-amendment undoes the whole amendment.
 *
 * <p>Should the two together ever leave something edit operations cannot express (see {@link EditScript}),
 * {@link #fold} refuses with an {@link EditException} saying so.
 */
public final class SubAmendments {

    private SubAmendments() {
    }

    /**
     * The parent's operations with the sub-amendment folded in; throws {@link EditException} when the parent does
     * not apply to {@code document} or the sub-amendment does not apply to the text the parent leaves.
     */
    public static List<EditOperation> fold(DraftDocument document, List<EditOperation> parent,
            List<EditOperation> sub) {
        DraftDocument amended = DocumentEditor.apply(document, parent);
        DraftDocument result = DocumentEditor.apply(amended, sub);
        Map<String, List<EditOperation>> preferred = new HashMap<>();
        collect(parent, preferred);
        Map<String, List<EditOperation>> bySub = new HashMap<>();
        collect(sub, bySub);
        bySub.forEach((id, ops) -> {
            if (!preferred.containsKey(id)) {
                preferred.put(id, ops);
            } else if (preferred.get(id).get(0) instanceof ReplaceParagraph) {
                preferred.put(id, null); // replaced whole: takes the final text below
            } else {
                preferred.remove(id);
            }
        });
        try {
            return EditScript.between(document, result, preferred(preferred));
        } catch (IllegalArgumentException e) {
            throw new EditException("the sub-amendment cannot be folded into the amendment: " + e.getMessage());
        }
    }

    private static BiFunction<String, String, List<EditOperation>> preferred(
            Map<String, List<EditOperation>> preferred) {
        return (id, newText) -> {
            if (!preferred.containsKey(id)) {
                return null;
            }
            List<EditOperation> ops = preferred.get(id);
            if (ops == null || ops.get(0) instanceof ReplaceParagraph) {
                return List.of(new ReplaceParagraph(id, newText));
            }
            return ops;
        };
    }

    private static void collect(List<EditOperation> operations, Map<String, List<EditOperation>> byNode) {
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText r) {
                byNode.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
            } else if (op instanceof ReplaceParagraph r) {
                byNode.put(r.paragraphId(), new ArrayList<>(List.of(r)));
            }
        }
    }
}
