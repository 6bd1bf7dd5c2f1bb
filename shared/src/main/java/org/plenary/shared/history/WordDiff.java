package org.plenary.shared.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.shared.history.WordChange.Kind;

/**
 * Word-level diff of two texts.
 *
 * <p>The texts are cut into tokens: words (letters, digits and combining marks), runs of whitespace, and every
 * other character on its own, so the markup {@code *Requests*} gives "*", "Requests", "*" and a footnote call ¹
 * stands alone. Characters outside the BMP are never split. The token sequences are compared with Myers'
 * O((N+M)·D) algorithm in its linear-space form (middle snake, divide and conquer), so long paragraphs cost memory
 * proportional to their length, not to the product of the lengths; tokens found on one side only are set aside
 * first, so unrelated texts cost linear time too.
 *
 * <p>Guarantees: the texts of the EQUAL and DELETE runs concatenate to the old text, those of the EQUAL and INSERT
 * runs to the new text; no run is empty; no two neighbouring runs have the same kind; inside one changed stretch
 * the deletion comes before the insertion; a lone insertion or deletion that could sit at several places sits at
 * the leftmost. The result is a shortest token edit script, except that whitespace
 * standing alone between two changes is folded into them ("<del>a b</del><ins>x y</ins>" rather than
 * "<del>a</del><ins>x</ins> <del>b</del><ins>y</ins>"), which reads better.
 */
public final class WordDiff {

    private WordDiff() {
    }

    public static List<WordChange> diff(String oldText, String newText) {
        return diff(oldText, newText, true);
    }

    /** The diff with or without folding lone whitespace into neighbouring changes (without: a shortest script). */
    static List<WordChange> diff(String oldText, String newText, boolean foldWhitespace) {
        String before = oldText == null ? "" : oldText;
        String after = newText == null ? "" : newText;
        if (before.equals(after)) {
            return before.isEmpty() ? List.of() : List.of(WordChange.equal(before));
        }
        List<String> oldTokens = tokens(before);
        List<String> newTokens = tokens(after);
        Map<String, Integer> codes = new HashMap<>();
        int[] a = encode(oldTokens, codes);
        int[] b = encode(newTokens, codes);
        boolean[] deleted = new boolean[a.length];
        boolean[] inserted = new boolean[b.length];
        compare(a, b, codes.size(), deleted, inserted);
        List<WordChange> changes = slideLeft(collect(oldTokens, newTokens, deleted, inserted));
        return foldWhitespace ? fold(changes) : changes;
    }

