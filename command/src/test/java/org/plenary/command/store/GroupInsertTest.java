package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.CoSponsorJoinedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Group commit: concurrent single-event appends share inserts, yet each keeps its own outcome. */
class GroupInsertTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void concurrentAppendsAreAllStoredAndOnlyTheLosersOfARaceFail() throws Exception {
        MongoCollection<Document> events = mongo.client().getDatabase("test").getCollection("group_events");
        events.drop();
        List<StoredEvent> published = java.util.Collections.synchronizedList(new ArrayList<>());
        Incarnation incarnation = new PublicationMarks(mongo.client().getDatabase("test").getCollection("group_marks"), Duration.ofDays(1)).register();
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, incarnation, stored -> {
            published.addAll(stored);
            stored.forEach(e -> incarnation.counter().done(e.number())); // acknowledged at once
        });
        int threads = 16;
        int perThread = 200;
        AtomicInteger conflicts = new AtomicInteger();
        ConcurrentHashMap<String, Integer> winners = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    // pairs of threads race for the same sequence numbers of a shared draft; the others write alone
                    String draft = thread < 4 ? "shared" + (thread / 2) : "own" + thread;
                    try {
                        engine.appendEvents(List.of(new GenericDomainEventMessage<>("DraftResolution", draft, i,
                                new CoSponsorJoinedEvent(draft, "FRA", "FRA", Instant.EPOCH))));
                        winners.merge(draft + "/" + i, 1, Integer::sum);
                    } catch (ConcurrencyException e) {
                        conflicts.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        // every (draft, seq) has exactly one winner, stored once; every loser got ConcurrencyException
        assertThat(winners.values()).allMatch(n -> n == 1);
        assertThat(winners).hasSize((threads - 2) * perThread);
        assertThat(conflicts.get()).isEqualTo(2 * perThread);
        assertThat(events.countDocuments()).isEqualTo((long) (threads - 2) * perThread);
        assertThat(published).hasSize((threads - 2) * perThread);
        assertThat(events.find(Filters.eq("_id", "own7/199")).first()).isNotNull();
        assertThat(incarnation.counter().watermark()).as("the losers' numbers do not hold the watermark back")
                .isEqualTo(incarnation.counter().next()).isEqualTo((long) threads * perThread);
    }
}
