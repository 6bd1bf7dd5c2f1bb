package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Footnote calls in text: runs of superscript digits (¹ ² … ¹⁰), as in {@link DraftDocument}. A note whose last
 * call an amendment deletes is deleted with it; markers are never renumbered, so the calls and notes that remain
 * keep matching and pending amendments keep their offsets.
 */
public final class FootnoteCalls {

    static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private FootnoteCalls() {
    }

    /**
     * The markers called in {@code text} ("10" for ¹⁰), in order of first appearance; unmodifiable and shared when
     * there is none (most texts: a rebase asks it of every operation of every pending amendment).
     */
    public static Set<String> in(String text) {
        int i = text == null ? -1 : firstDigit(text);
        if (i < 0) {
            return Set.of();
        }
        Set<String> markers = new LinkedHashSet<>();
        while (i < text.length()) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            StringBuilder marker = new StringBuilder();
            int d;
            while (i < text.length() && (d = digit(text.charAt(i))) >= 0) {
                marker.append((char) ('0' + d));
                i++;
            }
            markers.add(marker.toString());
        }
        return markers;
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a superscript digit, or -1: every one is at U+00B2 or above, so plain text costs one compare. */
    private static int digit(char c) {
        return c < '\u00B2' ? -1 : DIGITS.indexOf(c);
    }

    /** True when {@code text} holds a superscript digit. */
    public static boolean any(String text) {
        return text != null && firstDigit(text) >= 0;
    }

    /** The call as printed: "¹⁰" for marker "10". */
    public static String call(String marker) {
        StringBuilder out = new StringBuilder();
        for (char c : marker.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    /**
     * The document without the notes among {@code candidates} that nothing calls any more (title, subject,
     * sponsors note, paragraphs, items or the remaining notes). Repeats until stable, since a deleted note may
     * have held the last call of another.
     */
    static DraftDocument dropUncalled(DraftDocument document, Set<String> candidates) {
        DraftDocument result = document;
        boolean changed = true;
        while (changed) {
            Set<String> called = calledIn(result);
            List<Footnote> kept = new ArrayList<>(result.footnotes().size());
            for (Footnote note : result.footnotes()) {
                if (!candidates.contains(note.marker()) || called.contains(note.marker())) {
                    kept.add(note);
                }
            }
            changed = kept.size() != result.footnotes().size();
            if (changed) {
                for (Footnote note : result.footnotes()) {
                    if (!kept.contains(note)) {
                        candidates = union(candidates, in(note.text()));
                    }
                }
                result = new DraftDocument(result.header(), result.kind(), result.symbol(), result.sponsors(),
                        result.sponsorsNote(), result.adoption(), result.title(), result.subject(), result.preamble(),
                        result.operative(), kept, result.closing());
            }
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> calledIn(DraftDocument d) {
        Set<String> called = new LinkedHashSet<>();
        called.addAll(in(d.title()));
        called.addAll(in(d.subject()));
        called.addAll(in(d.sponsorsNote()));
        for (Paragraph p : d.preamble()) {
            called.addAll(in(p.text()));
            items(p.items(), called);
        }
        for (Paragraph p : d.operative()) {
            called.addAll(in(p.text()));
            items(p.items(), called);
        }
        for (Footnote note : d.footnotes()) {
            called.addAll(in(note.text()));
        }
        return called;
    }

    private static void items(List<Item> items, Set<String> called) {
        for (Item item : items) {
            called.addAll(in(item.text()));
            items(item.items(), called);
        }
    }
}