    /** The tokens of {@code text}, in order; they concatenate to the text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int kind = classOf(cp);
            int j = i + Character.charCount(cp);
            if (kind != OTHER) {
                while (j < n) {
                    int next = text.codePointAt(j);
                    int nextKind = classOf(next);
                    // A combining mark belongs to the word it follows.
                    if (nextKind != kind && !(kind == WORD && nextKind == MARK)) {
                        break;
                    }
                    j += Character.charCount(next);
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int MARK = 2;
    private static final int OTHER = 3;

    private static int classOf(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return WORD;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        return OTHER;
    }

    private static int[] encode(List<String> tokens, Map<String, Integer> codes) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.computeIfAbsent(tokens.get(i), k -> codes.size());
        }
        return out;
    }

    // A token that occurs on one side only can never be matched: it is marked changed at once and the search
    // runs over the rest, which leaves the shortest script unchanged and makes unrelated texts cheap.
    private static void compare(int[] a, int[] b, int alphabet, boolean[] deleted, boolean[] inserted) {
        boolean[] inA = new boolean[alphabet];
        boolean[] inB = new boolean[alphabet];
        for (int code : a) {
            inA[code] = true;
        }
        for (int code : b) {
            inB[code] = true;
        }
        int[] keptA = keep(a, inB, deleted);
        int[] keptB = keep(b, inA, inserted);
        int[] codesA = new int[keptA.length];
        int[] codesB = new int[keptB.length];
        for (int i = 0; i < keptA.length; i++) {
            codesA[i] = a[keptA[i]];
        }
        for (int j = 0; j < keptB.length; j++) {
            codesB[j] = b[keptB[j]];
        }
        boolean[] subDeleted = new boolean[codesA.length];
        boolean[] subInserted = new boolean[codesB.length];
        new Myers(codesA, codesB, subDeleted, subInserted).compare(0, codesA.length, 0, codesB.length);
        for (int i = 0; i < keptA.length; i++) {
            deleted[keptA[i]] = subDeleted[i];
        }
        for (int j = 0; j < keptB.length; j++) {
            inserted[keptB[j]] = subInserted[j];
        }
    }

    // The positions of the tokens that also occur on the other side; the others are marked changed.
    private static int[] keep(int[] tokens, boolean[] onOtherSide, boolean[] changed) {
        int[] kept = new int[tokens.length];
        int size = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (onOtherSide[tokens[i]]) {
                kept[size++] = i;
            } else {
                changed[i] = true;
            }
        }
        return Arrays.copyOf(kept, size);
    }

    // Walks both token lists; in a changed stretch all deletions are emitted before the insertions.
    private static List<WordChange> collect(List<String> oldTokens, List<String> newTokens, boolean[] deleted,
            boolean[] inserted) {
        List<WordChange> out = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < oldTokens.size() || j < newTokens.size()) {
            if (i < oldTokens.size() && deleted[i]) {
                flush(out, Kind.EQUAL, equal);
                del.append(oldTokens.get(i++));
            } else if (j < newTokens.size() && inserted[j]) {
                flush(out, Kind.EQUAL, equal);
                ins.append(newTokens.get(j++));
            } else {
                flush(out, Kind.DELETE, del);
                flush(out, Kind.INSERT, ins);
                equal.append(oldTokens.get(i++));
                j++;
            }
        }
        flush(out, Kind.EQUAL, equal);
        flush(out, Kind.DELETE, del);
        flush(out, Kind.INSERT, ins);
        return out;
    }

    private static void flush(List<WordChange> out, Kind kind, StringBuilder text) {
        if (!text.isEmpty()) {
            out.add(new WordChange(kind, text.toString()));
            text.setLength(0);
        }
    }

    // A lone insertion or deletion can often sit at several places ("to <del>continue and to </del>dispatch");
    // it is moved as far left as the tokens allow ("<del> to continue and</del> to dispatch"), which puts it in
    // the same place whichever way the search went and usually reads as the amendment was worded.
    private static List<WordChange> slideLeft(List<WordChange> changes) {
        List<WordChange> out = new ArrayList<>(changes);
        for (int c = 1; c + 1 < out.size(); c++) {
            WordChange previous = out.get(c - 1);
            WordChange change = out.get(c);
            WordChange next = out.get(c + 1);
            if (previous.kind() != Kind.EQUAL || next.kind() != Kind.EQUAL || change.kind() == Kind.EQUAL) {
                continue;
            }
            List<String> before = tokens(previous.text());
            List<String> moving = tokens(change.text());
            // The run may slide further than its own length when the text repeats ("and and and").
            int shifted = 0;
            while (shifted < before.size() && before.get(before.size() - 1 - shifted)
                    .equals(moving.get(moving.size() - 1 - shifted % moving.size()))) {
                shifted++;
            }
            if (shifted == 0) {
                continue;
            }
            // The last `shifted` tokens of the previous run move into the change, the same text leaves it for the
            // next run.
            String remaining = String.join("", before.subList(0, before.size() - shifted));
            String taken = String.join("", before.subList(before.size() - shifted, before.size()));
            String moved = taken + change.text();
            String kept = moved.substring(0, change.text().length());
            String given = moved.substring(change.text().length());
            out.set(c + 1, WordChange.equal(given + next.text()));
            out.set(c, new WordChange(change.kind(), kept));
            if (remaining.isEmpty()) {
                out.remove(c - 1);
                c--;
            } else {
                out.set(c - 1, WordChange.equal(remaining));
            }
        }
        return out;
    }

    // Folds an EQUAL run of whitespace lying between two changed stretches into both of them, when the stretches
    // together delete and insert something (pure insertions or deletions stay apart).
    private static List<WordChange> fold(List<WordChange> changes) {
        List<List<WordChange>> groups = new ArrayList<>(); // alternating: equal run or changed stretch
        for (WordChange change : changes) {
            boolean isEqual = change.kind() == Kind.EQUAL;
            if (groups.isEmpty() || isEqual || groups.get(groups.size() - 1).get(0).kind() == Kind.EQUAL) {
                groups.add(new ArrayList<>(List.of(change)));
            } else {
                groups.get(groups.size() - 1).add(change);
            }
        }
        List<WordChange> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        boolean pending = false;
        for (int g = 0; g < groups.size(); g++) {
            List<WordChange> group = groups.get(g);
            if (group.get(0).kind() != Kind.EQUAL) {
                for (WordChange c : group) {
                    (c.kind() == Kind.DELETE ? del : ins).append(c.text());
                }
                pending = true;
                continue;
            }
            String text = group.get(0).text();
            boolean between = pending && g + 1 < groups.size();
            if (between && text.isBlank() && bothKinds(del, ins, groups.get(g + 1))) {
                del.append(text);
                ins.append(text);
                continue;
            }
            flush(out, Kind.DELETE, del);
            flush(out, Kind.INSERT, ins);
            pending = false;
            out.add(group.get(0));
        }
        flush(out, Kind.DELETE, del);
        flush(out, Kind.INSERT, ins);
        return out;
    }

    private static boolean bothKinds(StringBuilder del, StringBuilder ins, List<WordChange> next) {
        boolean deletes = !del.isEmpty() || next.stream().anyMatch(c -> c.kind() == Kind.DELETE);
        boolean inserts = !ins.isEmpty() || next.stream().anyMatch(c -> c.kind() == Kind.INSERT);
        return deletes && inserts;
    }

    /**
     * Myers' linear-space algorithm: find the middle snake of a shortest edit path, split there and recurse; marks
     * deleted tokens of {@code a} and inserted tokens of {@code b}.
     */
    private static final class Myers {

