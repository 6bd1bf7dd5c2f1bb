package org.plenary.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The projections this node builds (registered in {@code ProjectionsConfig}), in the order they are written: the
 * others as registered, then the draft views, whose version is the commit mark of the rest. The live consumer and
 * the replay both take their {@link ProjectionRun}s from here, and a generation records their keys.
 */
public final class ProjectionSet {

    /** Drafts, and events of their history, per checksum group (the replies stay small). */
    private static final int CHECKSUM_GROUP_DRAFTS = 20;
    private static final long CHECKSUM_GROUP_EVENTS = 20_000;

    private final DraftViewProjection views;
    private final List<Projection> others;

    /** @throws IllegalArgumentException if two projections share a name or a collection */
    public ProjectionSet(DraftViewProjection views, List<? extends Projection> others) {
        this.views = views;
        this.others = List.copyOf(others);
        Set<String> names = new HashSet<>();
        Set<String> collections = new HashSet<>();
        for (Projection projection : all()) {
            if (!names.add(projection.name())) {
                throw new IllegalArgumentException("two projections are called " + projection.name());
            }
            for (String collection : projection.collections()) {
                if (!collections.add(collection)) {
                    throw new IllegalArgumentException("two projections write collection " + collection);
                }
            }
        }
    }

    /** Every projection, the draft views first (the order of {@link #names()} and of the checksums). */
    public List<Projection> all() {
        List<Projection> all = new ArrayList<>(others.size() + 1);
        all.add(views);
        all.addAll(others);
        return all;
    }

    public List<String> names() {
        return all().stream().map(Projection::name).toList();
    }

    /** What a generation holding all of them records ({@link Projection#generationKey()}). */
    public List<String> generationKeys() {
        return all().stream().map(Projection::generationKey).toList();
    }

    /** The base names of every collection they write. */
    public List<String> collections() {
        return all().stream().flatMap(p -> p.collections().stream()).toList();
    }

    /** A new run of every projector, writing into {@code target}, for one thread. */
    public ProjectionRun run(ProjectionStore target, int cachedDrafts) {
        List<Projector> projectors = new ArrayList<>(others.size() + 1);
        for (Projection projection : others) {
            projectors.add(projection.projector(target, cachedDrafts));
        }
        projectors.add(views.projector(target, cachedDrafts)); // last: the commit mark
        return new ProjectionRun(target, projectors, cachedDrafts);
    }

    /**
     * Every draft's version in {@code store}'s generation (a read of ids and versions only): the view's version is
     * the commit mark of all of a draft's projections, so equal versions mean nothing was written in between.
     */
    public Map<String, Long> versions(ProjectionStore store) {
        return DraftViewProjection.versions(store);
    }

    /**
     * A checksum per draft (SHA-256, hex) over what every projection stores for it in {@code store}'s generation:
     * equal checksums mean equal projections. Reads every draft, in groups by {@code _id}; for replay verification,
     * not the hot path.
     */
    public Map<String, String> checksums(ProjectionStore store) {
        return checksums(store, 1);
    }

    /**
     * {@link #checksums(ProjectionStore)}, the groups read by {@code readers} threads at once: a group's reads are
     * mostly waiting for the database to encode its reply, which it does on a thread per connection.
     */
    public Map<String, String> checksums(ProjectionStore store, int readers) {
        // ids and versions first: one reply with every whole draft can exceed a message's size
        List<Map<String, Long>> groups = groups(DraftViewProjection.versions(store));
        Map<String, String> checksums = new TreeMap<>();
        if (readers <= 1 || groups.size() <= 1) {
            groups.forEach(group -> checksumGroup(store, group, checksums));
            return checksums;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(readers, groups.size()), task -> {
            Thread thread = new Thread(task, "plenary-checksums-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Map<String, String>>> parts = new ArrayList<>();
            for (Map<String, Long> group : groups) {
                parts.add(pool.submit(() -> {
                    Map<String, String> part = new HashMap<>();
                    checksumGroup(store, group, part);
                    return part;
                }));
            }
            for (Future<Map<String, String>> part : parts) {
                checksums.putAll(part.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("checksums interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return checksums;
    }

    /** The drafts in groups of at most {@link #CHECKSUM_GROUP_DRAFTS}, or about {@link #CHECKSUM_GROUP_EVENTS} events. */
    private static List<Map<String, Long>> groups(Map<String, Long> versions) {
        List<Map<String, Long>> groups = new ArrayList<>();
        Map<String, Long> group = new LinkedHashMap<>();
        long groupEvents = 0;
        for (Map.Entry<String, Long> draft : versions.entrySet()) {
            group.put(draft.getKey(), draft.getValue());
            groupEvents += draft.getValue();
            if (group.size() == CHECKSUM_GROUP_DRAFTS || groupEvents >= CHECKSUM_GROUP_EVENTS) {
                groups.add(group);
                group = new LinkedHashMap<>();
                groupEvents = 0;
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private void checksumGroup(ProjectionStore store, Map<String, Long> versions, Map<String, String> checksums) {
        if (versions.isEmpty()) {
            return;
        }
        ChecksumGroup group = new ChecksumGroup(versions);
        for (Projection projection : all()) { // the views first: they correct the versions the others use
            projection.checksum(store, group);
        }
        group.finishInto(checksums);
    }
}
