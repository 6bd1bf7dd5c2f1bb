package org.plenary.command.draft;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.Rebase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the pending amendments follow a change of the text (pure: the member applies the events). An amendment to the
 * draft is rebased over the change ({@link Rebase}) or overtaken by it. A sub-amendment, written against the text
 * as its parent would leave it, follows the change as the parent's text sees it: the change is first carried over
 * the parent, then the sub-amendment over that; it is overtaken with its parent.
 */
final class AmendmentRebase {

    /** The outcome: ids whose base advanced, those whose operations moved, those overtaken and why. */
    record Outcome(List<String> rebased, List<AmendmentsRebasedEvent.Moved> moved,
                   Map<String, List<String>> overtaken) {
    }

    private AmendmentRebase() {
    }

    /**
     * @param pending the pending amendments in proposal order (sub-amendments after their parents)
     * @param before  the text before the change, which every pending amendment to the draft addresses
     */
    static Outcome follow(Map<String, Amendment> pending, DraftDocument before, List<EditOperation> applied,
                          String source) {
        NodeIndex index = NodeIndex.of(before);
        Rebase over = Rebase.over(before, index, applied, source);
        List<String> rebased = new ArrayList<>();
        List<AmendmentsRebasedEvent.Moved> moved = new ArrayList<>();
        Map<String, List<String>> overtaken = new LinkedHashMap<>();
        for (Map.Entry<String, Amendment> entry : pending.entrySet()) {
            String id = entry.getKey();
            Amendment amendment = entry.getValue();
            Rebase.Result result;
            if (!amendment.isSub()) {
                result = over.rebase(amendment.operations());
            } else if (overtaken.containsKey(amendment.amends()) || !pending.containsKey(amendment.amends())) {
                result = new Rebase.Overtaken(List.of(amendment.amends() + ", which it amends, was overtaken by "
                        + source));
            } else {
                result = followParent(pending.get(amendment.amends()).operations(), amendment.operations(), before,
                        index, applied, source);
            }
            if (result instanceof Rebase.Rebased r) {
                rebased.add(id);
                if (!r.operations().equals(amendment.operations())) {
                    moved.add(new AmendmentsRebasedEvent.Moved(id, r.operations()));
                }
            } else {
                overtaken.put(id, ((Rebase.Overtaken) result).reasons());
            }
        }
        return new Outcome(rebased, moved, overtaken);
    }

    /** A sub-amendment over a change, through the parent's text (the parent was rebased, so they do not overlap). */
    private static Rebase.Result followParent(List<EditOperation> parent, List<EditOperation> sub, DraftDocument before,
                                              NodeIndex index, List<EditOperation> applied, String source) {
        Rebase.Result change = Rebase.over(before, index, parent, null).rebase(applied);
        if (!(change instanceof Rebase.Rebased carried)) {
            return change;
        }
        DraftDocument parentText = DocumentEditor.apply(before, index, parent);
        return Rebase.over(parentText, NodeIndex.of(parentText), carried.operations(), source).rebase(sub);
    }

    /** The other pending sub-amendments of a parent over one accepted into it ({@code accepted}, on the parent's text). */
    static Outcome overSibling(DraftDocument parentText, List<EditOperation> accepted, String acceptedId,
                               Map<String, Amendment> siblings) {
        Rebase over = Rebase.over(parentText, NodeIndex.of(parentText), accepted, acceptedId);
        List<String> rebased = new ArrayList<>();
        List<AmendmentsRebasedEvent.Moved> moved = new ArrayList<>();
        Map<String, List<String>> overtaken = new LinkedHashMap<>();
        siblings.forEach((id, sibling) -> {
            Rebase.Result result = over.rebase(sibling.operations());
            if (result instanceof Rebase.Rebased r) {
                rebased.add(id);
                moved.add(new AmendmentsRebasedEvent.Moved(id, r.operations()));
            } else {
                overtaken.put(id, ((Rebase.Overtaken) result).reasons());
            }
        });
        return new Outcome(rebased, moved, overtaken);
    }
}
