package org.plenary.query.projection;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The query side's state of one draft (projection "draft-view"): current text, sponsors, amendments and the
 * version (number of events applied). Stored as one MongoDB document keyed by draft id; mutable only
 * inside the projector thread.
 */
public class DraftView {

    public String draftId;
    public long version;
    public DraftDocument document;
    public List<String> mainSponsors = new ArrayList<>();
    public List<CoSponsorship> coSponsors = new ArrayList<>();
    public List<AmendmentView> amendments = new ArrayList<>();
    public String submittedBy;
    public Instant submittedAt;
    public Instant updatedAt;

    /** One period of co-sponsorship; a delegation that rejoins gets a new entry. */
    public static class CoSponsorship {
        public String delegation;
        public Instant joinedAt;
        public long joinedVersion;
        public Instant withdrawnAt;
        public Long withdrawnVersion;

        public boolean active() {
            return withdrawnAt == null;
        }
    }

    public static class AmendmentView {
        public String amendmentId;
        public String proposer;
        public AmendmentStatus status;
        public long baseVersion;
        public String reason;
        public List<EditOperation> operations;
        public Instant proposedAt;
        public long proposedVersion;
        public String decidedBy;
        public Instant decidedAt;
        public Long decidedVersion;
        public String decisionReason;
    }

    public AmendmentView amendment(String amendmentId) {
        for (AmendmentView amendment : amendments) {
            if (amendment.amendmentId.equals(amendmentId)) {
                return amendment;
            }
        }
        throw new IllegalStateException("draft " + draftId + " has no amendment " + amendmentId);
    }

    public CoSponsorship activeCoSponsorship(String delegation) {
        for (CoSponsorship c : coSponsors) {
            if (c.delegation.equals(delegation) && c.active()) {
                return c;
            }
        }
        throw new IllegalStateException(delegation + " is not an active co-sponsor of " + draftId);
    }
}
