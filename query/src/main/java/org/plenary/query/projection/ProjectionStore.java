package org.plenary.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collections of the projections, in <em>generations</em>: generation 0 uses each projection's collection
 * names as they are ({@code drafts}, {@code history} …), generation n &gt; 0 adds {@code _g<n>}. A store serves one
 * generation and {@link #switchTo switches} atomically for every reader and writer holding it; the projections
 * read and write through it, by {@code _id} only.
 */
public class ProjectionStore {

    private final MongoDatabase database;
    private final MongoCollection<Document> deadLetters;
    private final Map<String, MongoCollection<Document>> collections = new ConcurrentHashMap<>();
    private final Map<String, WriteTarget> targets = new ConcurrentHashMap<>();
    private final WrittenDigests written; // a rebuild's: what it wrote; else null
    private volatile int generation;

    /** A store serving generation {@code number} of the projections. */
    public ProjectionStore(MongoDatabase database, int number) {
        this(database, number, null);
    }

    private ProjectionStore(MongoDatabase database, int number, WrittenDigests written) {
        this.database = database;
        this.deadLetters = database.getCollection("dead_letters");
        this.generation = number;
        this.written = written;
    }

    /** A store serving generation 0. */
    public ProjectionStore(MongoDatabase database) {
        this(database, 0);
    }

    public int generation() {
        return generation;
    }

    /** The collection {@code baseName} of the generation served now. */
    public MongoCollection<Document> collection(String baseName) {
        return collections.computeIfAbsent(collectionName(baseName, generation), database::getCollection);
    }

    /** The collection {@code baseName} of the generation served now, as the projections write it. */
    public WriteTarget writeTarget(String baseName) {
        String name = collectionName(baseName, generation);
        return targets.computeIfAbsent(name, n -> new WriteTarget(collection(baseName), written));
    }

    /**
     * The SHA-256 of the stored bytes of each document of collection {@code baseName} among {@code ids} (those
     * stored; a missing one has none), for the replay's checksums. A rebuild's store knows what it wrote and reads
     * only the rest, {@code perRead} ids per query.
     */
    public Map<String, byte[]> storedDigests(String baseName, List<String> ids, int perRead) {
        Map<String, byte[]> digests = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        String name = collectionName(baseName, generation);
        for (String id : ids) {
            byte[] digest = written == null ? null : written.get(name, id);
            if (digest == null) {
                unknown.add(id);
            } else {
                digests.put(id, digest);
            }
        }
        MongoCollection<RawBsonDocument> collection = writeTarget(baseName).collection();
        for (int from = 0; from < unknown.size(); from += perRead) {
            List<String> some = new ArrayList<>(unknown.subList(from, Math.min(unknown.size(), from + perRead)));
            for (RawBsonDocument document : collection.find(Filters.in("_id", some))) {
                digests.put(document.getString("_id").getValue(), WrittenDigests.digest(document));
            }
        }
        return digests;
    }

    /** How many documents' digests a rebuild's store keeps (0 for any other store). */
    public int writtenDigests() {
        return written == null ? 0 : written.size();
    }

    /** The name of collection {@code baseName} in generation {@code number}. */
    public static String collectionName(String baseName, int number) {
        return number == 0 ? baseName : baseName + "_g" + number;
    }

    /** A separate store writing generation {@code number}; it does not follow switches. */
    public ProjectionStore forGeneration(int number) {
        return new ProjectionStore(database, number);
    }

    /**
     * A separate store for a rebuild of generation {@code number}, which it alone writes: it keeps a digest of each
     * document it writes, of {@code maxDigests} at most (the heap bound), so its checksums read only what it did not
     * write, or wrote beyond those ({@link #storedDigests}).
     */
    public ProjectionStore forRebuild(int number, int maxDigests) {
        return new ProjectionStore(database, number, new WrittenDigests(maxDigests));
    }

    /** Makes every reader and writer of this store use generation {@code number} from now on. */
    public void switchTo(int number) {
        generation = number;
    }

    /**
     * Drops the collections {@code baseNames} of a generation (before a rebuild into it, or once it is replaced),
     * those that exist: dropping a missing one is an error on the MongoDB-protocol server.
     */
    public void dropGeneration(int number, Collection<String> baseNames) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String baseName : baseNames) {
            String name = collectionName(baseName, number);
            if (existing.contains(name)) {
                database.getCollection(name).drop();
            }
        }
    }

    /** Keeps a record that could not be read, with where it came from, for an operator to look at. */
    public void deadLetter(String topic, int partition, long offset, String value, String error) {
        String id = topic + "/" + partition + "/" + offset; // the same record read again (a retried batch) is kept once
        deadLetters.replaceOne(new Document("_id", id), new Document("_id", id).append("value", value)
                .append("error", error).append("at", Instant.now().toString()), new ReplaceOptions().upsert(true));
    }
}
