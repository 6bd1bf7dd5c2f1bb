package org.plenary.query.projection;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Drafts whose checksums are computed together (one read per projection for all of them), each with a SHA-256
 * that every projection extends with the digest of each of its stored documents ({@link
 * ProjectionStore#storedDigests}), in registration order. The draft views go first and correct each draft's version
 * to the one stored, which the other projections then use.
 */
public final class ChecksumGroup {

    private final Map<String, Long> versions;
    private final Map<String, MessageDigest> digests = new LinkedHashMap<>();

    ChecksumGroup(Map<String, Long> versions) {
        this.versions = new LinkedHashMap<>(versions);
        versions.keySet().forEach(id -> digests.put(id, WrittenDigests.sha256()));
    }

    public Set<String> draftIds() {
        return versions.keySet();
    }

    /** The draft's version as its stored view says. */
    public long version(String draftId) {
        return versions.get(draftId);
    }

    /**
     * Adds a stored document's digest (of its bytes as BSON: documents compare equal with the same fields, order,
     * types and values).
     */
    public void add(String draftId, byte[] documentDigest) {
        digests.get(draftId).update(documentDigest);
    }

    /** Adds a marker (e.g. for a document that should be there and is not). */
    public void add(String draftId, byte marker) {
        digests.get(draftId).update(marker);
    }

    /** The draft's view was read at {@code version}: it moved on since the drafts were listed. */
    void storedVersion(String draftId, long version) {
        versions.put(draftId, version);
    }

    /** The draft has no view any more: it gets no checksum. */
    void remove(String draftId) {
        versions.remove(draftId);
        digests.remove(draftId);
    }

    void finishInto(Map<String, String> checksums) {
        digests.forEach((id, digest) -> checksums.put(id, HexFormat.of().formatHex(digest.digest())));
    }
}
