package org.plenary.query.pastview;

import org.plenary.platform.cache.LruCache;
import org.plenary.query.config.QueryProperties;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.plenary.query.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reads a draft for a query, honouring {@code ?minVersion=n}: waits (up to
 * {@code plenary.queries.min-version-wait}) for the projection to reach that version, re-reading by
 * {@code _id} whenever this node's projector writes and at least every 50 ms (another node may project).
 * When the wait runs out the draft is served as it is; the {@code Plenary-Version} header says which
 * version that was.
 */
@Component
public class DraftReader {

    public static final String VERSION_HEADER = "Plenary-Version";

    private final ProjectionStore store;
    private final DraftViewProjection drafts;
    private final VersionNotifier notifier;
    private final long maxWaitMillis;
    private final TimeTravel timeTravel;
    private final LruCache<String, DraftView> views;

    /** @param store says which generation is served (the view cache is per generation) */
    public DraftReader(ProjectionStore store, DraftViewProjection drafts, VersionNotifier notifier,
                       QueryProperties properties, TimeTravel timeTravel) {
        this.views = new LruCache<>(properties.queries().viewCache());
        this.store = store;
        this.drafts = drafts;
        this.notifier = notifier;
        this.timeTravel = timeTravel;
        this.maxWaitMillis = properties.queries().minVersionWait().toMillis();
    }

    /** The draft, at {@code minVersion} or later when that is reached in time; 404 when there is none. */
    public DraftView load(String draftId, Long minVersion) {
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        while (true) {
            DraftView view = read(draftId);
            boolean reached = view != null && (minVersion == null || view.version() >= minVersion);
            long remaining = deadline - System.currentTimeMillis();
            if (reached || minVersion == null || remaining <= 0) {
                if (view == null) {
                    throw new NotFoundException("no draft with id " + draftId);
                }
                return view;
            }
            try {
                notifier.awaitChange(Math.min(remaining, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for version " + minVersion);
            }
        }
    }

    /**
     * The stored draft, from the cache when the store still has the cached version (a read of the version field
     * only): a long negotiation's view is large, and decoding it for every query dominated time travel.
     * Cached views are shared between requests and never modified.
     */
    private DraftView read(String draftId) {
        String key = store.generation() + "/" + draftId;
        DraftView cached = views.get(key);
        if (cached != null) {
            Long stored = drafts.findVersion(draftId);
            if (stored != null && stored == cached.version()) {
                return cached;
            }
        }
        DraftView view = drafts.find(draftId);
        if (view != null) {
            views.put(key, view);
        }
        return view;
    }

    /**
     * The draft as of a point of its history: {@code version=n} or {@code asOf=<instant>} (at most one),
     * else as it is now; {@code minVersion} waits as in {@link #load(String, Long)}.
     */
    public DraftView load(String draftId, Long minVersion, Long version, Instant asOf) {
        DraftView current = currentFor(draftId, minVersion, version, asOf);
        if (version != null) {
            return timeTravel.at(current, version);
        }
        if (asOf != null) {
            return timeTravel.at(current, timeTravel.versionAt(current, asOf));
        }
        return current;
    }

    /**
     * Only the text (with version and submission) of the draft as of a point of its history, as {@link #load(String,
     * Long, Long, Instant)} selects it: a past text costs no copy of the negotiation's amendments and co-sponsorships.
     */
    public DraftText loadText(String draftId, Long minVersion, Long version, Instant asOf) {
        DraftView current = currentFor(draftId, minVersion, version, asOf);
        if (version == null && asOf == null) {
            return new DraftText(current.draftId(), current.version(), current.document(), current.submittedAt(),
                    LifecycleView.subsequentlyJoined(current), current.lifecycle().decision() != null);
        }
        long at = version != null ? version : timeTravel.versionAt(current, asOf);
        LifecycleView.Decision decision = current.lifecycle().decision();
        return new DraftText(current.draftId(), at, timeTravel.textAt(current, at), current.submittedAt(),
                LifecycleView.subsequentlyJoinedAt(current, at), decision != null && decision.version() <= at);
    }

    /**
     * The view to answer from. For a point in the past, a cached view that already reaches it answers without
     * asking the store whether the draft has moved on since: what the draft was at a past version never changes,
     * and the view records each change with its version ({@link TimeTravel}). That saves the version read, the
     * largest part of a time-travel query.
     */
    private DraftView currentFor(String draftId, Long minVersion, Long version, Instant asOf) {
        if (version != null && asOf != null) {
            throw new IllegalArgumentException("give either version or asOf, not both");
        }
        if (version != null || asOf != null) {
            DraftView cached = views.get(store.generation() + "/" + draftId);
            if (cached != null && (minVersion == null || cached.version() >= minVersion)
                    && (version != null ? version <= cached.version() : asOf.isBefore(cached.updatedAt()))) {
                return cached;
            }
        }
        return load(draftId, minVersion);
    }

    /** A 200 answer carrying the served version in the {@code Plenary-Version} header. */
    public static <T> ResponseEntity<T> withVersion(DraftView view, T body) {
        return withVersion(view.version(), body);
    }

    /** A 200 answer carrying {@code version} in the {@code Plenary-Version} header. */
    public static <T> ResponseEntity<T> withVersion(long version, T body) {
        return ResponseEntity.ok().header(VERSION_HEADER, Long.toString(version)).body(body);
    }
}
