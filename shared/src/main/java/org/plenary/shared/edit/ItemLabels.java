package org.plenary.shared.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * How item labels follow the order of the items after an insert, delete or move.
 *
 * <p>The style of a list is read from its labels before the change: all bullets ("-"); letters (a), (b) … (z),
 * then (aa), (bb) … (zz); or roman numerals (i), (ii) …, each counted from the first label, so a list that starts
 * at (c) keeps starting at (c). A single label that reads both ways ((c), (i), (v), (x)) is taken in the style
 * where it comes earlier: (c) is a letter, (i), (v), (x) are roman numerals. A list in one of these styles is
 * relabelled in order. A list whose labels follow none of them (printed irregularly) keeps its labels; a new item
 * in it takes the label after its previous sibling's. A new list, and a list that lost its last item before new
 * ones came (in an earlier amendment or earlier in the same one), takes letters under a paragraph, roman
 * numerals under a lettered item, bullets elsewhere.
 */
public final class ItemLabels {

    /** The kinds of labels. */
    public enum Kind { LETTER, ROMAN, BULLET }

    /** A list's style: its kind and the index of its first label (0 for (a) or (i)); kind null when irregular. */
    public record Style(Kind kind, int start) {

        static final Style IRREGULAR = new Style(null, 0);
    }

    private static final int LETTERS = 26;

    private ItemLabels() {
    }

    /** The style of a list with these labels, under a parent with {@code parentLabel} (null for a paragraph). */
    public static Style styleOf(List<String> labels, String parentLabel) {
        if (labels.isEmpty()) {
            Kind parentKind = parentLabel == null ? null : kindOf(parentLabel);
            if (parentLabel == null) {
                return new Style(Kind.LETTER, 0);
            }
            return new Style(parentKind == Kind.LETTER ? Kind.ROMAN : Kind.BULLET, 0);
        }
        if (labels.stream().allMatch("-"::equals)) {
            return new Style(Kind.BULLET, 0);
        }
        int letter = indexOf(Kind.LETTER, labels.get(0));
        int roman = indexOf(Kind.ROMAN, labels.get(0));
        boolean letters = letter >= 0 && follows(labels, Kind.LETTER, letter);
        boolean romans = roman >= 0 && follows(labels, Kind.ROMAN, roman);
        if (letters && (!romans || letter <= roman)) {
            return new Style(Kind.LETTER, letter);
        }
        return romans ? new Style(Kind.ROMAN, roman) : Style.IRREGULAR;
    }

    /**
     * The labels of a list in its new order. {@code current} holds each item's label, null for a new item;
     * {@code style} is the style of the list before the change.
     */
    public static List<String> relabel(Style style, List<String> current) {
        List<String> out = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            if (style.kind() != null) {
                out.add(label(style.kind(), style.start() + i));
            } else if (current.get(i) != null) {
                out.add(current.get(i));
            } else {
                out.add(i == 0 ? "-" : next(out.get(i - 1)));
            }
        }
        return out;
    }

    /** The label at {@code index} (0-based) of a list of this kind: "(a)", "(ii)", "-". */
    public static String label(Kind kind, int index) {
        return switch (kind) {
            case BULLET -> "-";
            case LETTER -> "(" + letters(index) + ")";
            case ROMAN -> "(" + roman(index + 1) + ")";
        };
    }

    private static String next(String label) {
        Kind kind = kindOf(label);
        if (kind == null || kind == Kind.BULLET) {
            return "-";
        }
        return label(kind, indexOf(kind, label) + 1);
    }

    private static Kind kindOf(String label) {
        if (label.equals("-")) {
            return Kind.BULLET;
        }
        int letter = indexOf(Kind.LETTER, label);
        int roman = indexOf(Kind.ROMAN, label);
        if (letter >= 0 && (roman < 0 || letter <= roman)) {
            return Kind.LETTER;
        }
        return roman >= 0 ? Kind.ROMAN : null;
    }

    private static boolean follows(List<String> labels, Kind kind, int start) {
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).equals(label(kind, start + i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of {@code label} in the list of its kind, or -1. */
    static int indexOf(Kind kind, String label) {
        if (label.length() < 3 || label.charAt(0) != '(' || label.charAt(label.length() - 1) != ')') {
            return -1;
        }
        String inner = label.substring(1, label.length() - 1);
        if (kind == Kind.LETTER) {
            boolean same = !inner.isEmpty() && inner.chars().allMatch(c -> c == inner.charAt(0));
            char c = inner.charAt(0);
            if (!same || c < 'a' || c > 'z' || inner.length() > 2) {
                return -1;
            }
            return (inner.length() - 1) * LETTERS + (c - 'a');
        }
        int value = romanValue(inner);
        return value > 0 && roman(value).equals(inner) ? value - 1 : -1;
    }

    private static String letters(int index) {
        char c = (char) ('a' + index % LETTERS);
        return String.valueOf(c).repeat(index / LETTERS + 1);
    }

    private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    static String roman(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }

    private static int romanValue(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            int following = i + 1 < numeral.length() ? "ivxlc".indexOf(numeral.charAt(i + 1)) : -1;
            int mine = "ivxlc".indexOf(numeral.charAt(i));
            total += following > mine ? -v : v;
        }
        return total;
    }
}
