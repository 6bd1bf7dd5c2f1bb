package org.plenary.query.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The query side's state of one draft (projection "draft-view"): current text, sponsors, amendments, the informal
 * consultations ({@link ConsultationView}) and the version (number of events applied). Stored as one MongoDB document keyed by draft id, in the order of the
 * components. Immutable, lists included: the same object is the stored form, the API's answer, a view that
 * readers share from a cache, and a past view ({@link #asOf}). The projector builds it with
 * {@link DraftViewBuilder}.
 *
 * @param updatedAt when the change that made {@code version} happened
 */
public record DraftView(String draftId, long version, DraftDocument document, List<String> mainSponsors,
                        List<CoSponsorship> coSponsors, List<AmendmentView> amendments, String submittedBy,
                        Instant submittedAt, Instant updatedAt, ConsultationView consultation,
                        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = LifecycleView.Untouched.class)
                        LifecycleView lifecycle) {

    /** A view without lifecycle (as stored before it existed). */
    public DraftView(String draftId, long version, DraftDocument document, List<String> mainSponsors,
                     List<CoSponsorship> coSponsors, List<AmendmentView> amendments, String submittedBy,
                     Instant submittedAt, Instant updatedAt, ConsultationView consultation) {
        this(draftId, version, document, mainSponsors, coSponsors, amendments, submittedBy, submittedAt, updatedAt,
                consultation, null);
    }

    public DraftView {
        mainSponsors = mainSponsors == null ? List.of() : List.copyOf(mainSponsors);
        coSponsors = coSponsors == null ? List.of() : List.copyOf(coSponsors);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        consultation = consultation == null ? ConsultationView.NONE : consultation;
        lifecycle = lifecycle == null ? LifecycleView.NONE : lifecycle;
    }

    /** One period of co-sponsorship; a delegation that rejoins gets a new entry. */
    public record CoSponsorship(String delegation, Instant joinedAt, long joinedVersion, Instant withdrawnAt,
                                Long withdrawnVersion) {

        public boolean active() {
            return withdrawnAt == null;
        }

        CoSponsorship withdrawn(Instant at, long version) {
            return new CoSponsorship(delegation, joinedAt, joinedVersion, at, version);
        }

        /** This co-sponsorship as it stood at {@code version} (joined by then): withdrawn only if that came by then. */
        CoSponsorship asOf(long version) {
            boolean withdrawnThen = withdrawnVersion != null && withdrawnVersion <= version;
            return withdrawnThen ? this : new CoSponsorship(delegation, joinedAt, joinedVersion, null, null);
        }
    }

    /**
     * An amendment, its operations and its decision if any. A pending amendment's operations address the text at
     * {@code baseVersion} (they follow the text as it changes); an overtaken one's the text it was overtaken on. A
     * sub-amendment names the amendment it {@code amends}; a compromise what it {@code supersedes}; an amendment
     * a compromise would replace (or has replaced) names it in {@code supersededBy}. {@code overtakenBy} and
     * {@code overtakenReasons}: the last change that overtook it and why; {@code transitions}: when it was
     * overtaken and revised (decisions are in {@code decided*}).
     */
    public record AmendmentView(String amendmentId, String proposer, AmendmentStatus status, long baseVersion,
                                String reason, List<EditOperation> operations, Instant proposedAt,
                                long proposedVersion, String decidedBy, Instant decidedAt, Long decidedVersion,
                                String decisionReason, String amends, List<String> supersedes, String supersededBy,
                                String overtakenBy, List<String> overtakenReasons, List<Transition> transitions,
                                Long changedVersion) {

        public AmendmentView {
            operations = operations == null ? null : List.copyOf(operations);
            supersedes = supersedes == null || supersedes.isEmpty() ? null : List.copyOf(supersedes);
            overtakenReasons = overtakenReasons == null ? null : List.copyOf(overtakenReasons);
            transitions = transitions == null || transitions.isEmpty() ? null : List.copyOf(transitions);
        }

        public AmendmentView(String amendmentId, String proposer, AmendmentStatus status, long baseVersion,
                             String reason, List<EditOperation> operations, Instant proposedAt, long proposedVersion,
                             String decidedBy, Instant decidedAt, Long decidedVersion, String decisionReason) {
            this(amendmentId, proposer, status, baseVersion, reason, operations, proposedAt, proposedVersion, decidedBy,
                    decidedAt, decidedVersion, decisionReason, null, null, null, null, null, null, null);
        }

        AmendmentView decided(AmendmentStatus decision, String by, Instant at, long version, String why) {
            return new AmendmentView(amendmentId, proposer, decision, baseVersion, reason, operations, proposedAt,
                    proposedVersion, by, at, version, why, amends, supersedes, supersededBy, overtakenBy,
                    overtakenReasons, transitions, changedVersion);
        }

        /** New operations (and base) at {@code version}: rebased, revised, or a sub-amendment folded in. */
        AmendmentView withOperations(long base, List<EditOperation> newOperations, long version) {
            return new AmendmentView(amendmentId, proposer, status, base, reason, newOperations, proposedAt,
                    proposedVersion, decidedBy, decidedAt, decidedVersion, decisionReason, amends, supersedes,
                    supersededBy, overtakenBy, overtakenReasons, transitions, version);
        }

        /** The operations it was decided with (an acceptance): not a change {@link #asOf} must know of. */
        AmendmentView decidedWith(List<EditOperation> decided) {
            return new AmendmentView(amendmentId, proposer, status, baseVersion, reason, decided, proposedAt,
                    proposedVersion, decidedBy, decidedAt, decidedVersion, decisionReason, amends, supersedes,
                    supersededBy, overtakenBy, overtakenReasons, transitions, changedVersion);
        }

        AmendmentView supersededBy(String compromise, long version) {
            return new AmendmentView(amendmentId, proposer, status, baseVersion, reason, operations, proposedAt,
                    proposedVersion, decidedBy, decidedAt, decidedVersion, decisionReason, amends, supersedes,
                    compromise, overtakenBy, overtakenReasons, transitions, version);
        }

        /** Overtaken (or back to pending, revised, when {@code by} is null) at {@code version}. */
        AmendmentView moved(AmendmentStatus newStatus, Instant at, long version, String by, List<String> reasons) {
            List<Transition> all = new ArrayList<>(transitions == null ? List.of() : transitions);
            all.add(new Transition(version, at, newStatus));
            return new AmendmentView(amendmentId, proposer, newStatus, baseVersion, reason, operations, proposedAt,
                    proposedVersion, decidedBy, decidedAt, decidedVersion, decisionReason, amends, supersedes,
                    supersededBy, by == null ? overtakenBy : by, by == null ? overtakenReasons : reasons, all, version);
        }

        /**
         * This amendment as it stood at {@code version} (proposed by then): its decision if made by then, else
         * pending or overtaken as its transitions by then say. Exact only when it did not change after
         * {@code version} ({@link DraftView#knowsAmendmentsAt}).
         */
        AmendmentView asOf(long version) {
            boolean decidedThen = decidedVersion != null && decidedVersion <= version;
            if (decidedThen) {
                return this;
            }
            AmendmentStatus then = AmendmentStatus.PENDING;
            List<Transition> before = new ArrayList<>();
            for (Transition t : transitions == null ? List.<Transition>of() : transitions) {
                if (t.version() <= version) {
                    then = t.status();
                    before.add(t);
                }
            }
            return new AmendmentView(amendmentId, proposer, then, baseVersion, reason, operations, proposedAt,
                    proposedVersion, null, null, null, null, amends, supersedes, supersededBy,
                    before.isEmpty() ? null : overtakenBy, before.isEmpty() ? null : overtakenReasons, before,
                    changedVersion);
        }
    }

    /** An amendment overtaken (status {@code overtaken}) or revised (back to {@code pending}) at a version. */
    public record Transition(long version, Instant at, AmendmentStatus status) {
    }

    /**
     * Whether {@link #asOf} knows the amendments at {@code version}: none proposed by then changed after it (was
     * rebased, overtaken, revised, linked to a compromise …). Otherwise a past view is replayed from the history.
     */
    public boolean knowsAmendmentsAt(long version) {
        for (AmendmentView a : amendments) {
            if (a.proposedVersion() <= version && a.changedVersion() != null && a.changedVersion() > version) {
                return false;
            }
        }
        return true;
    }

    public AmendmentView amendment(String amendmentId) {
        for (AmendmentView amendment : amendments) {
            if (amendment.amendmentId().equals(amendmentId)) {
                return amendment;
            }
        }
        throw new IllegalStateException("draft " + draftId + " has no amendment " + amendmentId);
    }

    /**
     * When the change that made {@code version} happened, from the versions this view records for every change;
     * null if it does not say (a view stored before change versions were recorded).
     */
    public Instant changedAt(long version) {
        if (version == 1) {
            return submittedAt;
        }
        for (AmendmentView a : amendments) {
            if (a.proposedVersion() == version) {
                return a.proposedAt();
            }
            if (a.decidedVersion() != null && a.decidedVersion() == version) {
                return a.decidedAt();
            }
            for (Transition t : a.transitions() == null ? List.<Transition>of() : a.transitions()) {
                if (t.version() == version) {
                    return t.at();
                }
            }
        }
        for (CoSponsorship c : coSponsors) {
            if (c.joinedVersion() == version) {
                return c.joinedAt();
            }
            if (c.withdrawnVersion() != null && c.withdrawnVersion() == version) {
                return c.withdrawnAt();
            }
        }
        Instant consulted = consultation.changedAt(version);
        return consulted != null ? consulted : lifecycle.changedAt(version);
    }

    /**
     * This draft as it stood at an earlier {@code version}, given its text then: the amendments proposed by then
     * with the decisions made by then, the co-sponsorships joined by then with the withdrawals made by then, the
     * consultations as they stood then ({@link ConsultationView#asOf}). Built
     * through the canonical constructors, so a component added to these records must be decided on here.
     *
     * @throws IllegalArgumentException if {@code version} is not between 1 and this view's version
     * @throws IllegalStateException    if this view does not record when {@code version} was made ({@link #changedAt})
     */
    public DraftView asOf(long version, DraftDocument textThen) {
        if (version < 1 || version > this.version) {
            throw new IllegalArgumentException("version must be between 1 and " + this.version + ", not " + version);
        }
        Instant updatedAtThen = changedAt(version);
        if (updatedAtThen == null) {
            throw new IllegalStateException("the view of " + draftId + " does not record when version " + version + " was made");
        }
        List<CoSponsorship> coSponsorsThen = new ArrayList<>();
        for (CoSponsorship c : coSponsors) {
            if (c.joinedVersion() <= version) {
                coSponsorsThen.add(c.asOf(version));
            }
        }
        List<AmendmentView> amendmentsThen = new ArrayList<>();
        for (AmendmentView a : amendments) {
            if (a.proposedVersion() <= version) {
                amendmentsThen.add(a.asOf(version));
            }
        }
        return new DraftView(draftId, version, textThen, mainSponsors, coSponsorsThen, amendmentsThen, submittedBy,
                submittedAt, updatedAtThen, consultation.asOf(version), lifecycle.asOf(version));
    }
}
