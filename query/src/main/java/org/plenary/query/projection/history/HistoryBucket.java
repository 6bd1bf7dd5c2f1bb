package org.plenary.query.projection.history;

import org.bson.Document;
import org.plenary.query.projection.Documents;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slice of {@link #SIZE} consecutive events of one draft (projection "negotiation-history"). A complete slice is
 * stored once, as one document {@code {_id: "<draftId>/<bucket>", draftId, bucket, events: [<envelope JSON>, …]}}
 * (<em>sealed</em>); while it fills, each event is a document of its own, {@code {_id: "<draftId>/<bucket>/<seq>",
 * draftId, seq, event: <envelope JSON>}}. So the projection only ever inserts small documents: rewriting a growing
 * bucket on every batch cost the MongoDB-protocol server a copy, a size computation and a comparison of the whole
 * bucket per write (docs/BENCHMARKS.md). The history of a draft is still read with point lookups, never a range
 * query. A live generation keeps the event documents of a sealed slice too (nothing deletes them, so no reader
 * can miss both); a replay writes a complete slice only sealed.
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
    /** Events of this slice the store holds (sealed, or as event documents). */
    private int storedSize;
    /** True when the store holds this slice sealed (complete, as one document). */
    private boolean sealed;

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

    /** The key of an event's own document while its slice fills: {@code <draftId>/<bucket>/<seq>}. */
    public static String eventKey(String draftId, long seq) {
        return draftId + "/" + bucketOf(seq) + "/" + seq;
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

    /** The sealed form; {@code _id} last, where it always was (the replay checksums hash whole documents). */
    public Document toDocument() {
        return new Document("draftId", draftId).append("bucket", number).append("events", events).append("_id", key());
    }

    /** The documents of the events the store does not hold yet, each on its own. */
    List<Document> unstoredEventDocuments() {
        List<Document> documents = new ArrayList<>(events.size() - storedSize);
        for (int index = storedSize; index < events.size(); index++) {
            long seq = number * SIZE + index;
            documents.add(new Document("draftId", draftId).append("seq", seq).append("event", events.get(index))
                    .append("_id", eventKey(draftId, seq)));
        }
        return documents;
    }

    /**
     * The slice from what the store holds of it: its sealed document if there is one, else its event documents in
     * order from its first event (stopping at the first missing one). Null when the store holds nothing of it.
     *
     * @param documents the documents read for this slice: its sealed one and any of its event documents
     */
    static HistoryBucket assemble(String draftId, long number, Collection<Document> documents) {
        Document sealedDocument = null;
        Map<Long, String> single = new HashMap<>();
        for (Document document : documents) {
            if (document.containsKey("bucket")) {
                sealedDocument = document;
            } else {
                single.put(((Number) document.get("seq")).longValue(), document.getString("event"));
            }
        }
        HistoryBucket bucket = sealedDocument == null ? new HistoryBucket(draftId, number) : fromDocument(sealedDocument);
        for (long seq = number * SIZE + bucket.size(); seq < (number + 1) * SIZE && single.containsKey(seq); seq++) {
            bucket.events.add(single.get(seq));
        }
        if (bucket.events.isEmpty()) {
            return null;
        }
        bucket.storedSize = bucket.events.size();
        return bucket;
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
            bucket.storedSize = bucket.events.size();
            bucket.sealed = bucket.complete();
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
        bucket.storedSize = bucket.events.size();
        bucket.sealed = bucket.complete();
        return bucket;
    }

    /** True when the store holds this slice as one document (written or read complete). */
    boolean sealedStored() {
        return sealed;
    }

    /** Records that the store now holds every event of the slice: sealed once it is complete. */
    void markStored() {
        storedSize = events.size();
        sealed = complete();
    }
}
