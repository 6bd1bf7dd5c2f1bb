package org.plenary.shared.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Why two operations of different amendments, written against the same text, overlap: one cannot be carried
 * over the other without a delegate deciding.
 *
 * @param kind       what overlaps
 * @param node       the paragraph or item concerned (the deleted, moved or replaced one, the one whose words both
 *                   change, or the anchor both place after); null for the title, a footnote or the top of a list
 * @param detail     the words both change, the marker of the footnote, or the list both place into
 * @param firstActs  for DELETED, MOVED and REPLACED: true when the first operation deletes, moves or replaces
 */
record Clash(Kind kind, String node, String detail, boolean firstActs) {

    enum Kind { DELETED, MOVED, REPLACED, WORDS, PLACE, TITLE, FOOTNOTE }

    /** The overlap of {@code a} and {@code b}, or null when both can apply in either order with the same result. */
    static Clash between(Footprint a, Footprint b, NodeIndex index) {
        Clash clash = acts(a, b, index, true);
        if (clash == null) {
            clash = acts(b, a, index, false);
        }
        if (clash != null) {
            return clash;
        }
        if (a.textNode != null && a.textNode.equals(b.textNode) && !a.whole && !b.whole && a.rangeMeets(b)) {
            String words = index.contains(a.textNode)
                    ? index.text(a.textNode).substring(Math.min(a.start, b.start), Math.max(a.end, b.end)) : "";
            return new Clash(Kind.WORDS, a.textNode, words, true);
        }
        if (a.container != null && a.container.equals(b.container) && Objects.equals(a.anchor, b.anchor)
                && !(a.isInsert() && b.isInsert())) {
            return new Clash(Kind.PLACE, a.anchor, a.container, true);
        }
        if (a.title && b.title) {
            return new Clash(Kind.TITLE, null, null, true);
        }
        String note = note(a, b);
        return note == null ? null : new Clash(Kind.FOOTNOTE, null, note, true);
    }

    /** Whether {@code actor} deletes, moves or replaces whole what {@code other} edits or relies on. */
    private static Clash acts(Footprint actor, Footprint other, NodeIndex index, boolean firstActs) {
        if (actor.deleted != null) {
            for (String node : other.nodes) {
                if (index.within(node, actor.deleted)) {
                    return new Clash(Kind.DELETED, actor.deleted, null, firstActs);
                }
            }
        }
        if (actor.moved != null) {
            for (String node : other.nodes) {
                if (index.within(node, actor.moved)) {
                    return new Clash(Kind.MOVED, actor.moved, null, firstActs);
                }
            }
        }
        if (actor.whole && actor.textNode.equals(other.textNode)) {
            return new Clash(Kind.REPLACED, actor.textNode, null, firstActs);
        }
        return null;
    }

    private static String note(Footprint a, Footprint b) {
        if (a.noteReplaced == null && b.noteReplaced == null
                && (a.callsRemoved.isEmpty() || b.callsAdded.isEmpty())
                && (b.callsRemoved.isEmpty() || a.callsAdded.isEmpty())) {
            return null; // nothing about footnotes to compare: the common case, kept cheap
        }
        for (String marker : List.of(a, b).stream().flatMap(f -> noteKeys(f).stream()).toList()) {
            boolean aReplaces = marker.equals(a.noteReplaced);
            boolean bReplaces = marker.equals(b.noteReplaced);
            if (aReplaces && (bReplaces || b.callsRemoved.contains(marker) || b.callsAdded.contains(marker))
                    || bReplaces && (a.callsRemoved.contains(marker) || a.callsAdded.contains(marker))
                    || a.callsRemoved.contains(marker) && b.callsAdded.contains(marker)
                    || b.callsRemoved.contains(marker) && a.callsAdded.contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    private static Set<String> noteKeys(Footprint f) {
        Set<String> keys = new LinkedHashSet<>(f.callsRemoved);
        if (f.noteReplaced != null) {
            keys.add(f.noteReplaced);
        }
        return keys;
    }
}
