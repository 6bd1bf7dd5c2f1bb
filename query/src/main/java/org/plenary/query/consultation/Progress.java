package org.plenary.query.consultation;

import org.plenary.query.projection.ConsultationView;
import org.plenary.query.projection.DraftView;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * How close a draft is to agreement, and how fast it got there: the paragraphs (preambular and operative) by status
 * and the open brackets, now and after every change of those counts. Read from the view alone: the paragraphs of the
 * text as submitted, changed by the paragraphs the accepted amendments inserted and deleted; the status changes; the
 * brackets placed, lifted and lapsed.
 */
final class Progress {

    /** The counts after the change that made {@code version}. */
    record Counts(long version, Instant at, int open, int agreedAdRef, int agreed, int openBrackets) {
    }

    /** {@code now}: the counts at {@code version}; {@code series}: every change of them up to it, oldest first. */
    record Result(String draftId, long version, Counts now, List<Counts> series) {
    }

    /** A state of the counts being replayed. */
    private static final class State {
        final Set<String> paragraphs = new LinkedHashSet<>();
        final Map<String, ParagraphStatus> statuses = new HashMap<>();
        int brackets;

        Counts counts(long version, Instant at) {
            int adRef = 0;
            int agreed = 0;
            for (String id : paragraphs) {
                ParagraphStatus status = statuses.getOrDefault(id, ParagraphStatus.OPEN);
                adRef += status == ParagraphStatus.AGREED_AD_REF ? 1 : 0;
                agreed += status == ParagraphStatus.AGREED ? 1 : 0;
            }
            return new Counts(version, at, paragraphs.size() - adRef - agreed, adRef, agreed, brackets);
        }
    }

    private record Change(Instant at, Consumer<State> apply) {
    }

    private Progress() {
    }

    /** The progress of {@code view} (the current one) up to {@code version}. */
    static Result of(DraftView view, long version) {
        TreeMap<Long, List<Change>> changes = new TreeMap<>();
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.status() == AmendmentStatus.ACCEPTED && a.decidedVersion() != null && a.operations() != null) {
                List<EditOperation> ops = a.operations();
                add(changes, a.decidedVersion(), a.decidedAt(), s -> paragraphs(s, ops));
            }
        }
        ConsultationView consultation = view.consultation();
        for (ConsultationView.StatusChange c : consultation.statuses()) {
            add(changes, c.version(), c.at(), s -> s.statuses.put(c.paragraphId(), c.status()));
        }
        for (ConsultationView.BracketView b : consultation.brackets()) {
            add(changes, b.placedVersion(), b.placedAt(), s -> s.brackets++);
            if (b.closedVersion() != null) {
                add(changes, b.closedVersion(), b.closedAt(), s -> s.brackets--);
            }
        }
        State state = new State();
        ConsultationView.Issuance first = consultation.issuances().isEmpty() ? null : consultation.issuances().get(0);
        if (first != null) {
            state.paragraphs.addAll(first.preamble());
            state.paragraphs.addAll(first.operative());
        }
        List<Counts> series = new ArrayList<>();
        series.add(state.counts(1, view.submittedAt()));
        for (Map.Entry<Long, List<Change>> entry : changes.headMap(version, true).entrySet()) {
            entry.getValue().forEach(c -> c.apply().accept(state));
            Counts counts = state.counts(entry.getKey(), entry.getValue().get(0).at());
            Counts last = series.get(series.size() - 1);
            if (counts.open() != last.open() || counts.agreedAdRef() != last.agreedAdRef()
                    || counts.agreed() != last.agreed() || counts.openBrackets() != last.openBrackets()) {
                series.add(counts);
            }
        }
        Counts last = series.get(series.size() - 1);
        Counts now = new Counts(version, last.at(), last.open(), last.agreedAdRef(), last.agreed(), last.openBrackets());
        return new Result(view.draftId(), version, now, series);
    }

    private static void paragraphs(State state, List<EditOperation> operations) {
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert) {
                state.paragraphs.add(insert.paragraphId());
            } else if (op instanceof DeleteParagraph delete) {
                state.paragraphs.remove(delete.paragraphId());
            }
        }
    }

    private static void add(TreeMap<Long, List<Change>> changes, long version, Instant at, Consumer<State> apply) {
        changes.computeIfAbsent(version, v -> new ArrayList<>()).add(new Change(at, apply));
    }
}
