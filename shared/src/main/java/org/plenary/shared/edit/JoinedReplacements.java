package org.plenary.shared.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two text replacements of one amendment that another amendment's changes bring to the same point of a paragraph:
 * typically an insertion just before and one just after the words the other deletes. Each alone follows the text,
 * but together they would start at one offset, where the order of the two is no longer said (the editor refuses
 * two replacements starting at one offset), so the amendments overlap. Found by carrying each replacement's start
 * as {@link Rebase} does.
 */
final class JoinedReplacements {

    /** In {@code paragraphId}, operations {@code first} and {@code second} of the carried amendment meet. */
    record Joined(String paragraphId, int first, int second) {
    }

    private JoinedReplacements() {
    }

    /** The first pair of {@code carried}'s replacements that {@code applied} brings to one start, or null. */
    static Joined find(List<EditOperation> applied, List<EditOperation> carried) {
        Map<String, List<ReplaceText>> changes = new HashMap<>();
        for (EditOperation op : applied) {
            if (op instanceof ReplaceText r) {
                changes.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
            }
        }
        if (changes.isEmpty()) {
            return null;
        }
        Map<String, Map<Integer, int[]>> starts = new HashMap<>(); // paragraph -> carried start -> {index, original start}
        for (int i = 0; i < carried.size(); i++) {
            if (!(carried.get(i) instanceof ReplaceText r) || !changes.containsKey(r.paragraphId())) {
                continue;
            }
            int start = r.start();
            for (ReplaceText change : changes.get(r.paragraphId())) {
                if (change.end() <= r.start()) {
                    start += change.text().length() - (change.end() - change.start());
                }
            }
            int[] other = starts.computeIfAbsent(r.paragraphId(), k -> new HashMap<>()).putIfAbsent(start,
                    new int[] {i, r.start()});
            if (other != null && other[1] != r.start()) {
                return new Joined(r.paragraphId(), Math.min(other[0], i), Math.max(other[0], i));
            }
        }
        return null;
    }
}