        private final int[] a;
        private final int[] b;
        private final boolean[] deleted;
        private final boolean[] inserted;

        Myers(int[] a, int[] b, boolean[] deleted, boolean[] inserted) {
            this.a = a;
            this.b = b;
            this.deleted = deleted;
            this.inserted = inserted;
        }

        void compare(int aLo, int aHi, int bLo, int bHi) {
            while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
                aLo++;
                bLo++;
            }
            while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
                aHi--;
                bHi--;
            }
            if (aLo == aHi) {
                for (int j = bLo; j < bHi; j++) {
                    inserted[j] = true;
                }
                return;
            }
            if (bLo == bHi) {
                for (int i = aLo; i < aHi; i++) {
                    deleted[i] = true;
                }
                return;
            }
            long split = middle(aLo, aHi, bLo, bHi);
            int x = (int) (split >>> 32);
            int y = (int) split;
            compare(aLo, x, bLo, y);
            compare(x, aHi, y, bHi);
        }

        /**
         * A point (packed x, y in absolute offsets) on a shortest edit path, strictly between the corners: the end
         * of the forward snake where the forward and reverse searches first overlap. The ranges share no prefix
         * and no suffix and neither is empty, so the point is never a corner.
         */
        private long middle(int aLo, int aHi, int bLo, int bHi) {
            int n = aHi - aLo;
            int m = bHi - bLo;
            int delta = n - m;
            boolean odd = (delta & 1) != 0;
            int max = (n + m + 1) / 2;
            int offset = max + 1;
            // forward[k]: furthest x on diagonal k (x - y = k) from the top left;
            // reverse[k]: furthest distance travelled back from the bottom right on reverse diagonal k.
            int[] forward = new int[2 * max + 3];
            int[] reverse = new int[2 * max + 3];
            for (int d = 0; d <= max; d++) {
                for (int k = -d; k <= d; k += 2) {
                    int x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                            ? forward[offset + k + 1]
                            : forward[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[aLo + x] == b[bLo + y]) {
                        x++;
                        y++;
                    }
                    forward[offset + k] = x;
                    int kr = delta - k;
                    if (odd && kr >= -(d - 1) && kr <= d - 1 && x + reverse[offset + kr] >= n) {
                        return pack(aLo + x, bLo + y);
                    }
                }
                for (int kr = -d; kr <= d; kr += 2) {
                    int xr = (kr == -d || (kr != d && reverse[offset + kr - 1] < reverse[offset + kr + 1]))
                            ? reverse[offset + kr + 1]
                            : reverse[offset + kr - 1] + 1;
                    int yr = xr - kr;
                    while (xr < n && yr < m && a[aHi - 1 - xr] == b[bHi - 1 - yr]) {
                        xr++;
                        yr++;
                    }
                    reverse[offset + kr] = xr;
                    int k = delta - kr;
                    if (!odd && k >= -d && k <= d && forward[offset + k] + xr >= n) {
                        int x = forward[offset + k];
                        return pack(aLo + x, bLo + x - k);
                    }
                }
            }
            throw new IllegalStateException("no middle snake"); // unreachable: the searches meet by d = max
        }

        private static long pack(int x, int y) {
            return ((long) x << 32) | (y & 0xffffffffL);
        }
    }
}
