package org.plenary.local.fuzz;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A SHA-256 of every collection of every database of the MongoDB-protocol server (documents in {@code _id} order):
 * the event store, the snapshots, every projection. Collections that are not state a request may change are left
 * out by name: the feed's position snapshots (written by reads by design), the query nodes' liveness marks
 * ({@code query_nodes}, rewritten on a timer) and the command nodes' publication watermarks ({@code publication_marks},
 * rewritten on a timer as a sign of life); {@code projection_meta} (the active generation,
 * the replay lease) is state and is checked.
 */
final class StoreChecksums {

    private final MongoClient client;
    private final Set<String> ignored;

    StoreChecksums(MongoClient client, Set<String> ignored) {
        this.client = client;
        this.ignored = ignored;
    }

    Map<String, String> take() {
        Map<String, String> sums = new TreeMap<>();
        for (String name : client.listDatabaseNames()) {
            if (Set.of("admin", "local", "config").contains(name)) {
                continue;
            }
            MongoDatabase database = client.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                if (!ignored.contains(collection)) {
                    sums.put(name + "." + collection, checksum(database.getCollection(collection)));
                }
            }
        }
        return sums;
    }

    private static String checksum(MongoCollection<Document> collection) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Document document : collection.find().sort(Sorts.ascending("_id"))) {
                digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
