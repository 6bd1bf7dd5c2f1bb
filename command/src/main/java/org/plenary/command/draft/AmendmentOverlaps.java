package org.plenary.command.draft;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentOverlap;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.Overlap;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.Overlaps;
import org.plenary.shared.edit.Touches;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a new amendment overlaps those pending: what the proposal's answer lists. */
final class AmendmentOverlaps {

    private AmendmentOverlaps() {
    }

    /** A proposal to the draft against the pending amendments to the draft (all address {@code text}). */
    static List<AmendmentOverlap> of(DraftDocument text, String amendmentId, List<EditOperation> operations,
                                     Map<String, List<EditOperation>> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        return between(text, amendmentId, operations, pending);
    }

    /** A sub-amendment against the other pending sub-amendments of its parent (all address the parent's text). */
    static List<AmendmentOverlap> ofSub(DraftDocument text, String amendmentId, Amendment parent,
                                        List<EditOperation> operations, Map<String, Amendment> siblings) {
        if (siblings.isEmpty()) {
            return List.of();
        }
        DraftDocument parentText = DocumentEditor.apply(text, parent.operations());
        Map<String, List<EditOperation>> others = new java.util.LinkedHashMap<>();
        siblings.forEach((id, a) -> {
            if (!id.equals(amendmentId)) {
                others.put(id, a.operations());
            }
        });
        return between(parentText, amendmentId, operations, others);
    }

    /** Compared only with those that share a key ({@link Touches}): none other can overlap. */
    private static List<AmendmentOverlap> between(DraftDocument text, String amendmentId,
                                                  List<EditOperation> operations,
                                                  Map<String, List<EditOperation>> others) {
        NodeIndex index = NodeIndex.of(text);
        Overlaps overlaps = Overlaps.on(text, index);
        Set<String> mine = Touches.of(operations, text, index);
        List<AmendmentOverlap> out = new ArrayList<>();
        others.forEach((id, theirs) -> {
            if (java.util.Collections.disjoint(mine, Touches.of(theirs, text, index))) {
                return;
            }
            for (Overlap o : overlaps.between(amendmentId, operations, id, theirs)) {
                out.add(new AmendmentOverlap(id, o.kind(), o.where(), o.why()));
            }
        });
        return out;
    }
}
