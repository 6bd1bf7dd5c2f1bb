package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * The sponsors issued a revised draft (Rev.N): the text as it stood, with {@code operations} (possibly none), under
 * {@code symbol} (the original's with "/Rev.N"), as a "revised draft resolution" whose sponsors line lists
 * {@code sponsors} (the main sponsors and every co-sponsor who had joined, codes). It reissues the text: a pending
 * amendment whose words it changed lapses.
 *
 * @param baseVersion the version the further edits were written against
 */
public record RevisionIssuedEvent(String draftId, int revision, String symbol, long baseVersion,
                                  List<EditOperation> operations, String note, List<String> sponsors, String actor,
                                  Instant at) implements DraftEvent, TextChangingEvent {

    public RevisionIssuedEvent {
        operations = operations == null ? List.of() : List.copyOf(operations);
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
    }

    /** The kind of document a revision is. */
    public static final String KIND = "revised draft resolution";

    @Override
    public String source() {
        return "Rev." + revision;
    }

    @Override
    public boolean reissuesText() {
        return true;
    }
}
