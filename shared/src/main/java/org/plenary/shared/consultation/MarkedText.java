package org.plenary.shared.consultation;

import org.plenary.shared.consultation.Compilation.Marker;
import org.plenary.shared.un.InlineSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text in the light markup of the UN layout with markers at markup offsets (brackets, proposals), laid out for a
 * writer: as visible runs with the markers between them (HTML, Word), or as markup with the markers written in
 * (plain text). A marker that falls inside the markup of a reference ("[65/230](#)") is put before or after the whole
 * reference, so no format ever shows a broken link.
 */
public final class MarkedText {

    /** A piece of laid-out text. */
    public sealed interface Segment permits Run, Mark {
    }

    /** Visible text with its formatting. */
    public record Run(InlineSpans.Span span) implements Segment {
    }

    /** A marker, where it stands among the runs. */
    public record Mark(Marker marker) implements Segment {
    }

    private MarkedText() {
    }

    /**
     * The runs of {@code text} with {@code markers} (in reading order) between them.
     *
     * @param paragraph whether the text opens a paragraph (its unmarked opening phrase is set in italics)
     */
    public static List<Segment> segments(String text, List<Marker> markers, boolean paragraph) {
        List<InlineSpans.Span> spans = paragraph ? InlineSpans.ofParagraph(text) : InlineSpans.of(text);
        List<Segment> out = new ArrayList<>(spans.size() + markers.size() * 2);
        int next = 0;
        for (InlineSpans.Span span : spans) {
            while (next < markers.size() && markers.get(next).offset() <= span.start()) {
                out.add(new Mark(markers.get(next++)));
            }
            if (span.href() != null) { // a link is never cut: what falls inside it goes before or after it
                List<Mark> after = new ArrayList<>();
                int end = span.end() + span.href().length() + 3;
                while (next < markers.size() && markers.get(next).offset() < end) {
                    Marker marker = markers.get(next++);
                    if (opens(marker)) {
                        out.add(new Mark(marker));
                    } else {
                        after.add(new Mark(marker));
                    }
                }
                out.add(new Run(span));
                out.addAll(after);
                continue;
            }
            int cut = span.start();
            while (next < markers.size() && markers.get(next).offset() < span.end()) {
                int at = markers.get(next).offset();
                if (at > cut) {
                    out.add(new Run(span.slice(cut, at)));
                    cut = at;
                }
                out.add(new Mark(markers.get(next++)));
            }
            out.add(new Run(cut == span.start() ? span : span.slice(cut, span.end())));
        }
        while (next < markers.size()) {
            out.add(new Mark(markers.get(next++)));
        }
        return out;
    }

    /**
     * The markup {@code text} with every marker (in reading order) written by {@code write} at its offset. What
     * {@code write} gives may start and end with a space: a space is kept only where the text does not already have
     * one there (and none is left before punctuation).
     */
    public static String inline(String text, List<Marker> markers, Function<Marker, String> write) {
        if (markers.isEmpty()) {
            return text;
        }
        List<int[]> references = new ArrayList<>();
        for (InlineSpans.Span span : InlineSpans.of(text)) {
            if (span.href() != null) {
                references.add(new int[] {span.start() - 1, span.end() + span.href().length() + 3});
            }
        }
        StringBuilder out = new StringBuilder(text.length() + markers.size() * 24);
        int written = 0;
        for (int i = 0; i < markers.size(); i++) {
            int at = Math.max(written, Math.min(text.length(), outsideReferences(markers.get(i), references)));
            out.append(text, written, at);
            String piece = write.apply(markers.get(i));
            if (piece.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
                piece = piece.substring(1);
            }
            boolean markerNext = i + 1 < markers.size() && markers.get(i + 1).offset() <= at;
            if (piece.endsWith(" ") && (markerNext || at == text.length() || !wordAt(text, at))) {
                piece = piece.substring(0, piece.length() - 1);
            }
            out.append(piece);
            written = at;
        }
        return out.append(text, written, text.length()).toString();
    }

    /**
     * Whether a proposal at {@code segments[i]} is set off by a space before it: unless the text before it already
     * ends with one (or there is none).
     */
    public static boolean spaceBefore(List<Segment> segments, int i) {
        if (i == 0) {
            return false;
        }
        if (segments.get(i - 1) instanceof Run run) {
            String text = run.span().text();
            return !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        }
        return !(((Mark) segments.get(i - 1)).marker() instanceof Compilation.Open);
    }

    /** Whether a proposal at {@code segments[i]} is set off by a space after it: when a word follows at once. */
    public static boolean spaceAfter(List<Segment> segments, int i) {
        return i + 1 < segments.size() && segments.get(i + 1) instanceof Run run && !run.span().text().isEmpty()
                && wordAt(run.span().text(), 0);
    }

    /** Whether a word (not a space or punctuation) starts at {@code at}. */
    private static boolean wordAt(String text, int at) {
        char c = text.charAt(at);
        return !Character.isWhitespace(c) && ",;:.)]".indexOf(c) < 0;
    }

    /** The marker's offset, moved out of a reference: openings before it, closings and proposals after it. */
    private static int outsideReferences(Marker marker, List<int[]> references) {
        int at = marker.offset();
        for (int[] reference : references) {
            if (reference[0] < at && at < reference[1]) {
                return opens(marker) ? reference[0] : reference[1];
            }
        }
        return at;
    }

    private static boolean opens(Marker marker) {
        return marker instanceof Compilation.Open || marker instanceof Compilation.Proposal p
                && p.tag().kind() == Compilation.Tag.Kind.ADD_WORDS;
    }
}
