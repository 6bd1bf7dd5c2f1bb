package org.plenary.query.feed;

import org.plenary.query.web.BadRequestException;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where an all-drafts client stands: the last version it has of every draft. It is carried in the SSE id as
 * {@code <snapshotId>[,<draftId>:<version>]*}: a stored snapshot of versions ({@link FeedPositionStore}) plus
 * the drafts that moved since. Node-independent, so a client can resume on any query node; compact, because
 * a new snapshot is stored once too many drafts are listed. Mutated only under its subscription's lock.
 */
final class FeedPosition {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");

    /** A parsed id: the snapshot and the drafts listed after it. */
    record Parsed(String snapshotId, Map<String, Long> moved) {
    }

    private String snapshotId;
    private Map<String, Long> base;
    private final Map<String, Long> moved = new TreeMap<>();

    FeedPosition(String snapshotId, Map<String, Long> base, Map<String, Long> moved) {
        this.snapshotId = snapshotId;
        this.base = base;
        moved.forEach(this::advance);
    }

    /** The last version the client has of the draft; 0 for a draft it has never heard of. */
    long version(String draftId) {
        Long version = moved.get(draftId);
        return version != null ? version : base.getOrDefault(draftId, 0L);
    }

    void advance(String draftId, long version) {
        if (version == base.getOrDefault(draftId, 0L)) {
            moved.remove(draftId);
        } else {
            moved.put(draftId, version);
        }
    }

    int movedCount() {
        return moved.size();
    }

    /** Every draft's version, for a new snapshot. */
    Map<String, Long> versions() {
        Map<String, Long> all = new HashMap<>(base);
        all.putAll(moved);
        return all;
    }

    /** Continues from a stored snapshot of {@link #versions()} taken earlier (versions only grow since). */
    void rebase(String newSnapshotId, Map<String, Long> snapshot) {
        snapshotId = newSnapshotId;
        base = snapshot;
        moved.entrySet().removeIf(e -> e.getValue() == snapshot.getOrDefault(e.getKey(), 0L));
    }

    String encode() {
        StringBuilder id = new StringBuilder(snapshotId);
        moved.forEach((draftId, version) -> id.append(',').append(draftId).append(':').append(version));
        return id.toString();
    }

    static Parsed parse(String text) {
        String[] parts = text.strip().split(",", -1);
        if (!WORD.matcher(parts[0]).matches()) {
            throw new BadRequestException("not a feed position: " + text);
        }
        Map<String, Long> moved = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].lastIndexOf(':');
            try {
                String draftId = parts[i].substring(0, Math.max(colon, 0));
                long version = Long.parseLong(parts[i].substring(colon + 1));
                if (!WORD.matcher(draftId).matches() || version < 0) {
                    throw new NumberFormatException();
                }
                moved.put(draftId, version);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new BadRequestException("not a feed position: " + text);
            }
        }
        return new Parsed(parts[0], moved);
    }
}
