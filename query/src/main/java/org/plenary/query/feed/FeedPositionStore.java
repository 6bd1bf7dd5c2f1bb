package org.plenary.query.feed;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snapshots of all-drafts feed positions (collection {@code feed_positions}, by {@code _id} only): every
 * draft's version at some moment of one client's feed. One insert when an all-drafts feed opens and one each
 * time a client's SSE id would list too many drafts; never on the path of a single event.
 */
public class FeedPositionStore {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> positions;

    public FeedPositionStore(MongoDatabase database) {
        this.positions = database.getCollection("feed_positions");
    }

    /** Stores the versions; returns the snapshot id. */
    public String save(Map<String, Long> versions) {
        List<Document> drafts = new ArrayList<>(versions.size());
        versions.forEach((draftId, version) -> drafts.add(new Document("d", draftId).append("v", version)));
        String id = newId();
        positions.insertOne(new Document("_id", id).append("at", Instant.now().toString()).append("drafts", drafts));
        return id;
    }

    /** The versions of a snapshot, or null if there is none with that id. */
    public Map<String, Long> find(String id) {
        Document document = positions.find(Filters.eq("_id", id)).first();
        if (document == null) {
            return null;
        }
        Map<String, Long> versions = new HashMap<>();
        for (Document draft : document.getList("drafts", Document.class)) {
            versions.put(draft.getString("d"), ((Number) draft.get("v")).longValue());
        }
        return versions;
    }

    /**
     * Deletes the snapshots stored before {@code cutoff}; returns how many. A client that resumes with one of
     * them gets {@code event: reset} and reloads (docs/FEED.md). Compares the stored ISO-8601 UTC times as
     * strings, which orders them except within one second.
     */
    public long deleteOlderThan(Instant cutoff) {
        return positions.deleteMany(Filters.lt("at", cutoff.toString())).getDeletedCount();
    }

    private static String newId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
