package org.plenary.query.projection;

import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a rebuild wrote: the digest of each document's bytes as it sent them, by collection and {@code _id}, so that
 * the rebuilt generation's checksums need no read of what was just written (docs/BENCHMARKS.md, "The sixth session":
 * reading it back was a fifth to a third of a replay). The bytes sent are the bytes stored: {@link Documents} encodes
 * each document itself, {@code _id} first, as a MongoDB server keeps it. An id it does not know (never written by
 * this rebuild, deleted, a write that left a newer document stored, or written once it held its maximum) is read
 * from the store instead. The maximum bounds the heap: a digest and its id cost ~150 bytes, and a generation holds
 * about one document per twenty events (the benchmark's million events: 47,814 documents).
 */
final class WrittenDigests {

    private final Map<String, Map<String, byte[]>> byCollection = new ConcurrentHashMap<>();
    private final int max;
    private final AtomicInteger size = new AtomicInteger();

    WrittenDigests(int max) {
        this.max = max;
    }

    void written(String collection, String id, RawBsonDocument document) {
        Map<String, byte[]> digests = of(collection);
        if (digests.containsKey(id)) {
            digests.put(id, digest(document));
        } else if (size.get() < max) {
            if (digests.put(id, digest(document)) == null) {
                size.incrementAndGet();
            }
        } // full: this one is read back
    }

    /** The ids' documents were deleted, or what is stored under them is not what this rebuild wrote. */
    void forget(String collection, Collection<String> ids) {
        Map<String, byte[]> digests = of(collection);
        for (String id : ids) {
            if (digests.remove(id) != null) {
                size.decrementAndGet();
            }
        }
    }

    /** The digest of what this rebuild wrote under {@code id}, or null. */
    byte[] get(String collection, String id) {
        Map<String, byte[]> digests = byCollection.get(collection);
        return digests == null ? null : digests.get(id);
    }

    int size() {
        return size.get();
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
