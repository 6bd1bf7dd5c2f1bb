package org.plenary.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
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
    private volatile int generation;

    /** A store serving generation {@code number} of the projections. */
    public ProjectionStore(MongoDatabase database, int number) {
        this.database = database;
        this.deadLetters = database.getCollection("dead_letters");
        this.generation = number;
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

    /** The name of collection {@code baseName} in generation {@code number}. */
    public static String collectionName(String baseName, int number) {
        return number == 0 ? baseName : baseName + "_g" + number;
    }

    /** A separate store writing generation {@code number} (for a rebuild); it does not follow switches. */
    public ProjectionStore forGeneration(int number) {
        return new ProjectionStore(database, number);
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
