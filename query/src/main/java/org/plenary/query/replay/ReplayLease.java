package org.plenary.query.replay;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who replays (document {@code projection_meta/replay}): one query node at a time holds the lease, renews it while
 * it rebuilds and says how far it is; a node that dies leaves it to expire, and then any node takes the replay over
 * (from the start: the half-built generation is dropped). A node restarted under the same name takes its own
 * lease back at once.
 */
final class ReplayLease {

    /** The replay as recorded: who runs it, until when its lease holds, into which generation, how far. */
    record Held(String owner, Instant until, int generation, String state, long eventsDone, long eventsTotal,
                String phase, Instant startedAt) {

        boolean running() {
            return "RUNNING".equals(state);
        }

        /** A replay recorded as running whose node stopped renewing it (it died), or this node's own from before. */
        boolean abandoned(String node, Instant now) {
            return running() && (until.isBefore(now) || owner.equals(node));
        }
    }

    private static final String ID = "replay";
    private final MongoCollection<Document> meta;
    private final String node;
    private final Duration duration;

    ReplayLease(MongoDatabase database, String node, Duration duration) {
        this.meta = database.getCollection("projection_meta");
        this.node = node;
        this.duration = duration;
    }

    String node() {
        return node;
    }

    Duration duration() {
        return duration;
    }

    Optional<Held> current() {
        Document d = meta.find(Filters.eq("_id", ID)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new Held(d.getString("owner"), Instant.ofEpochMilli(d.getLong("until")),
                d.getInteger("generation"), d.getString("state"), d.getLong("eventsDone"), d.getLong("eventsTotal"),
                d.getString("phase"), Instant.parse(d.getString("startedAt"))));
    }

    /**
     * Takes the lease for a replay into {@code generation} unless another node holds it (running and renewed).
     *
     * @return whether this node holds it now
     */
    boolean acquire(int generation) {
        Instant now = Instant.now();
        Bson free = Filters.and(Filters.eq("_id", ID), Filters.or(Filters.ne("state", "RUNNING"),
                Filters.lt("until", now.toEpochMilli()), Filters.eq("owner", node)));
        try {
            meta.updateOne(free, Updates.combine(Updates.set("owner", node),
                    Updates.set("until", now.plus(duration).toEpochMilli()), Updates.set("generation", generation),
                    Updates.set("state", "RUNNING"), Updates.set("eventsDone", 0L), Updates.set("eventsTotal", 0L),
                    Updates.set("phase", "starting"), Updates.set("startedAt", now.toString())),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the document exists and another node's lease holds
            }
            throw e;
        }
    }

    /**
     * Extends the lease and records the progress.
     *
     * @return false when this node no longer holds it (it expired and another node took the replay over)
     */
    boolean renew(String phase, long eventsDone, long eventsTotal) {
        return meta.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", node), Filters.eq("state", "RUNNING")),
                Updates.combine(Updates.set("until", Instant.now().plus(duration).toEpochMilli()),
                        Updates.set("phase", phase), Updates.set("eventsDone", eventsDone),
                        Updates.set("eventsTotal", eventsTotal))).getMatchedCount() == 1;
    }

    /** Ends this node's replay as {@code state} (DONE or FAILED): the lease is free. */
    void finish(String state) {
        meta.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", node)),
                Updates.combine(Updates.set("state", state), Updates.set("until", Instant.now().toEpochMilli())));
    }
}
