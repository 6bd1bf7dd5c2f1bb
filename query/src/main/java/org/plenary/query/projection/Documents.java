package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
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
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final int DUPLICATE_KEY = 11000;

    private Documents() {
    }

    /** The stored form of a value (its Jackson properties in order), {@code _id} last. */
    public static Document toDocument(String id, Object value) {
        Document document = BsonTrees.toDocument(Json.mapper().valueToTree(value));
        document.put("_id", id); // last, where it always was (the replay checksums read whole documents)
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
    public static <T> void writeAll(MongoCollection<Document> collection, Collection<T> values,
                                    Function<T, Document> toDocument, Predicate<T> isNew) {
        List<WriteModel<Document>> writes = new ArrayList<>(Math.min(values.size(), WRITE_CHUNK));
        for (T value : values) {
            Document document = toDocument.apply(value);
            writes.add(isNew.test(value) ? new InsertOneModel<>(document)
                    : new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
            if (writes.size() == WRITE_CHUNK) {
                bulkWrite(collection, writes);
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            bulkWrite(collection, writes);
        }
    }

    private static void bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        try {
            collection.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                Document document = insert.getDocument();
                retries.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
            }
            collection.bulkWrite(retries, UNORDERED); // unordered: the other writes of the batch are done
        }
    }
}
