package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether and where pending amendments written against the same text overlap (the rules are on {@link Rebase}).
 * Two amendments that do not overlap can be accepted in either order with the same result. Prepare once per text
 * with {@link #on}; the operations of each amendment are read once however many pairs they are in (as long as the
 * caller passes the same list). Not thread-safe: one instance per request.
 */
public final class Overlaps {

    private final DraftDocument base;
    private final NodeIndex index;
    private final Map<List<EditOperation>, List<Footprint>> footprints = new IdentityHashMap<>();
    private final Map<List<EditOperation>, Map<String, Integer>> emptied = new IdentityHashMap<>();

    private Overlaps(DraftDocument base, NodeIndex index) {
        this.base = base;
        this.index = index;
    }

    public static Overlaps on(DraftDocument base) {
        return new Overlaps(base, NodeIndex.of(base));
    }

    public static Overlaps on(DraftDocument base, NodeIndex index) {
        return new Overlaps(base, index);
    }

    /** Every overlapping pair of operations of {@code a} (named {@code nameA}) and {@code b}; empty when none. */
    public List<Overlap> between(String nameA, List<EditOperation> a, String nameB, List<EditOperation> b) {
        List<Footprint> fa = footprints(a);
        List<Footprint> fb = footprints(b);
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < fa.size(); i++) {
            for (int j = 0; j < fb.size(); j++) {
                Clash clash = Clash.between(fa.get(i), fb.get(j), index);
                if (clash != null) {
                    out.add(new Overlap(i, j, clash.kind().name().toLowerCase(Locale.ROOT),
                            ClashWording.where(clash, index), ClashWording.overlap(clash, nameA, nameB, index)));
                }
            }
        }
        emptiedLists(nameA, a, nameB, b, false, out);
        emptiedLists(nameB, b, nameA, a, true, out);
        joined(nameA, a, nameB, b, false, out);
        joined(nameB, b, nameA, a, true, out);
        return out;
    }

    /** A deletes the words between two changes B makes to one paragraph (see {@link JoinedReplacements}). */
    private void joined(String nameA, List<EditOperation> a, String nameB, List<EditOperation> b, boolean swapped,
            List<Overlap> out) {
        JoinedReplacements.Joined joined = JoinedReplacements.find(JoinedReplacements.byParagraph(a), b);
        if (joined != null) {
            String where = ClashWording.name(joined.paragraphId(), index);
            int i = changeBetween(a, joined);
            out.add(new Overlap(swapped ? joined.first() : i, swapped ? i : joined.first(),
                    Clash.Kind.WORDS.name().toLowerCase(Locale.ROOT), where,
                    nameA + " deletes the words between two changes " + nameB + " makes to " + where));
        }
    }

    /**
     * The operation of {@code operations} that shortens the words between the two joined changes: bringing two
     * offsets together takes a replacement ending between them that removes more than it adds.
     */
    private static int changeBetween(List<EditOperation> operations, JoinedReplacements.Joined joined) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof ReplaceText r && r.paragraphId().equals(joined.paragraphId())
                    && r.start() < joined.to() && r.end() > joined.from() && r.end() > r.start()) {
                return i;
            }
        }
        throw new IllegalStateException("no change between offsets " + joined.from() + " and " + joined.to());
    }

    /** A deletes every item of a list B inserts into (see {@link EmptiedLists}). */
    private void emptiedLists(String nameA, List<EditOperation> a, String nameB, List<EditOperation> b,
            boolean swapped, List<Overlap> out) {
        Map<String, Integer> lists = emptied(a);
        for (int j = 0; j < b.size(); j++) {
            if (b.get(j) instanceof InsertItem insert && lists.containsKey(insert.parentId())) {
                String where = ClashWording.name(insert.parentId(), index);
                int i = lists.get(insert.parentId());
                out.add(new Overlap(swapped ? j : i, swapped ? i : j, "place", where,
                        nameA + " deletes every sub-item of " + where + ", into which " + nameB + " inserts one"));
            }
        }
    }

    private Map<String, Integer> emptied(List<EditOperation> operations) {
        return emptied.computeIfAbsent(operations, ops -> EmptiedLists.of(ops, index));
    }

    /** True when some operation of {@code a} overlaps some operation of {@code b}. */
    public boolean overlap(List<EditOperation> a, List<EditOperation> b) {
        for (String parent : EmptiedLists.insertedInto(b)) {
            if (emptied(a).containsKey(parent)) {
                return true;
            }
        }
        for (String parent : EmptiedLists.insertedInto(a)) {
            if (emptied(b).containsKey(parent)) {
                return true;
            }
        }
        for (Footprint x : footprints(a)) {
            for (Footprint y : footprints(b)) {
                if (Clash.between(x, y, index) != null) {
                    return true;
                }
            }
        }
        return JoinedReplacements.find(JoinedReplacements.byParagraph(a), b) != null
                || JoinedReplacements.find(JoinedReplacements.byParagraph(b), a) != null;
    }

    /** The overlaps of two amendments written against {@code base}. */
    public static List<Overlap> between(DraftDocument base, String nameA, List<EditOperation> a, String nameB,
            List<EditOperation> b) {
        return on(base).between(nameA, a, nameB, b);
    }

    private List<Footprint> footprints(List<EditOperation> operations) {
        return footprints.computeIfAbsent(operations, ops -> {
            List<Footprint> list = new ArrayList<>(ops.size());
            for (EditOperation op : ops) {
                list.add(Footprint.of(op, base, index));
            }
            return list;
        });
    }
}
