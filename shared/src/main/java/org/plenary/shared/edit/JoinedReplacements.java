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

    /**
     * In {@code paragraphId}, operations {@code first} and {@code second} of the carried amendment meet; they started
     * at offsets {@code from} and {@code to} (from &lt; to), between which the applied amendment changed the text.
     */
    record Joined(String paragraphId, int first, int second, int from, int to) {
    }

    private JoinedReplacements() {
    }

    /** An amendment's text replacements by paragraph (what {@link Rebase} keeps of the applied one). */
    static Map<String, List<ReplaceText>> byParagraph(List<EditOperation> operations) {
        Map<String, List<ReplaceText>> changes = new HashMap<>();
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText r) {
                changes.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
            }
        }
        return changes;
    }

    /**
     * The first pair of {@code carried}'s replacements that the applied replacements ({@code applied}, by paragraph)
     * bring to one start, or null. Each start is carried as {@link Rebase} carries it ({@link Rebase#shift}).
     */
    static Joined find(Map<String, List<ReplaceText>> applied, List<EditOperation> carried) {
        if (applied.isEmpty()) {
            return null;
        }
        Map<String, Map<Integer, int[]>> starts = new HashMap<>(); // paragraph -> carried start -> {index, original start}
        for (int i = 0; i < carried.size(); i++) {
            if (!(carried.get(i) instanceof ReplaceText r) || !applied.containsKey(r.paragraphId())) {
                continue;
            }
            int start = r.start() + Rebase.shift(applied.get(r.paragraphId()), r.start());
            int[] other = starts.computeIfAbsent(r.paragraphId(), k -> new HashMap<>()).putIfAbsent(start,
                    new int[] {i, r.start()});
            if (other != null && other[1] != r.start()) {
                return new Joined(r.paragraphId(), Math.min(other[0], i), Math.max(other[0], i),
                        Math.min(other[1], r.start()), Math.max(other[1], r.start()));
            }
        }
        return null;
    }
}
