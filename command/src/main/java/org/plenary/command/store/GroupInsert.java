package org.plenary.command.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Group commit of single-event appends: threads that append at the same moment share one unordered
 * {@code insertMany} instead of one {@code insertOne} each. The first thread to arrive writes what is queued
 * (its own document included) while the others wait; when it is done, the next waiting thread (if any) writes
 * what queued up meanwhile. No thread waits for a timer: alone, a thread writes its document at once.
 *
 * <p>Each document is its own outcome: the unordered insert reports a write error (e.g. a duplicate
 * {@code _id}: another node won the race for that sequence number) by index, and only the thread whose
 * document failed sees it, exactly as its own {@code insertOne} would have. Appends of several events must not
 * come here: an unordered insert could store a later event of a batch whose earlier one lost.
 */
final class GroupInsert {

    /** Thrown to the appending thread whose document got a write error in the shared insert. */
    static final class DocumentRejected extends RuntimeException {
        final BulkWriteError error;

        DocumentRejected(BulkWriteError error, MongoBulkWriteException cause) {
            super(error.getMessage(), cause);
            this.error = error;
        }
    }

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private enum State { WAITING, LEAD, DONE }

    private static final class Pending {
        final Document document;
        State state = State.WAITING;
        RuntimeException failure;

        Pending(Document document) {
            this.document = document;
        }

        synchronized State await() {
            boolean interrupted = false;
            while (state == State.WAITING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the document may be in flight: its outcome must still be known
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return state;
        }

        synchronized void set(State next) {
            state = next;
            notifyAll();
        }
    }

    private final MongoCollection<Document> collection;
    private final Object lock = new Object();
    private List<Pending> queue = new ArrayList<>();
    private boolean writing;

    GroupInsert(MongoCollection<Document> collection) {
        this.collection = Objects.requireNonNull(collection, "collection");
    }

    /** Inserts the document, possibly together with others; throws what its own insert would have thrown. */
    void insert(Document document) {
        Pending me = new Pending(document);
        synchronized (lock) {
            queue.add(me);
            if (!writing) {
                writing = true;
                me.state = State.LEAD;
            }
        }
        while (me.await() == State.LEAD) {
            lead();
        }
        if (me.failure != null) {
            throw me.failure;
        }
    }

    /** Writes everything queued, completes each waiting thread, then hands the lead to a newcomer, if any. */
    private void lead() {
        List<Pending> batch;
        synchronized (lock) {
            batch = queue;
            queue = new ArrayList<>();
        }
        try {
            write(batch);
        } finally {
            for (Pending pending : batch) {
                pending.set(State.DONE);
            }
            synchronized (lock) {
                if (queue.isEmpty()) {
                    writing = false;
                } else {
                    queue.get(0).set(State.LEAD);
                }
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            if (batch.size() == 1) {
                collection.insertOne(batch.get(0).document);
                return;
            }
            List<Document> documents = new ArrayList<>(batch.size());
            for (Pending pending : batch) {
                documents.add(pending.document);
            }
            collection.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                batch.get(error.getIndex()).failure = new DocumentRejected(error, e);
            }
            if (e.getWriteConcernError() != null) {
                for (Pending pending : batch) {
                    if (pending.failure == null) {
                        pending.failure = e;
                    }
                }
            }
        } catch (RuntimeException e) {
            for (Pending pending : batch) {
                pending.failure = e;
            }
        }
    }
}
