package org.plenary.query.draft;

import org.plenary.query.projection.DraftView;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.Overlap;
import org.plenary.shared.edit.Overlaps;
import org.plenary.shared.edit.Touches;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the pending amendments overlap, read from a draft's view: the amendments to the draft all address its
 * current text (they are rebased as it changes), the sub-amendments of one amendment the text as it would leave it.
 * Only pairs that touch a common paragraph, the title or the footnotes are compared ({@link Touches}), so a draft
 * with hundreds of amendments to different paragraphs costs little more than one with a few. Pairs are listed in
 * the order found (by key), each once.
 */
final class PendingOverlaps {

    /** One overlap between two pending amendments ({@code first} proposed before {@code second}). */
    record Pair(String first, String second, String kind, String where, String why) {
    }

    private PendingOverlaps() {
    }

    static List<Pair> of(DraftView view) {
        List<Pair> out = new ArrayList<>();
        Map<String, List<DraftView.AmendmentView>> groups = new LinkedHashMap<>();
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.status() == org.plenary.shared.draft.AmendmentStatus.PENDING) {
                groups.computeIfAbsent(a.amends() == null ? "" : a.amends(), k -> new ArrayList<>()).add(a);
            }
        }
        groups.forEach((parent, members) -> {
            if (members.size() < 2) {
                return;
            }
            DraftDocument text = view.document();
            if (!parent.isEmpty()) {
                DraftView.AmendmentView p = view.amendment(parent);
                text = DocumentEditor.apply(text, p.operations());
            }
            compare(text, members, out);
        });
        return out;
    }

    private static void compare(DraftDocument text, List<DraftView.AmendmentView> members, List<Pair> out) {
        NodeIndex index = NodeIndex.of(text);
        Overlaps overlaps = Overlaps.on(text, index);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String key : Touches.of(members.get(i).operations(), text, index)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> sharing : byKey.values()) { // only amendments that share a key may overlap
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    pair(overlaps, members, sharing.get(x), sharing.get(y), compared, out);
                }
            }
        }
    }

    private static void pair(Overlaps overlaps, List<DraftView.AmendmentView> members, int i, int j, Set<Long> compared,
                             List<Pair> out) {
        if (!compared.add(((long) i << 32) | j)) {
            return;
        }
        DraftView.AmendmentView a = members.get(i);
        DraftView.AmendmentView b = members.get(j);
        for (Overlap o : overlaps.between(a.amendmentId(), a.operations(), b.amendmentId(), b.operations())) {
            out.add(new Pair(a.amendmentId(), b.amendmentId(), o.kind(), o.where(), o.why()));
        }
    }
}
