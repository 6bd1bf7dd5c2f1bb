package org.plenary.shared.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The secretariat recorded a vote: on the draft as a whole, on retaining a paragraph or on an amendment.
 *
 * @param voteId      "V1", "V2" … in order
 * @param on          "draft", "paragraph" or "amendment"
 * @param paragraphId the paragraph voted on (on "paragraph"), else null
 * @param amendmentId the amendment voted on (on "amendment"), else null
 * @param votes       each voting member's vote (code → "yes", "no", "abstain")
 * @param absent      the members who did not vote
 * @param majority    the rule applied: "simple", "twoThirds" or "securityCouncil"
 * @param result      "adopted" or "rejected"
 */
public record VoteRecordedEvent(String draftId, String voteId, String on, String paragraphId, String amendmentId,
                                Map<String, String> votes, List<String> absent, int yes, int no, int abstain,
                                String majority, String result, String actor, Instant at) implements DraftEvent {

    public VoteRecordedEvent {
        votes = votes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(votes));
        absent = absent == null ? List.of() : List.copyOf(absent);
    }

    public boolean adopted() {
        return "adopted".equals(result);
    }
}
