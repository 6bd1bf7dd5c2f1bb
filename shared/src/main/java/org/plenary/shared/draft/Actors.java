package org.plenary.shared.draft;

/** Actors that are not delegations. */
public final class Actors {

    /** The UN secretariat: registers drafts, oral revisions and votes. */
    public static final String SECRETARIAT = "SECRETARIAT";

    private Actors() {
    }
}
