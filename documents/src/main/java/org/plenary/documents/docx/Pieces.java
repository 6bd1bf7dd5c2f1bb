package org.plenary.documents.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.plenary.shared.un.InlineSpans;
import org.plenary.shared.un.InlineSpans.Span;

/**
 * The runs of a paragraph or item with its tracked changes: the spans of its text cut at the edits' offsets,
 * those inside an edit's range deleted by it and the edit's text inserted after them; with the whole node deleted
 * by another revision, the text no edit touches is deleted by that one.
 */
final class Pieces {

    enum Kind { KEEP, INSERT, DELETE }

    record Piece(Span span, Kind kind, Revision revision) {
    }

    private Pieces() {
    }

    static List<Piece> of(List<Span> base, List<TrackedChanges.InlineEdit> edits, Revision deletedBy) {
        List<Piece> out = new ArrayList<>();
        Deque<Span> queue = new ArrayDeque<>(base);
        for (TrackedChanges.InlineEdit edit : edits) {
            take(queue, edit.start(), span -> keep(span, deletedBy, out));
            take(queue, edit.end(), span -> out.add(new Piece(span, Kind.DELETE, edit.revision())));
            for (Span span : InlineSpans.of(edit.text())) {
                out.add(new Piece(span, Kind.INSERT, edit.revision()));
            }
        }
        take(queue, Integer.MAX_VALUE, span -> keep(span, deletedBy, out));
        return out;
    }

    /** Hands over the spans (or parts of spans) that start before {@code until}. */
    private static void take(Deque<Span> queue, int until, java.util.function.Consumer<Span> to) {
        while (!queue.isEmpty() && queue.peek().start() < until) {
            Span span = queue.poll();
            if (span.end() <= until) {
                to.accept(span);
            } else {
                to.accept(span.slice(span.start(), until));
                queue.push(span.slice(until, span.end()));
            }
        }
    }

    private static void keep(Span span, Revision deletedBy, List<Piece> out) {
        out.add(deletedBy == null ? new Piece(span, Kind.KEEP, null) : new Piece(span, Kind.DELETE, deletedBy));
    }
}
