package org.plenary.query.projection.history;

import org.bson.Document;
import org.plenary.query.projection.Documents;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A slice of {@link #SIZE} consecutive events of one draft (projection "negotiation-history"), stored as one
 * document {@code {_id: "<draftId>/<bucket>", draftId, bucket, events: [<envelope JSON>, …]}}: the history
 * of a draft is read with point lookups, never a range query.
 *
 * <p>An event is kept as the JSON text it had on the topic ({@link EventCodec}), not as nested documents:
 * the projector stores what it received without building a tree (a replay writes a million of them), the
 * MongoDB server stores one string per event instead of a dozen fields, and a reader decodes it with the
 * same codec as every other consumer of the topic.
 */
public final class HistoryBucket {

    public static final int SIZE = 100;

    private final String draftId;
    private final long number;
    private final List<String> events;
    private List<HistoryEntry> decoded;
    private boolean stored;

    HistoryBucket(String draftId, long number) {
        this(draftId, number, new ArrayList<>());
    }

    private HistoryBucket(String draftId, long number, List<String> events) {
        this.draftId = draftId;
        this.number = number;
        this.events = events;
    }

    public static long bucketOf(long seq) {
        return seq / SIZE;
    }

    public static String key(String draftId, long bucket) {
        return draftId + "/" + bucket;
    }

    public String key() {
        return key(draftId, number);
    }

    public String draftId() {
        return draftId;
    }

    public long number() {
        return number;
    }

    public int size() {
        return events.size();
    }

    /** True when the bucket holds all {@link #SIZE} events: no later event of the draft goes here. */
    public boolean complete() {
        return events.size() == SIZE;
    }

    /**
     * Sets the event for its sequence number ({@code json} is its envelope as {@link EventCodec} writes it);
     * re-applying the same event replaces it (idempotent).
     */
    void put(long seq, String json) {
        int index = (int) (seq - number * SIZE);
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("seq " + seq + " is not in bucket " + number);
        }
        if (index < events.size()) {
            events.set(index, json);
        } else if (index == events.size()) {
            events.add(json);
        } else {
            throw new IllegalStateException("history of " + draftId + " has a gap before seq " + seq);
        }
        decoded = null;
    }

    /** The events of the bucket in order, decoded once per bucket object. */
    public List<HistoryEntry> entries() {
        if (decoded == null) {
            List<HistoryEntry> entries = new ArrayList<>(events.size());
            for (String json : events) {
                entries.add(HistoryEntry.of(EventCodec.decode(json)));
            }
            decoded = Collections.unmodifiableList(entries);
        }
        return decoded;
    }

    /** The stored form; {@code _id} last, where it always was (the replay checksums hash whole documents). */
    public Document toDocument() {
        return new Document("draftId", draftId).append("bucket", number).append("events", events).append("_id", key());
    }

    /**
     * Reads a stored bucket. A bucket written before events were kept as JSON text (field {@code entries}
     * with nested documents) is read too, so a node serves and extends its old projections while the
     * start-up rebuild into the current format runs (the key {@code negotiation-history/json-events}, see
     * {@link NegotiationHistoryProjection#generationKey()}).
     */
    public static HistoryBucket fromDocument(Document document) {
        String draftId = document.getString("draftId");
        long number = ((Number) document.get("bucket")).longValue();
        List<String> events = document.getList("events", String.class);
        if (events != null) {
            HistoryBucket bucket = new HistoryBucket(draftId, number, new ArrayList<>(events));
            bucket.stored = true;
            return bucket;
        }
        List<String> converted = new ArrayList<>();
        for (Document entry : document.getList("entries", Document.class, List.of())) {
            DraftEvent event = Documents.fromDocument(entry.get("event", Document.class),
                    EventCodec.typeOf(entry.getString("type")));
            long seq = ((Number) entry.get("seq")).longValue();
            converted.add(EventCodec.encode(new EventEnvelope(null, draftId, seq, event)));
        }
        HistoryBucket bucket = new HistoryBucket(draftId, number, converted);
        bucket.stored = true;
        return bucket;
    }

    /** True when the bucket was read from the store or written to it (a write replaces it, not inserts). */
    public boolean stored() {
        return stored;
    }

    void markStored() {
        stored = true;
    }
}
