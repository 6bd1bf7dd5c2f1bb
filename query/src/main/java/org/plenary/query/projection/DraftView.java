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

    /** An amendment, its operations on the text it was proposed against, and its decision if any. */
    public record AmendmentView(String amendmentId, String proposer, AmendmentStatus status, long baseVersion,
                                String reason, List<EditOperation> operations, Instant proposedAt,
                                long proposedVersion, String decidedBy, Instant decidedAt, Long decidedVersion,
                                String decisionReason) {

        public AmendmentView {
            operations = operations == null ? null : List.copyOf(operations);
        }

        AmendmentView decided(AmendmentStatus decision, String by, Instant at, long version, String why) {
            return new AmendmentView(amendmentId, proposer, decision, baseVersion, reason, operations, proposedAt,
                    proposedVersion, by, at, version, why);
        }

        /** This amendment as it stood at {@code version} (proposed by then): pending unless decided by then. */
        AmendmentView asOf(long version) {
            boolean decidedThen = decidedVersion != null && decidedVersion <= version;
            return decidedThen ? this : new AmendmentView(amendmentId, proposer, AmendmentStatus.PENDING, baseVersion,
                    reason, operations, proposedAt, proposedVersion, null, null, null, null);
        }
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
