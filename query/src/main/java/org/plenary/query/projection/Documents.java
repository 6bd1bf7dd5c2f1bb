package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How projections store their values: as documents built from their JSON trees without JSON text
 * ({@link BsonTrees}), written in bulk.
 */
public final class Documents {

    /** Documents per bulk write: large enough to amortize a round trip, small enough to bound the heap. */
    static final int WRITE_CHUNK = 32;

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** Bulk writes whose writes succeed or fail each on its own (also {@link WriteTarget#deleteIds}). */
    static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final int DUPLICATE_KEY = 11000;

    private Documents() {
    }

    /** The stored form of a value (its Jackson properties in order; {@link WriteTarget} stores {@code _id} first). */
    public static Document toDocument(String id, Object value) {
        Document document = BsonTrees.toDocument(Json.mapper().valueToTree(value));
        document.put("_id", id);
        return document;
    }

    /** Reads a stored value back (the {@code _id} is not part of it). */
    public static <T> T fromDocument(Document document, Class<T> type) {
        document.remove("_id");
        try {
            return Json.mapper().treeToValue(BsonTrees.toTree(document), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code values} in bulk writes of {@link #WRITE_CHUNK}, each turned into its document only when its
     * chunk is written. A value this node has never seen stored ({@code isNew}) is inserted, the others replaced:
     * an insert costs the server a third of an upsert (no lookup, no copy of the old document), and a replay or a
     * growing negotiation inserts most of what it writes. An insert that meets an existing document (another node
     * wrote it first) is retried as a replacement.
     */
    public static <T> void writeAll(WriteTarget target, Collection<T> values, Function<T, Document> toDocument,
                                    Predicate<T> isNew) {
        writeAll(target, values, toDocument, isNew, null, value -> null);
    }

    /**
     * {@link #writeAll(WriteTarget, Collection, Function, Predicate)}, but a document replaces only a stored one
     * that is older: {@code olderThan} gives, for a document, the filter a stored document must match (besides its
     * {@code _id}) to be replaced by it. A stored document as new or newer is left as it is, so a node that lost a
     * draft's partition while it stalled (and still writes what it held) can never take the draft back.
     */
    public static <T> void writeAll(WriteTarget target, Collection<T> values, Function<T, Document> toDocument,
                                    Predicate<T> isNew, Function<Document, Bson> olderThan) {
        writeAll(target, values, toDocument, isNew, olderThan, value -> null);
    }

    /**
     * {@link #writeAll(WriteTarget, Collection, Function, Predicate, Function)}, trying first the replacement of
     * the stored document this node expects: {@code expected} gives, for a value, the fields besides {@code _id} and
     * their values (e.g. the version it read or last wrote) that a unique index on {@code _id} and those fields
     * answers, or null. The filter is one plain document ({@code {_id: …, version: …}}, not an {@code $and}): the
     * MongoDB-protocol server answers from an index only a query on exactly the index's fields, and scans the whole
     * collection for anything else, {@code olderThan}'s range included; so the common case (this node wrote what is
     * stored) is a point lookup, and only a document found otherwise is tried again with {@code olderThan}.
     */
    public static <T> void writeAll(WriteTarget target, Collection<T> values, Function<T, Document> toDocument,
                                    Predicate<T> isNew, Function<Document, Bson> olderThan,
                                    Function<T, Document> expected) {
        List<Write> writes = new ArrayList<>(Math.min(values.size(), WRITE_CHUNK));
        for (T value : values) {
            Document document = toDocument.apply(value);
            RawBsonDocument bytes = target.encode(document);
            Object id = document.get("_id");
            Document stored;
            if (isNew.test(value)) {
                writes.add(new Write(id, bytes, new InsertOneModel<>(bytes), replace(id, bytes, document, olderThan)));
            } else if ((stored = expected.apply(value)) != null) {
                writes.add(new Write(id, bytes, new ReplaceOneModel<>(expectedFilter(document, stored), bytes, UPSERT),
                        replace(id, bytes, document, olderThan)));
            } else {
                writes.add(new Write(id, bytes, replace(id, bytes, document, olderThan), null));
            }
            if (writes.size() == WRITE_CHUNK) {
                write(target, writes, olderThan != null);
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            write(target, writes, olderThan != null);
        }
    }

    /** {@code {_id: <the document's>, <expected fields>}}: one plain document, which an index can answer. */
    static Document expectedFilter(Document document, Document expected) {
        Document filter = new Document("_id", document.get("_id"));
        filter.putAll(expected);
        return filter;
    }

    /**
     * A write of {@code document} under {@code id}, and what to try instead when it meets a stored document with the
     * same {@code _id} (or null).
     */
    private record Write(Object id, RawBsonDocument document, WriteModel<RawBsonDocument> model,
                         WriteModel<RawBsonDocument> onDuplicate) {
    }

    private static ReplaceOneModel<RawBsonDocument> replace(Object id, RawBsonDocument bytes, Document document,
                                                            Function<Document, Bson> olderThan) {
        Bson byId = Filters.eq("_id", id);
        return new ReplaceOneModel<>(olderThan == null ? byId : Filters.and(byId, olderThan.apply(document)), bytes, UPSERT);
    }

    /** Writes, then tells the target what is stored now: every document sent, but those a newer stored one kept out. */
    private static void write(WriteTarget target, List<Write> writes, boolean guarded) {
        List<Write> kept = new ArrayList<>();
        bulkWrite(target, writes, guarded, kept);
        for (Write write : writes) {
            target.stored(write.id(), write.document());
        }
        for (Write write : kept) {
            target.notStored(write.id());
        }
    }

    /**
     * A write that meets a stored document is tried again as its {@link Write#onDuplicate()}: an insert as a
     * replacement, an expected replacement with the {@code guarded} range. A guarded replacement that meets a stored
     * document as new or newer (its upsert then collides on the {@code _id}) is dropped (added to {@code keptOut}):
     * the newer one stays.
     */
    private static void bulkWrite(WriteTarget target, List<Write> writes, boolean guarded, List<Write> keptOut) {
        try {
            target.collection().bulkWrite(writes.stream().map(Write::model).toList(), UNORDERED);
        } catch (MongoBulkWriteException e) {
            List<Write> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                Write write = writes.get(error.getIndex());
                if (error.getCode() != DUPLICATE_KEY || (write.onDuplicate() == null && !guarded)) {
                    throw e;
                }
                if (write.onDuplicate() != null) {
                    retries.add(new Write(write.id(), write.document(), write.onDuplicate(), null));
                } else { // a guarded replacement found a newer document stored
                    keptOut.add(write);
                }
            }
            if (!retries.isEmpty()) {
                bulkWrite(target, retries, guarded, keptOut);
            }
        }
    }
}
