package org.plenary.query.projection;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.edit.DocumentEditor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draft's view while events are applied to it, one at a time and in sequence: the projector's working copy,
 * used by one thread. Applying an event costs what the event changes (an amendment decided is found through an
 * index and replaced); the immutable {@link DraftView} is made only when asked for ({@link #view()}, at a write),
 * so a long negotiation does not copy its lists for every event. The text changes are made by the same engine
 * the aggregate uses, so both sides agree on the text.
 */
public final class DraftViewBuilder implements DraftState {

    private final String draftId;
    private long version;
    private DraftDocument document;
    private final List<String> mainSponsors;
    private final List<DraftView.CoSponsorship> coSponsors;
    private final List<DraftView.AmendmentView> amendments;
    private final Map<String, Integer> amendmentIndex = new HashMap<>();
    private final String submittedBy;
    private final Instant submittedAt;
    private Instant updatedAt;
    private final ConsultationViewBuilder consultation;
    private final AmendmentFollowUps amendmentFollowUps = new AmendmentFollowUps(this);
    private final LifecycleViewBuilder lifecycle;
    private DraftView built;
    private Set<String> storedPages; // the keys of the pages the store holds for the head last read or written
    private final ViewPages.Tracker pages = ViewPages.STORED.tracker(); // told every entry added to or replaced in the lists

    private DraftViewBuilder(DraftView view, Set<String> storedPages) {
        this.draftId = view.draftId();
        this.version = view.version();
        this.document = view.document();
        this.mainSponsors = view.mainSponsors();
        this.coSponsors = new ArrayList<>(view.coSponsors());
        this.amendments = new ArrayList<>(view.amendments());
        for (int i = 0; i < amendments.size(); i++) {
            amendmentIndex.put(amendments.get(i).amendmentId(), i);
        }
        this.submittedBy = view.submittedBy();
        this.submittedAt = view.submittedAt();
        this.updatedAt = view.updatedAt();
        this.consultation = new ConsultationViewBuilder(view.consultation());
        this.lifecycle = new LifecycleViewBuilder(view.lifecycle());
        this.built = view;
        this.storedPages = Set.copyOf(storedPages);
    }

    /** Continues from a stored view whose head lists the pages {@code storedPages} ({@link ViewPages}). */
    static DraftViewBuilder of(DraftView view, Set<String> storedPages) {
        return new DraftViewBuilder(view, storedPages);
    }

    /** Starts from the draft's first event. */
    public static DraftViewBuilder submitted(EventEnvelope envelope) {
        if (!(envelope.event() instanceof DraftSubmittedEvent submitted) || envelope.seq() != 0) {
            throw new IllegalArgumentException("a draft starts with DraftSubmittedEvent at seq 0, not "
                    + envelope.type() + " at " + envelope.seq());
        }
        ConsultationView consultation = new ConsultationView(
                List.of(ConsultationViewBuilder.issuance(envelope.version(), submitted.document())),
                List.of(), List.of(), List.of());
        return new DraftViewBuilder(new DraftView(submitted.draftId(), envelope.version(), submitted.document(),
                submitted.mainSponsors(), List.of(), List.of(), submitted.actor(), submitted.at(), submitted.at(),
                consultation), Set.of());
    }

    /** Applies the next event: {@code envelope.seq()} must equal {@link #version()}. */
    public void apply(EventEnvelope envelope) {
        if (envelope.seq() != version) {
            throw new IllegalArgumentException("draft " + draftId + " is at version " + version
                    + "; event seq " + envelope.seq() + " is not the next one");
        }
        long next = envelope.version();
        DraftEvent event = envelope.event();
        if (event instanceof CoSponsorJoinedEvent joined) {
            coSponsors.add(new DraftView.CoSponsorship(joined.delegation(), joined.at(), next, null, null));
            pages.coSponsorshipChanged(coSponsors.size() - 1);
            lifecycle.joined(joined, next);
        } else if (event instanceof CoSponsorWithdrawnEvent withdrawn) {
            int active = activeCoSponsorship(withdrawn.delegation());
            coSponsors.set(active, coSponsors.get(active).withdrawn(withdrawn.at(), next));
            pages.coSponsorshipChanged(active);
        } else if (event instanceof AmendmentAcceptedEvent accepted) {
            document = DocumentEditor.apply(document, accepted.operations());
            replace(amendment(accepted.amendmentId()).decidedWith(accepted.operations()));
            decide(accepted.amendmentId(), AmendmentStatus.ACCEPTED, accepted, next, accepted.reason());
            amendmentFollowUps.superseded(accepted, next);
        } else if (AmendmentFollowUps.handles(event)) {
            amendmentFollowUps.apply(event, next);
        } else if (ConsultationViewBuilder.handles(event)) {
            if (event instanceof AlternativeChosenEvent chosen) {
                document = DocumentEditor.apply(document, chosen.operations());
            }
            consultation.apply(event, next);
        } else if (LifecycleViewBuilder.handles(event)) {
            document = lifecycle.apply(event, next, document);
            if (event instanceof RevisionIssuedEvent) {
                consultation.issued(next, document);
            }
        } else {
            throw new IllegalArgumentException("a draft is submitted once; unexpected " + envelope.type()
                    + " at seq " + envelope.seq());
        }
        version = next;
        updatedAt = event.at();
        built = null;
    }

    /** Adds a proposed amendment (for {@link AmendmentFollowUps}). */
    void add(DraftView.AmendmentView amendment) {
        amendmentIndex.put(amendment.amendmentId(), amendments.size());
        amendments.add(amendment);
        pages.amendmentChanged(amendments.size() - 1);
    }

    /** Replaces an amendment by its new state (for {@link AmendmentFollowUps}). */
    void replace(DraftView.AmendmentView amendment) {
        int index = amendmentIndex(amendment.amendmentId());
        amendments.set(index, amendment);
        pages.amendmentChanged(index);
    }

    void decide(String amendmentId, AmendmentStatus status, DraftEvent event, long next, String reason) {
        int index = amendmentIndex(amendmentId);
        amendments.set(index, amendments.get(index).decided(status, event.actor(), event.at(), next, reason));
        pages.amendmentChanged(index);
    }

    private int amendmentIndex(String amendmentId) {
        Integer index = amendmentIndex.get(amendmentId);
        if (index == null) {
            throw new IllegalStateException("draft " + draftId + " has no amendment " + amendmentId);
        }
        return index;
    }

    private int activeCoSponsorship(String delegation) {
        for (int i = coSponsors.size() - 1; i >= 0; i--) { // a delegation has one active entry, its latest
            if (coSponsors.get(i).delegation().equals(delegation) && coSponsors.get(i).active()) {
                return i;
            }
        }
        throw new IllegalStateException(delegation + " is not an active co-sponsor of " + draftId);
    }

    @Override
    public String draftId() {
        return draftId;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public DraftDocument document() {
        return document;
    }

    @Override
    public DraftView.AmendmentView amendment(String amendmentId) {
        return amendments.get(amendmentIndex(amendmentId));
    }

    /** The keys of the pages of this draft's view that the store holds (as its head last read or written lists). */
    Set<String> storedPages() {
        return storedPages;
    }

    /**
     * The store holds the pages {@code keys} now (a head listing them was written). The builder keeps the set itself
     * (the writer makes one per draft and flush, and leaves it): a copy of a draft's page keys at each write was
     * 0.8 % of the throughput benchmark's samples.
     */
    void pagesStored(Set<String> keys) {
        storedPages = Collections.unmodifiableSet(keys);
    }

    /** The pages of {@link #view()} ({@link ViewPages#STORED}), recomputing only those with an entry changed since the last call. */
    List<ViewPages.Page> pages() {
        return pages.of(view());
    }

    /** The immutable view after the events applied; copies the lists once per change, not once per call. */
    @Override
    public DraftView view() {
        if (built == null) {
            built = new DraftView(draftId, version, document, mainSponsors, coSponsors, amendments, submittedBy,
                    submittedAt, updatedAt, consultation.view(), lifecycle.view());
        }
        return built;
    }
}
