package org.plenary.shared.edit;

import org.plenary.shared.document.Section;

/** Clashes in words a delegate understands, with paragraphs named as printed in the base text. */
final class ClashWording {

    private ClashWording() {
    }

    /** What the applied operation did to the pending one, e.g. "operative paragraph 3 was deleted". */
    static String reason(Clash clash, Footprint pending, Footprint applied, NodeIndex index) {
        String node = clash.node() == null ? null : name(clash.node(), index);
        return switch (clash.kind()) {
            case DELETED -> clash.firstActs() ? node + ", which it deletes, was changed" : node + " was deleted";
            case MOVED -> clash.firstActs() ? node + ", which it moves, was changed" : node + " was moved";
            case REPLACED -> clash.firstActs() ? node + ", which it replaces, was changed" : node + " was replaced";
            case WORDS -> words(pending, applied, node, index);
            case PLACE -> "another paragraph was placed " + placed(clash, index);
            case TITLE -> "the title was replaced";
            case FOOTNOTE -> "footnote " + clash.detail() + " was changed";
        };
    }

    /** The overlap of two amendments named {@code a} and {@code b}. */
    static String overlap(Clash clash, String a, String b, NodeIndex index) {
        String node = clash.node() == null ? null : name(clash.node(), index);
        String actor = clash.firstActs() ? a : b;
        String other = clash.firstActs() ? b : a;
        return switch (clash.kind()) {
            case DELETED -> actor + " deletes " + node + ", which " + other + " also changes or refers to";
            case MOVED -> actor + " moves " + node + ", which " + other + " also changes or refers to";
            case REPLACED -> actor + " replaces the whole of " + node + ", which " + other + " also changes";
            case WORDS -> clash.detail().isEmpty()
                    ? a + " and " + b + " both insert words at the same place in " + node
                    : a + " and " + b + " both change the words " + quote(clash.detail()) + " in " + node;
            case PLACE -> a + " and " + b + " both place a paragraph " + placed(clash, index);
            case TITLE -> a + " and " + b + " both replace the title";
            case FOOTNOTE -> a + " and " + b + " both change footnote " + clash.detail();
        };
    }

    /** Where the clash is: the paragraph as printed, "the title" or "footnote 1". */
    static String where(Clash clash, NodeIndex index) {
        return switch (clash.kind()) {
            case TITLE -> "the title";
            case FOOTNOTE -> "footnote " + clash.detail();
            case PLACE -> clash.node() != null ? name(clash.node(), index) : list(clash.detail(), index);
            default -> name(clash.node(), index);
        };
    }

    private static String words(Footprint pending, Footprint applied, String node, NodeIndex index) {
        if (pending.start == pending.end) {
            return applied.start == applied.end
                    ? "in " + node + ", other words were inserted at the same place"
                    : "in " + node + ", the words around the place where it inserts were changed";
        }
        String old = index.text(pending.textNode).substring(pending.start, pending.end);
        String verb = ((ReplaceText) pending.op).text().isEmpty() ? "deletes" : "replaces";
        return "in " + node + ", the words " + quote(old.strip()) + " it " + verb + " were changed";
    }

    private static String placed(Clash clash, NodeIndex index) {
        return clash.node() != null ? "after " + name(clash.node(), index) : "first in " + list(clash.detail(), index);
    }

    private static String list(String container, NodeIndex index) {
        if (container.startsWith("section:")) {
            return Section.fromJson(container.substring("section:".length())) == Section.PREAMBLE
                    ? "the preamble" : "the operative part";
        }
        return name(container.substring("item:".length()), index);
    }

    static String name(String id, NodeIndex index) {
        return index.contains(id) ? index.address(id).describe() : "paragraph " + id;
    }

    static String quote(String words) {
        return "\u201C" + words + "\u201D";
    }
}
