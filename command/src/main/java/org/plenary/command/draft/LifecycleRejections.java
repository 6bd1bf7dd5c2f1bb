package org.plenary.command.draft;

/** Messages of refused lifecycle commands (facilitator, withdrawal, revisions, members, action), shared with the tests. */
public final class LifecycleRejections {

    public static final String ADOPTED = "the draft was adopted%s on %s: an adopted draft takes no further change";
    public static final String REJECTED = "the draft was rejected in recorded vote %s on %s: it takes no further change";
    public static final String WITHDRAWN = "the draft was withdrawn by %s on %s (%s): it takes no further change";
    public static final String ONLY_SECRETARIAT = "only the secretariat may %s";
    public static final String UNKNOWN_DELEGATION = "delegation: %s";
    public static final String ALREADY_FACILITATOR = "%s is the facilitator of this draft already";
    public static final String ONLY_MAIN_SPONSORS_WITHDRAW = "only a main sponsor may withdraw the draft";
    public static final String REASON_REQUIRED = "reason is required: why the draft is withdrawn";
    public static final String ONLY_SPONSORS_OR_FACILITATOR =
            "only the main sponsors or the facilitator of the draft may %s";
    public static final String OPERATIONS_REQUIRED = "an oral revision needs at least one operation";
    public static final String MEMBERS_REQUIRED = "members is required: the member states of the body (at least one)";
    public static final String NOT_MEMBER_STATES =
            "%s cannot be registered as members: only Member States vote (observers and organizations do not)";
    public static final String METHOD_REQUIRED = "method is required: \"consensus\" or \"recordedVote\"";
    public static final String ON_REQUIRED = "on is required for a recorded vote: \"draft\", \"paragraph\" or \"amendment\"";
    public static final String CONSENSUS_ON_DRAFT = "consensus adopts the draft as a whole: leave out on, votes and ids";
    public static final String PARAGRAPH_ID_REQUIRED = "paragraphId is required for a vote on a paragraph";
    public static final String AMENDMENT_ID_REQUIRED = "amendmentId is required for a vote on an amendment";
    public static final String NO_SUCH_PARAGRAPH = "the draft has no paragraph %s";
    public static final String NOT_A_PARAGRAPH = "%s is a sub-paragraph: separate votes are on whole paragraphs";
    public static final String PARAGRAPH_CANNOT_GO = "paragraph %s cannot be removed: %s";
    public static final String VOTES_REQUIRED = "votes is required for a recorded vote: member code → yes, no or abstain";

    private LifecycleRejections() {
    }
}
