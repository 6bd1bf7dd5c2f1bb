package org.plenary.shared.edit;

/**
 * Where two amendments written against the same text overlap.
 *
 * @param first  the index of the operation in the first amendment
 * @param second the index of the operation in the second amendment
 * @param kind   "deleted", "moved", "replaced" (one deletes, moves or replaces whole what the other touches),
 *               "words" (ranges in one paragraph meet), "place" (a move and another placement after the same
 *               paragraph), "title" or "footnote"
 * @param where  as printed: "operative paragraph 3", "the second preambular paragraph", "the title", "footnote 1"
 * @param why    in words, naming both amendments: "A2 deletes operative paragraph 3, which A5 also changes or
 *               refers to"
 */
public record Overlap(int first, int second, String kind, String where, String why) {
}
