package org.plenary.query.projection;

import java.util.List;

/**
 * One read model built from the draft events, e.g. the negotiation history: a named class with its collections,
 * the {@link Projector} that builds it (one per thread) and its share of the replay's checksums. Its reads, for
 * the query side, are methods of the same class. Registered once, in {@code ProjectionsConfig}; the live consumer
 * and the replay then drive it like every other (see docs/ARCHITECTURE.md, "Adding a projection").
 *
 * <p>All projections of a node run in one processing group, {@code plenary.projection.group}: a draft's view,
 * written last, carries the version up to which every projection of that draft is written.
 */
public interface Projection {

    /** What it is called in the logs, the replay's progress and {@link #generationKey()}: e.g. "negotiation-history". */
    String name();

    /**
     * The key recorded for it in a generation ({@code projection_meta}): its name, and after a slash the form of
     * its documents when that changed since it was first built. A generation that lacks a key this code builds is
     * rebuilt from the topic at start, so a new key backfills a new projection or rebuilds a changed one.
     */
    default String generationKey() {
        return name();
    }

    /** The base names of its collections; generation n stores them as {@code <name>_g<n>} (n &gt; 0). */
    List<String> collections();

    /**
     * A new projector writing into {@code target}'s generation, used by one thread.
     *
     * @param cachedDrafts drafts whose documents it may keep in memory between events (the heap bound)
     */
    Projector projector(ProjectionStore target, int cachedDrafts);

    /**
     * Adds what it stores for each draft of {@code group} to that draft's checksum, reading {@code store}'s
     * generation: after a replay, equal checksums mean equal projections. Reads by {@code _id} only, a group
     * of drafts per request. A projection whose documents hold nothing another one does not (a cache) may add
     * nothing, and says why.
     */
    void checksum(ProjectionStore store, ChecksumGroup group);
}
