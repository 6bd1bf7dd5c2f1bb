package org.plenary.command.draft;

/** Messages of refused commands, shared by the aggregate and its tests. */
public final class Rejections {

    public static final String SUBMIT_NOT_ALLOWED =
            "only the secretariat or a main sponsor of the draft may submit it";
    public static final String DOCUMENT_REQUIRED = "the draft needs a document";
    public static final String TITLE_REQUIRED = "the draft needs a title";
    public static final String OPERATIVE_REQUIRED = "the draft needs at least one operative paragraph";
    public static final String DUPLICATE_SPONSOR = "%s is named twice among the main sponsors";
    public static final String SECRETARIAT_CANNOT_COSPONSOR = "the secretariat cannot co-sponsor a draft";
    public static final String MAIN_SPONSOR_CANNOT_JOIN = "%s is a main sponsor of this draft already";
    public static final String ALREADY_COSPONSOR = "%s is a co-sponsor of this draft already";
    public static final String MAIN_SPONSOR_CANNOT_WITHDRAW =
            "%s is a main sponsor; a main sponsor cannot withdraw as co-sponsor";
    public static final String NOT_IN_GROUP = "%s is not a member of the %s and cannot speak on its behalf";
    public static final String NOT_A_COSPONSOR = "%s is not a co-sponsor of this draft";
    public static final String SECRETARIAT_CANNOT_PROPOSE =
            "the secretariat does not propose amendments: delegations do (main sponsors revise their draft by amendment too)";
    public static final String OPERATIONS_REQUIRED = "an amendment needs at least one operation";
    public static final String BASE_VERSION_INVALID = "baseVersion must be at least 1, not %d";
    public static final String BASE_VERSION_AHEAD = "baseVersion %d is ahead of the draft, which is at version %d";
    public static final String PARAGRAPH_CHANGED =
            "paragraph %s was changed at version %d by amendment %s, after version %d that the amendment was written against";
    public static final String PARAGRAPH_DELETED =
            "paragraph %s was deleted at version %d by amendment %s, after version %d that the amendment was written against";
    public static final String NO_SUCH_AMENDMENT = "draft has no amendment %s";
    public static final String AMENDMENT_NOT_PENDING = "amendment %s is %s, not pending";
    public static final String ONLY_MAIN_SPONSORS_DECIDE = "only the main sponsors of the draft may %s amendments";
    public static final String ONLY_PROPOSER_WITHDRAWS = "only %s, who proposed amendment %s, may withdraw it";

    private Rejections() {
    }
}
