package org.plenary.command.draft;

/** Messages of refused consultation commands (statuses, brackets, alternatives), shared by the aggregate and its tests. */
public final class ConsultationRejections {

    public static final String ONLY_SPONSORS_OR_FACILITATOR = "only the main sponsors or the facilitator of the draft may %s";
    public static final String SECRETARIAT_DOES_NOT_NEGOTIATE =
            "the secretariat does not negotiate the text: delegations ask for brackets and propose alternatives";
    public static final String STATUS_REQUIRED = "status is required: \"open\", \"agreed-ad-ref\" or \"agreed\"";
    public static final String NO_SUCH_PARAGRAPH = "the draft has no paragraph %s";
    public static final String NO_SUCH_NODE = "the draft has no paragraph or sub-paragraph %s";
    public static final String NOT_A_PARAGRAPH = "%s is a sub-paragraph: %s whole paragraphs only";
    public static final String STATUS_UNCHANGED = "%s is %s already";
    public static final String OPEN_BRACKETS = "%s still has open brackets %s: lift them before marking it %s";
    public static final String SETTLED = "%s is %s: reopen it before %s";
    public static final String BAD_RANGE = "start and end must satisfy 0 <= start < end <= %d (the length of the text of %s), "
            + "not start %d, end %d";
    public static final String BLANK_RANGE = "brackets go around words, not only spaces";
    public static final String ALREADY_BRACKETED = "those words of %s are in brackets already (%s)";
    public static final String REQUEST_FOR_OTHERS =
            "only the main sponsors or the facilitator may place brackets at another delegation's request; "
                    + "to ask for brackets yourself, leave requestedBy out";
    public static final String UNKNOWN_DELEGATION = "requestedBy: no delegation has the code %s";
    public static final String NO_SUCH_BRACKET = "the draft has no bracket %s";
    public static final String BRACKET_NOT_OPEN = "bracket %s is no longer open (lifted, or its words left the text)";
    public static final String WHO_LIFTS = "only the main sponsors, the facilitator or %s, who asked for bracket %s, may lift it";
    public static final String SAME_AS_TEXT = "the alternative reads as %s does now";
    public static final String SAME_AS_ALTERNATIVE = "the alternative reads as Alt %d of %s";
    public static final String NO_SUCH_ALTERNATIVE = "%s has no Alt %d";
    public static final String ALTERNATIVE_CLOSED = "Alt %d of %s is closed";

    private ConsultationRejections() {
    }
}
