package org.plenary.query.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * A slice of {@link #SIZE} consecutive history entries of one draft (projection "negotiation-history"),
 * stored as one document {@code _id = <draftId>/<bucket>}: the history of a draft is read with point
 * lookups, never a range query.
 */
public class HistoryBucket {

    public static final int SIZE = 100;

    public String draftId;
    public long bucket;
    public List<HistoryEntry> entries = new ArrayList<>();

    public static long bucketOf(long seq) {
        return seq / SIZE;
    }

    public static String key(String draftId, long bucket) {
        return draftId + "/" + bucket;
    }

    public String key() {
        return key(draftId, bucket);
    }

    /** Sets the entry for its sequence number; re-applying the same event replaces it (idempotent). */
    public void put(HistoryEntry entry) {
        int index = (int) (entry.seq() - bucket * SIZE);
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("seq " + entry.seq() + " is not in bucket " + bucket);
        }
        if (index < entries.size()) {
            entries.set(index, entry);
        } else if (index == entries.size()) {
            entries.add(entry);
        } else {
            throw new IllegalStateException("history of " + draftId + " has a gap before seq " + entry.seq());
        }
    }
}
