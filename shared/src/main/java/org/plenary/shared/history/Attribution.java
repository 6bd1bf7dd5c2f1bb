package org.plenary.shared.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * Who brought a piece of text into the draft.
 *
 * @param amendmentId null for the original submission, else the amendment's id ("A3")
 * @param proposer    the delegation code of the proposer, or the submitter of the draft
 * @param proposedAt  when it was proposed (for the original: submitted)
 * @param acceptedBy  who accepted the amendment; may be null for the original submission
 * @param acceptedAt  when it was accepted; may be null for the original submission
 * @param version     the draft version at which the text entered the draft
 */
public record Attribution(String amendmentId, String proposer, Instant proposedAt, String acceptedBy,
                          Instant acceptedAt, long version) {

    /** True for text of the original submission. */
    @JsonIgnore
    public boolean isOriginal() {
        return amendmentId == null;
    }
}
