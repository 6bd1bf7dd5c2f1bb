package org.plenary.query.projection;

import com.fasterxml.jackson.annotation.JsonValue;
import org.plenary.shared.consultation.ParagraphStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The informal consultations on a draft, as part of its {@link DraftView}: every status change, every bracket with
 * each range it covered, every alternative with its fate, and the paragraphs of each issuance of the text (for the
 * "3 bis" numbering). Each entry records the version that made it, so the consultations as of any earlier version
 * follow from this view ({@link #asOf}). Immutable.
 *
 * @param issuances  the paragraph ids of the text each time it was issued (the submission; later revisions)
 * @param statuses   every status change, in order
 * @param brackets   every bracket placed, in order
 * @param alternatives every alternative proposed, in order
 */
public record ConsultationView(List<Issuance> issuances, List<StatusChange> statuses, List<BracketView> brackets,
                               List<AlternativeView> alternatives) {

    public static final ConsultationView NONE = new ConsultationView(List.of(), List.of(), List.of(), List.of());

    public ConsultationView {
        issuances = List.copyOf(Objects.requireNonNullElse(issuances, List.of()));
        statuses = List.copyOf(Objects.requireNonNullElse(statuses, List.of()));
        brackets = List.copyOf(Objects.requireNonNullElse(brackets, List.of()));
        alternatives = List.copyOf(Objects.requireNonNullElse(alternatives, List.of()));
    }

    /** The preambular and operative paragraph ids of the text issued at {@code version}, in order. */
    public record Issuance(long version, List<String> preamble, List<String> operative) {
    }

    public record StatusChange(String paragraphId, ParagraphStatus status, ParagraphStatus previous, String note,
                               String actor, Instant at, long version) {
    }

    /** Whether a bracket is still there, was lifted, or lapsed with its words. */
    public enum BracketState {
        OPEN, LIFTED, LAPSED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What became of an alternative. */
    public enum AlternativeState {
        OPEN, CHOSEN, CLOSED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A range a bracket covered from {@code version} on (the first one where it was placed). */
    public record Position(long version, Instant at, int start, int end) {
    }

    /**
     * A bracket: who asked for it (on behalf of which group), who placed it, every range it covered as the text
     * changed (the last one is where it is), and whether it was lifted or lapsed, by whom, when, and why.
     */
    public record BracketView(String bracketId, String paragraphId, String words, String requestedBy, String onBehalfOf,
                              String note, String placedBy, Instant placedAt, long placedVersion,
                              List<Position> positions, BracketState state, String closedBy, Instant closedAt,
                              Long closedVersion, String lapseReason) {

        public BracketView {
            positions = List.copyOf(positions);
        }

        public Position position() {
            return positions.get(positions.size() - 1);
        }

        BracketView moved(Position to) {
            List<Position> more = new ArrayList<>(positions);
            more.add(to);
            return new BracketView(bracketId, paragraphId, words, requestedBy, onBehalfOf, note, placedBy, placedAt,
                    placedVersion, more, state, closedBy, closedAt, closedVersion, lapseReason);
        }

        BracketView closed(BracketState how, String by, Instant at, long version, String reason) {
            return new BracketView(bracketId, paragraphId, words, requestedBy, onBehalfOf, note, placedBy, placedAt,
                    placedVersion, positions, how, by, at, version, reason);
        }

        BracketView asOf(long version) {
            List<Position> then = positions.stream().filter(p -> p.version() <= version).toList();
            boolean closedThen = closedVersion != null && closedVersion <= version;
            return new BracketView(bracketId, paragraphId, words, requestedBy, onBehalfOf, note, placedBy, placedAt,
                    placedVersion, then, closedThen ? state : BracketState.OPEN, closedThen ? closedBy : null,
                    closedThen ? closedAt : null, closedThen ? closedVersion : null, closedThen ? lapseReason : null);
        }
    }

    /** An alternative ("Alt {@code number}") and its fate: chosen, or closed when another was chosen or the paragraph settled. */
    public record AlternativeView(String paragraphId, int number, String text, String proposer, String onBehalfOf,
                                  Instant proposedAt, long proposedVersion, AlternativeState state, String decidedBy,
                                  Instant decidedAt, Long decidedVersion) {

        AlternativeView decided(AlternativeState how, String by, Instant at, long version) {
            return new AlternativeView(paragraphId, number, text, proposer, onBehalfOf, proposedAt, proposedVersion,
                    how, by, at, version);
        }

        AlternativeView asOf(long version) {
            boolean decidedThen = decidedVersion != null && decidedVersion <= version;
            return decidedThen ? this : new AlternativeView(paragraphId, number, text, proposer, onBehalfOf, proposedAt,
                    proposedVersion, AlternativeState.OPEN, null, null, null);
        }
    }

    /** Each paragraph's status now; paragraphs not listed are open. */
    public Map<String, ParagraphStatus> statusesNow() {
        Map<String, ParagraphStatus> now = new LinkedHashMap<>();
        for (StatusChange change : statuses) {
            if (change.status() == ParagraphStatus.OPEN) {
                now.remove(change.paragraphId());
            } else {
                now.put(change.paragraphId(), change.status());
            }
        }
        return now;
    }

    public List<BracketView> openBrackets() {
        return brackets.stream().filter(b -> b.state() == BracketState.OPEN).toList();
    }

    public List<AlternativeView> openAlternatives() {
        return alternatives.stream().filter(a -> a.state() == AlternativeState.OPEN).toList();
    }

    /** The issuance in force: the last one; null for a view that records none. */
    public Issuance issuance() {
        return issuances.isEmpty() ? null : issuances.get(issuances.size() - 1);
    }

    /** When the consultation change that made {@code version} happened, or null if none did. */
    public Instant changedAt(long version) {
        for (StatusChange s : statuses) {
            if (s.version() == version) {
                return s.at();
            }
        }
        for (BracketView b : brackets) {
            for (Position p : b.positions()) {
                if (p.version() == version) {
                    return p.at();
                }
            }
            if (b.closedVersion() != null && b.closedVersion() == version) {
                return b.closedAt();
            }
        }
        for (AlternativeView a : alternatives) {
            if (a.proposedVersion() == version) {
                return a.proposedAt();
            }
            if (a.decidedVersion() != null && a.decidedVersion() == version) {
                return a.decidedAt();
            }
        }
        return null;
    }

    /** The consultations as they stood at an earlier {@code version}. */
    public ConsultationView asOf(long version) {
        return new ConsultationView(
                issuances.stream().filter(i -> i.version() <= version).toList(),
                statuses.stream().filter(s -> s.version() <= version).toList(),
                brackets.stream().filter(b -> b.placedVersion() <= version).map(b -> b.asOf(version)).toList(),
                alternatives.stream().filter(a -> a.proposedVersion() <= version).map(a -> a.asOf(version)).toList());
    }
}
