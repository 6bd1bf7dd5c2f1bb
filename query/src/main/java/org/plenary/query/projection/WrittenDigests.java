package org.plenary.query.projection;

import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rebuild wrote: the digest of each document's bytes as it sent them, by collection and {@code _id}, so that
 * the rebuilt generation's checksums need no read of what was just written (docs/BENCHMARKS.md, "The sixth session":
 * reading it back was a fifth to a third of a replay). The bytes sent are the bytes stored: {@link Documents} encodes
 * each document itself, {@code _id} first, as a MongoDB server keeps it. An id it does not know (never written by
 * this rebuild, deleted, or a write that left a newer document stored) is read from the store instead.
 */
final class WrittenDigests {

    private final Map<String, Map<String, byte[]>> byCollection = new ConcurrentHashMap<>();

    void written(String collection, String id, RawBsonDocument document) {
        of(collection).put(id, digest(document));
    }

    /** The ids' documents were deleted, or what is stored under them is not what this rebuild wrote. */
    void forget(String collection, Collection<String> ids) {
        Map<String, byte[]> digests = of(collection);
        ids.forEach(digests::remove);
    }

    /** The digest of what this rebuild wrote under {@code id}, or null. */
    byte[] get(String collection, String id) {
        Map<String, byte[]> digests = byCollection.get(collection);
        return digests == null ? null : digests.get(id);
    }

    int size() {
        return byCollection.values().stream().mapToInt(Map::size).sum();
    }

    private Map<String, byte[]> of(String collection) {
        return byCollection.computeIfAbsent(collection, name -> new ConcurrentHashMap<>());
    }

    /** SHA-256 of a document's bytes: same fields, order, types and values give the same digest. */
    static byte[] digest(RawBsonDocument document) {
        ByteBuffer bytes = document.getByteBuffer().asNIO();
        MessageDigest sha256 = sha256();
        sha256.update(bytes);
        return sha256.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
