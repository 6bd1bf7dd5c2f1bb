package org.plenary.query.history;

import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.history.Attribution;
import org.plenary.shared.history.BlameSpan;
import org.plenary.shared.history.BlameTracker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-level blame at a version: replays the accepted amendments and chosen alternatives up to it through the
 * engine's {@link BlameTracker}. The original text is attributed to the submission (its main sponsors).
 */
public final class Blame {

    public record ParagraphBlame(String id, String section, Integer number, List<BlameSpan> spans) {
    }

    public record Result(String draftId, long version, List<String> mainSponsors, List<ParagraphBlame> paragraphs) {
    }

    private record Proposal(String proposer, java.time.Instant at) {
    }

    private Blame() {
    }

    public static Result at(TimeTravel timeTravel, DraftView current, long version) {
        BlameTracker tracker = null;
        List<String> mainSponsors = List.of();
        Map<String, Proposal> proposals = new HashMap<>();
        for (HistoryEntry entry : timeTravel.entries(current.draftId(), 0, version)) {
            DraftEvent event = TimeTravel.toEnvelope(current.draftId(), entry).event();
            if (event instanceof DraftSubmittedEvent submitted) {
                mainSponsors = submitted.mainSponsors();
                String by = String.join(", ", submitted.mainSponsors().isEmpty() ? List.of(submitted.actor())
                        : submitted.mainSponsors());
                tracker = new BlameTracker(submitted.document(),
                        new Attribution(null, by, submitted.at(), submitted.actor(), submitted.at(), entry.version()));
            } else if (event instanceof AmendmentProposedEvent proposed) {
                proposals.put(proposed.amendmentId(), new Proposal(proposed.actor(), proposed.at()));
            } else if (event instanceof AmendmentAcceptedEvent accepted && tracker != null) {
                Proposal proposal = proposals.get(accepted.amendmentId());
                tracker.apply(accepted.operations(), new Attribution(accepted.amendmentId(),
                        proposal == null ? null : proposal.proposer(), proposal == null ? null : proposal.at(),
                        accepted.actor(), accepted.at(), entry.version()));
            } else if (event instanceof AlternativeProposedEvent proposed) {
                proposals.put(proposed.paragraphId() + "/Alt " + proposed.number(), new Proposal(proposed.actor(), proposed.at()));
            } else if (event instanceof AlternativeChosenEvent chosen && tracker != null) {
                // A chosen alternative is credited to the delegation that proposed it, as "Alt n" of its paragraph.
                Proposal proposal = proposals.get(chosen.paragraphId() + "/" + chosen.source());
                tracker.apply(chosen.operations(), new Attribution(chosen.source(),
                        proposal == null ? null : proposal.proposer(), proposal == null ? null : proposal.at(),
                        chosen.actor(), chosen.at(), entry.version()));
            } else if (event instanceof TextChangingEvent change && tracker != null && !change.operations().isEmpty()) {
                // revisions, oral revisions, paragraphs removed by vote: credited to who made them
                tracker.apply(change.operations(), new Attribution(change.source(), event.actor(), event.at(),
                        event.actor(), event.at(), entry.version()));
            }
        }
        if (tracker == null) {
            throw new IllegalStateException("history of " + current.draftId() + " has no submission");
        }
        Map<String, List<BlameSpan>> spans = tracker.blame();
        List<ParagraphBlame> paragraphs = new ArrayList<>();
        for (Paragraph p : tracker.document().preamble()) {
            add(paragraphs, p, "preamble", null, spans);
        }
        int number = 0;
        for (Paragraph p : tracker.document().operative()) {
            add(paragraphs, p, "operative", ++number, spans);
        }
        return new Result(current.draftId(), version, mainSponsors, paragraphs);
    }

    private static void add(List<ParagraphBlame> out, Paragraph p, String section, Integer number,
                            Map<String, List<BlameSpan>> spans) {
        out.add(new ParagraphBlame(p.id(), section, number, spans.getOrDefault(p.id(), List.of())));
        addItems(out, p.items(), spans);
    }

    private static void addItems(List<ParagraphBlame> out, List<org.plenary.shared.document.Item> items,
                                 Map<String, List<BlameSpan>> spans) {
        for (org.plenary.shared.document.Item item : items) {
            out.add(new ParagraphBlame(item.id(), "item", null, spans.getOrDefault(item.id(), List.of())));
            addItems(out, item.items(), spans);
        }
    }
}
