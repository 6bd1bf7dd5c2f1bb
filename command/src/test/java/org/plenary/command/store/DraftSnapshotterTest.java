package org.plenary.command.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.command.config.AxonConfig;
import org.plenary.command.draft.DraftResolution;
import org.plenary.command.draft.DraftResolutionTest;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.SubmitDraftCommand;
import org.plenary.shared.draft.WithdrawCoSponsorCommand;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.json.Json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots taken from the draft the node holds ({@link DraftSnapshotter}) over the node's own Axon wiring
 * ({@link AxonConfig#configure}) and the MongoDB-protocol server: each is exactly the draft its events up to its
 * sequence number build, also while commands change the draft on other threads; a cached draft is written without
 * its events being read; one that left the cache is loaded for it.
 */
class DraftSnapshotterTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final ObjectMapper MAPPER = Json.configure(new ObjectMapper());
    private static final Instant T = Instant.parse("2017-05-23T10:00:00Z");

    private MongoDatabase database;
    private MongoEventStorageEngine engine;
    private StrongLruCache cache;
    private final ConcurrentLinkedQueue<SnapshotStore.Taken> taken = new ConcurrentLinkedQueue<>();
    private SnapshotStore snapshots;
    private ExecutorService snapshotThread;
    private Configuration axon;

    @BeforeEach
    void setUp() {
        database = mongo.emptyDatabase("snapshotter");
        PublicationMarks marks = new PublicationMarks(database.getCollection("publication_marks"), Duration.ofDays(1));
        snapshots = new SnapshotStore(database.getCollection("snapshots"), DraftResolution.class) {
            @Override
            public void store(Taken snapshot) {
                taken.add(snapshot);
                super.store(snapshot);
            }
        };
        engine = new MongoEventStorageEngine(database.getCollection("events"), marks.register(), stored -> {
        }, snapshots, Durability.NONE, MongoEventStorageEngine.DEFAULT_MAX_EVENT_BYTES);
        cache = new StrongLruCache(100);
        snapshotThread = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void tearDown() {
        if (axon != null) {
            axon.shutdown();
        }
        snapshotThread.shutdownNow();
    }

    private CommandGateway start(int threshold) {
        axon = AxonConfig.configure(engine, cache, snapshots, snapshotThread, threshold);
        axon.start();
        return axon.commandGateway();
    }

    private void awaitSnapshots() throws InterruptedException {
        snapshotThread.shutdown();
        assertThat(snapshotThread.awaitTermination(30, TimeUnit.SECONDS)).as("snapshots finished").isTrue();
    }

    private static void submit(CommandGateway gateway, String draftId) {
        gateway.sendAndWait(new SubmitDraftCommand(draftId, DraftResolutionTest.document(), Actors.SECRETARIAT, T));
    }

    /** The draft as its stored events from 0 to {@code seq} build it, written as a snapshot is. */
    private String rebuilt(String draftId, long seq) throws Exception {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        engine.readEvents(draftId, 0).asStream().filter(event -> event.getSequenceNumber() <= seq).forEach(events::add);
        assertThat(events).hasSize((int) seq + 1);
        DraftResolution root = new GenericAggregateFactory<>(DraftResolution.class).createAggregateRoot(draftId, events.get(0));
        EventSourcedAggregate<DraftResolution> draft = EventSourcedAggregate.initialize(root,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(DraftResolution.class), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        draft.initializeState(DomainEventStream.of(events.stream()));
        return MAPPER.writeValueAsString(draft.getAggregateRoot());
    }

    @Test
    void everySnapshotIsTheDraftItsEventsBuildWhileCommandsChangeItOnOtherThreads() throws Exception {
        CommandGateway gateway = start(2);
        List<String> drafts = List.of("d1", "d2", "d3");
        drafts.forEach(id -> submit(gateway, id));
        List<Thread> writers = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> failed = new ConcurrentLinkedQueue<>();
        String[] delegations = {"FRA", "DEU", "KEN", "PER"};
        for (int w = 0; w < delegations.length; w++) {
            String who = delegations[w];
            writers.add(new Thread(() -> {
                try {
                    for (int round = 0; round < 15; round++) {
                        for (String id : drafts) {
                            gateway.sendAndWait(new AddCoSponsorCommand(id, who, T));
                            AmendmentProposal proposal = gateway.sendAndWait(new ProposeAmendmentCommand(id, 1,
                                    "clarity", List.of(new ReplaceText("op1", 1, 9, "Requests")), who, T));
                            gateway.sendAndWait(new WithdrawCoSponsorCommand(id, who, T));
                            if (round % 2 == 0) {
                                gateway.sendAndWait(new RejectAmendmentCommand(id, proposal.amendmentId(), "declined", "BRA", T));
                            }
                        }
                    }
                } catch (Throwable e) {
                    failed.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(failed).isEmpty();
        awaitSnapshots();

        assertThat(taken).as("snapshots taken").hasSizeGreaterThan(10);
        for (SnapshotStore.Taken snapshot : taken) {
            assertThat(snapshot.json()).as("snapshot of %s at %d", snapshot.aggregateId(), snapshot.seq())
                    .isEqualTo(rebuilt(snapshot.aggregateId(), snapshot.seq()));
            assertThat(snapshot.type()).isEqualTo("DraftResolution");
        }
        for (String id : drafts) {
            assertThat(snapshots.read(id)).as("the stored snapshot of " + id).isPresent();
        }
    }

    @Test
    void aCachedDraftIsWrittenWithoutItsEventsBeingRead() throws Exception {
        CommandGateway gateway = start(1_000);
        submit(gateway, "d1");
        gateway.sendAndWait(new AddCoSponsorCommand("d1", "FRA", T));
        AmendmentProposal proposal = gateway.sendAndWait(new ProposeAmendmentCommand("d1", 2, "clarity",
                List.of(new ReplaceText("op1", 1, 9, "Requests")), "DEU", T));
        gateway.sendAndWait(new AcceptAmendmentCommand("d1", proposal.amendmentId(), "BRA", T));
        String expected = rebuilt("d1", 3);
        database.getCollection("events").drop(); // a rebuild from the store would find nothing now

        axon.snapshotter().scheduleSnapshot(DraftResolution.class, "d1");
        awaitSnapshots();

        assertThat(taken).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.seq()).isEqualTo(3);
            assertThat(snapshot.json()).isEqualTo(expected);
        });
    }

    @Test
    void aDraftThatLeftTheCacheIsLoadedFromTheStoreForItsSnapshot() throws Exception {
        CommandGateway gateway = start(1_000);
        submit(gateway, "d1");
        gateway.sendAndWait(new AddCoSponsorCommand("d1", "FRA", T));
        cache.removeAll();

        axon.snapshotter().scheduleSnapshot(DraftResolution.class, "d1");
        awaitSnapshots();

        assertThat(taken).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.seq()).isEqualTo(1);
            assertThat(snapshot.json()).isEqualTo(rebuilt("d1", 1));
        });
    }

    @Test
    void aSnapshotThatCannotBeQueuedOrFailsIsDroppedAndTheNextOneIsTaken() throws Exception {
        CommandGateway gateway = start(1_000);
        submit(gateway, "d1");
        DraftSnapshotter refused = new DraftSnapshotter(() -> axon.repository(DraftResolution.class), snapshots,
                task -> {
                    throw new RejectedExecutionException("full");
                });
        refused.scheduleSnapshot(DraftResolution.class, "d1");
        refused.scheduleSnapshot(DraftResolution.class, "d1"); // not left "in progress": tried again, refused again
        assertThat(taken).isEmpty();

        DraftSnapshotter direct = new DraftSnapshotter(() -> axon.repository(DraftResolution.class), snapshots, Runnable::run);
        direct.scheduleSnapshot(DraftResolution.class, "unknown"); // fails (no such draft): logged, not thrown
        direct.scheduleSnapshot(DraftResolution.class, "d1");
        assertThat(taken).singleElement().satisfies(snapshot -> assertThat(snapshot.seq()).isEqualTo(0));
        assertThat(snapshots.read("unknown")).isEmpty();
    }
}
