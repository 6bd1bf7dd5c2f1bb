package org.plenary.query.projection;

import org.plenary.query.projection.ConsultationView.AlternativeState;
import org.plenary.query.projection.ConsultationView.AlternativeView;
import org.plenary.query.projection.ConsultationView.BracketState;
import org.plenary.query.projection.ConsultationView.BracketView;
import org.plenary.query.projection.ConsultationView.Position;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultations of a draft while events are applied, for {@link DraftViewBuilder}: lists changed in place, a
 * bracket found through an index; the immutable {@link ConsultationView} made only when asked for.
 */
final class ConsultationViewBuilder {

    private final List<ConsultationView.Issuance> issuances;
    private final List<ConsultationView.StatusChange> statuses;
    private final List<BracketView> brackets;
    private final Map<String, Integer> bracketIndex = new HashMap<>();
    private final List<AlternativeView> alternatives;

    ConsultationViewBuilder(ConsultationView view) {
        this.issuances = new ArrayList<>(view.issuances());
        this.statuses = new ArrayList<>(view.statuses());
        this.brackets = new ArrayList<>(view.brackets());
        for (int i = 0; i < brackets.size(); i++) {
            bracketIndex.put(brackets.get(i).bracketId(), i);
        }
        this.alternatives = new ArrayList<>(view.alternatives());
    }

    /** The paragraphs of the text as issued at {@code version}: what "3 bis" numbers count from. */
    static ConsultationView.Issuance issuance(long version, DraftDocument document) {
        return new ConsultationView.Issuance(version, document.preamble().stream().map(Paragraph::id).toList(),
                document.operative().stream().map(Paragraph::id).toList());
    }

    /** The text was issued again (a revision): "bis" numbers count from its paragraphs now. */
    void issued(long version, DraftDocument document) {
        issuances.add(issuance(version, document));
    }

    static boolean handles(DraftEvent event) {
        return event instanceof ParagraphStatusChangedEvent || event instanceof BracketPlacedEvent
                || event instanceof BracketLiftedEvent || event instanceof BracketsMovedEvent
                || event instanceof AlternativeProposedEvent || event instanceof AlternativeChosenEvent;
    }

    /** Applies a consultation event that made {@code version}. */
    void apply(DraftEvent event, long version) {
        if (event instanceof ParagraphStatusChangedEvent changed) {
            statuses.add(new ConsultationView.StatusChange(changed.paragraphId(), changed.status(), changed.previous(),
                    changed.note(), changed.actor(), changed.at(), version));
            if (changed.status().settled()) {
                closeAlternatives(changed.paragraphId(), -1, event, version);
            }
        } else if (event instanceof BracketPlacedEvent placed) {
            bracketIndex.put(placed.bracketId(), brackets.size());
            brackets.add(new BracketView(placed.bracketId(), placed.paragraphId(), placed.words(), placed.requestedBy(),
                    placed.onBehalfOf(), placed.note(), placed.actor(), placed.at(), version,
                    List.of(new Position(version, placed.at(), placed.start(), placed.end())), BracketState.OPEN,
                    null, null, null, null));
        } else if (event instanceof BracketLiftedEvent lifted) {
            update(lifted.bracketId(), b -> b.closed(BracketState.LIFTED, lifted.actor(), lifted.at(), version, null));
        } else if (event instanceof BracketsMovedEvent moved) {
            for (BracketsMovedEvent.Position p : moved.moved()) {
                update(p.bracketId(), b -> b.moved(new Position(version, moved.at(), p.start(), p.end())));
            }
            for (BracketsMovedEvent.Lapsed l : moved.lapsed()) {
                update(l.bracketId(), b -> b.closed(BracketState.LAPSED, moved.actor(), moved.at(), version, l.reason()));
            }
        } else if (event instanceof AlternativeProposedEvent proposed) {
            alternatives.add(new AlternativeView(proposed.paragraphId(), proposed.number(), proposed.text(),
                    proposed.actor(), proposed.onBehalfOf(), proposed.at(), version, AlternativeState.OPEN, null, null, null));
        } else if (event instanceof AlternativeChosenEvent chosen) {
            closeAlternatives(chosen.paragraphId(), chosen.number(), event, version);
        }
    }

    /** Closes the paragraph's open alternatives; the one numbered {@code chosen} (if any) is chosen. */
    private void closeAlternatives(String paragraphId, int chosen, DraftEvent event, long version) {
        for (int i = 0; i < alternatives.size(); i++) {
            AlternativeView a = alternatives.get(i);
            if (a.paragraphId().equals(paragraphId) && a.state() == AlternativeState.OPEN) {
                alternatives.set(i, a.decided(a.number() == chosen ? AlternativeState.CHOSEN : AlternativeState.CLOSED,
                        event.actor(), event.at(), version));
            }
        }
    }

    private void update(String bracketId, java.util.function.UnaryOperator<BracketView> change) {
        Integer index = bracketIndex.get(bracketId);
        if (index == null) {
            throw new IllegalStateException("no bracket " + bracketId);
        }
        brackets.set(index, change.apply(brackets.get(index)));
    }

    ConsultationView view() {
        return new ConsultationView(issuances, statuses, brackets, alternatives);
    }
}
