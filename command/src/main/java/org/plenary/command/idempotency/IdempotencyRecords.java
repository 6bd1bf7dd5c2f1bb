package org.plenary.command.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.plenary.command.store.Durability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What each caller's idempotency keys did, in MongoDB, one document per key: {@code {_id: "<caller>/<key>", f:
 * <request fingerprint>, s: "running"|"done", o: <owner>, at: <claimed at>, st, ct, b: <the answer>}}. Every access
 * is by {@code _id}; the unique {@code _id} decides which of two nodes receiving the same key at once executes it.
 *
 * <p>A claim whose node stopped before answering (still {@code running} after {@code lease}) is taken over by the
 * next request with that key; a record older than {@code retention} is forgotten (MongoDB's TTL index removes it;
 * until then it is treated as absent).
 */
public class IdempotencyRecords {

    /** The outcome of claiming a key. */
    public sealed interface Claim {
    }

    /** This request executes; {@code owner} completes or releases the claim. */
    public record Claimed(String owner) implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** Another request with the key is executing. */
    public record InProgress() implements Claim {
    }

    /** The key's request was answered: this is the answer. */
    public record Answered(int status, String contentType, byte[] body) implements Claim {
    }

    private static final String RUNNING = "running";
    private static final String DONE = "done";

    private final MongoCollection<Document> records;
    private final Durability durability;
    private final Clock clock;
    private final Duration lease;
    private final Duration retention;

    public IdempotencyRecords(MongoCollection<Document> records, Durability durability, Clock clock, Duration lease,
                              Duration retention) {
        this.records = Objects.requireNonNull(records, "records collection");
        this.durability = Objects.requireNonNull(durability, "durability");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (lease.isNegative() || lease.isZero() || retention.compareTo(lease) <= 0) {
            throw new IllegalArgumentException("need 0 < lease < retention, not lease " + lease + ", retention " + retention);
        }
    }

    /** The TTL index that lets MongoDB delete records after the retention. Idempotent. */
    public void createIndexes() {
        records.createIndex(Indexes.ascending("at"),
                new IndexOptions().expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    /** Claims {@code id} for a request with this fingerprint, or says why it must not execute. */
    public Claim claim(String id, String fingerprint) {
        while (true) {
            String owner = UUID.randomUUID().toString();
            Instant now = clock.instant();
            try {
                records.insertOne(new Document("_id", id).append("f", fingerprint).append("s", RUNNING).append("o", owner)
                        .append("at", Date.from(now)));
                return new Claimed(owner);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = records.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue; // removed meanwhile: claim again
            }
            Instant claimedAt = existing.getDate("at").toInstant();
            if (claimedAt.plus(retention).isBefore(now)) {
                if (replace(existing, new Document("f", fingerprint).append("s", RUNNING).append("o", owner)
                        .append("at", Date.from(now)))) {
                    return new Claimed(owner);
                }
                continue;
            }
            if (!fingerprint.equals(existing.getString("f"))) {
                return new Mismatch();
            }
            if (DONE.equals(existing.getString("s"))) {
                return new Answered(existing.getInteger("st"), existing.getString("ct"),
                        existing.get("b", Binary.class).getData());
            }
            if (claimedAt.plus(lease).isAfter(now)) {
                return new InProgress();
            }
            // its node stopped before answering: take it over (only one of several takers wins the owner swap)
            if (records.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("o", existing.getString("o"))),
                    Updates.combine(Updates.set("o", owner), Updates.set("at", Date.from(now)))).getModifiedCount() == 1) {
                return new Claimed(owner);
            }
        }
    }

    private boolean replace(Document existing, Document fields) {
        return records.replaceOne(Filters.and(Filters.eq("_id", existing.get("_id")), Filters.eq("o", existing.getString("o"))),
                fields.append("_id", existing.get("_id"))).getModifiedCount() == 1;
    }

    /**
     * Records the answer of a claimed request, durably, before it is sent. Does nothing if the claim was taken over
     * meanwhile (this node was too slow: the other execution's answer stands).
     */
    public void complete(String id, String owner, int status, String contentType, byte[] body) {
        records.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("o", owner)), Updates.combine(
                Updates.set("s", DONE), Updates.set("st", status), Updates.set("ct", contentType),
                Updates.set("b", new Binary(body))));
        durability.awaitDurable();
    }

    /** Gives the key back (the request failed without an answer worth repeating, e.g. a 503): a retry executes. */
    public void release(String id, String owner) {
        records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("o", owner)));
    }
}
