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
    public static final String BASE_VERSION_TOO_OLD =
            "baseVersion %d is older than the changes of the text the draft keeps: write the amendment again against version %d or later";
    public static final String OVERTAKEN_SINCE_BASE =
            "the text changed where the amendment edits it after version %d that it was written against: %s";
    public static final String NO_SUCH_AMENDMENT = "draft has no amendment %s";
    public static final String AMENDMENT_NOT_PENDING = "amendment %s is %s, not pending";
    public static final String ONLY_MAIN_SPONSORS_DECIDE = "only the main sponsors of the draft may %s amendments";
    public static final String ONLY_PROPOSER_WITHDRAWS = "only %s, who proposed amendment %s, may withdraw it";
    public static final String ONLY_PROPOSER_REVISES = "only %s, who proposed amendment %s, may revise it";
    public static final String NOT_REVISABLE = "amendment %s is %s: only a pending or overtaken amendment is revised";
    public static final String SUB_AMENDMENT_PENDING =
            "amendment %s has a pending sub-amendment %s: decide or withdraw it first";
    public static final String HELD_BY_COMPROMISE =
            "amendment %s is superseded by compromise %s, which is pending: decide the compromise first";
    public static final String PARENT_NOT_PENDING = "amendment %s, which %s amends, is %s, not pending";
    public static final String NO_SUB_OF_SUB = "amendment %s is itself a sub-amendment: amend %s instead";
    public static final String NO_SUB_OF_COMPROMISE_PART =
            "amendment %s is superseded by compromise %s, which is pending: amend the compromise instead";
    public static final String SUB_BASE_STALE =
            "amendment %s changed at version %d, after version %d that the sub-amendment was written against";
    public static final String SUB_DOES_NOT_APPLY = "the sub-amendment does not apply to the text as %s would leave it: %s";
    public static final String SUB_DOES_NOT_FOLD = "sub-amendment %s cannot be folded into %s: %s";
    public static final String NO_LONGER_APPLIES = "amendment %s no longer applies: %s";
    public static final String SUB_VOTED_WITH_PARENT =
            "%s is an amendment to %s: it is decided into %s by the sponsors, not put to a separate vote";
    public static final String ONLY_SPONSORS_COMPROMISE =
            "only the main sponsors of the draft or its facilitator may table a compromise";
    public static final String SUPERSEDES_REQUIRED = "a compromise supersedes at least one amendment";
    public static final String SUPERSEDES_TWICE = "amendment %s is named twice in supersedes";
    public static final String CANNOT_SUPERSEDE =
            "amendment %s is %s: a compromise supersedes pending or overtaken amendments only";
    public static final String SUPERSEDE_SUB = "amendment %s is a sub-amendment: a compromise supersedes amendments to the draft";
    public static final String ALREADY_HELD = "amendment %s is superseded by compromise %s already";

    private Rejections() {
    }
}
