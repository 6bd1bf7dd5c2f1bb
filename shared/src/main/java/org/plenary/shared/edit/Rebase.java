package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a pending amendment over an amendment applied before it. Both were written against the same base text;
 * the result is either the pending operations rewritten for the text the applied amendment left ({@link Rebased})
 * or, when they overlap, the reasons in a delegate's words ({@link Overtaken}).
 *
 * <p>Two operations overlap ({@link Overlaps}) when their ranges in one paragraph intersect, when both insert
 * words at the same point, when one deletes, moves or replaces whole a paragraph or item the other edits or needs
 * (as anchor or parent), when a move and another placement put something after the same paragraph, when both
 * replace the title, when both touch the same footnote (replace it, or delete or add its call), or when one
 * deletes every item of a list that is not labelled as a new list would be and the other inserts an item into it
 * ({@link ItemLabels}: its label would depend on which is accepted first). Otherwise:
 * a range moves by the length change of the applied replacements before it in its paragraph (an insertion at the
 * start of a replaced range stays before it, at its end after it); a paragraph or item inserted after the same
 * sibling as applied inserts goes among them in the order of their ids (which the draft assigns in proposal order,
 * so the text does not depend on which was accepted first); every other operation is unchanged.
 *
 * <p>Prepare once per applied amendment with {@link #over}; each {@link #rebase} is then linear in the number of
 * operations of both amendments.
 */
public final class Rebase {

    /** The outcome of a rebase. */
    public sealed interface Result permits Rebased, Overtaken {
    }

    /** The pending operations rewritten for the text after the applied amendment. */
    public record Rebased(List<EditOperation> operations) implements Result {
    }

    /** The pending amendment overlaps the applied one; each reason says what changed. */
    public record Overtaken(List<String> reasons) implements Result {

        /** The reasons as one sentence. */
        public String message() {
            return String.join("; ", reasons);
        }
    }

    private final DraftDocument base;
    private final NodeIndex index;
    private final List<Footprint> applied = new ArrayList<>();
    private final String suffix;
    private final Map<String, List<ReplaceText>> replacements = new HashMap<>();
    private final Map<Slot, List<String>> insertedAfter = new HashMap<>();
    private final Map<String, Integer> emptied;
    private final Set<String> insertedInto;
    private final List<EditOperation> operations;

    private Rebase(DraftDocument base, NodeIndex index, List<EditOperation> operations, String appliedBy) {
        this.base = base;
        this.index = index;
        this.suffix = appliedBy == null || appliedBy.isBlank() ? "" : " by " + appliedBy;
        this.operations = operations;
        this.emptied = EmptiedLists.of(operations, index);
        this.insertedInto = EmptiedLists.insertedInto(operations);
        for (EditOperation op : operations) {
            Footprint f = Footprint.of(op, base, index);
            applied.add(f);
            if (op instanceof ReplaceText r) {
                replacements.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
            }
            if (f.isInsert()) {
                insertedAfter.computeIfAbsent(new Slot(f.container, f.anchor), k -> new ArrayList<>()).add(f.insertedId());
            }
        }
    }

    /** Prepares to carry pending amendments over {@code applied}, both written against {@code base}. */
    public static Rebase over(DraftDocument base, List<EditOperation> applied) {
        return over(base, NodeIndex.of(base), applied, null);
    }

    /**
     * The same with an index of {@code base} built by the caller; {@code appliedBy} (e.g. "A4", may be null)
     * ends every reason: "operative paragraph 3 was deleted by A4".
     */
    public static Rebase over(DraftDocument base, NodeIndex index, List<EditOperation> applied, String appliedBy) {
        return new Rebase(base, index, applied, appliedBy);
    }

    /** Rebases {@code pending} over {@code applied}, both written against {@code base}. */
    public static Result onto(DraftDocument base, List<EditOperation> pending, List<EditOperation> applied) {
        return over(base, applied).rebase(pending);
    }

    /** The pending operations carried over the applied amendment, or why they cannot be. */
    public Result rebase(List<EditOperation> pending) {
        Set<String> reasons = new LinkedHashSet<>();
        List<EditOperation> out = new ArrayList<>(pending.size());
        boolean unchanged = true;
        for (EditOperation op : pending) {
            Footprint mine = Footprint.of(op, base, index);
            for (Footprint theirs : applied) {
                Clash clash = Clash.between(mine, theirs, index);
                if (clash != null) {
                    reasons.add(ClashWording.reason(clash, mine, theirs, index) + suffix);
                }
            }
            if (reasons.isEmpty()) {
                EditOperation carried = carry(op);
                unchanged &= carried == op;
                out.add(carried);
            }
        }
        // (skipped when the applied amendment empties no list, or inserts no item: most do neither)
        for (String parent : emptied.isEmpty() ? Set.<String>of() : EmptiedLists.insertedInto(pending)) {
            if (emptied.containsKey(parent)) {
                reasons.add("the sub-items of " + ClashWording.name(parent, index) + " were all deleted" + suffix);
            }
        }
        for (String parent : insertedInto.isEmpty() ? Set.<String>of() : EmptiedLists.of(pending, index).keySet()) {
            if (insertedInto.contains(parent)) {
                reasons.add("a sub-item was inserted into " + ClashWording.name(parent, index)
                        + ", whose sub-items it deletes" + suffix);
            }
        }
        if (!replacements.isEmpty()) { // the same point of a paragraph reached from two places (JoinedReplacements)
            JoinedReplacements.Joined mine = JoinedReplacements.find(replacements, pending);
            if (mine != null) {
                reasons.add("the words between two of its changes to " + ClashWording.name(mine.paragraphId(), index)
                        + " were deleted" + suffix);
            }
            JoinedReplacements.Joined theirs = JoinedReplacements.find(JoinedReplacements.byParagraph(pending), operations);
            if (theirs != null) {
                reasons.add("it deletes the words between two changes to " + ClashWording.name(theirs.paragraphId(), index)
                        + suffix);
            }
        }
        if (!reasons.isEmpty()) {
            return new Overtaken(List.copyOf(reasons));
        }
        // nothing moved (most pending amendments): the same list, so that callers see it unchanged at a glance
        return new Rebased(List.copyOf(unchanged ? pending : out));
    }

    private EditOperation carry(EditOperation op) {
        if (op instanceof ReplaceText r) {
            List<ReplaceText> before = replacements.get(r.paragraphId());
            if (before == null) {
                return r;
            }
            int shift = shift(before, r.start());
            return shift == 0 ? r : new ReplaceText(r.paragraphId(), r.start() + shift, r.end() + shift, r.text());
        }
        if (op instanceof InsertParagraph i) {
            String anchor = anchor(Footprint.sectionList(i.section()), i.after(), i.paragraphId());
            return anchor == null || anchor.equals(i.after()) ? i
                    : new InsertParagraph(i.section(), anchor, i.text(), i.paragraphId());
        }
        if (op instanceof InsertItem i) {
            String anchor = anchor("item:" + i.parentId(), i.after(), i.itemId());
            return anchor == null || anchor.equals(i.after()) ? i
                    : new InsertItem(i.parentId(), anchor, i.text(), i.itemId());
        }
        return op;
    }

    /** How far the applied replacements of a paragraph move its {@code offset}: those that end at or before it count. */
    static int shift(List<ReplaceText> applied, int offset) {
        int shift = 0;
        for (ReplaceText a : applied) {
            if (a.end() <= offset) {
                shift += a.text().length() - (a.end() - a.start());
            }
        }
        return shift;
    }

    /** A place in a list: after {@code after} (null: first) in {@code container} ("section:operative", "item:op2"). */
    private record Slot(String container, String after) {
    }

    /** The last applied insert after the same sibling whose id comes before {@code id}, if any. */
    private String anchor(String container, String after, String id) {
        if (insertedAfter.isEmpty()) {
            return null;
        }
        List<String> chain = insertedAfter.get(new Slot(container, after));
        String anchor = null;
        if (chain != null) {
            for (String inserted : chain) {
                if (IdOrder.compare(inserted, id) >= 0) {
                    break;
                }
                anchor = inserted;
            }
        }
        return anchor;
    }
}
