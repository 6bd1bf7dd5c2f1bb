package org.plenary.documents.docx;

import java.time.Instant;

import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.draft.Actors;

/** A tracked change as Word shows it: which amendment, its author (the delegation's name) and its date. */
record Revision(String amendmentId, String author, Instant at) {

    static Revision of(AmendmentRecord amendment) {
        return new Revision(amendment.amendmentId(), authorName(amendment.proposer()), amendment.proposedAt());
    }

    /** "France" for "FRA"; the code itself when it names no known delegation. */
    static String authorName(String actor) {
        if (Actors.SECRETARIAT.equals(actor)) {
            return "Secretariat";
        }
        return DelegationRegistry.standard().byCode(actor).map(Delegation::name).orElse(actor);
    }
}
