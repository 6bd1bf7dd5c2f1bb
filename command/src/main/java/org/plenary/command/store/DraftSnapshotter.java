package org.plenary.command.store;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Snapshots a draft as the node holds it. Axon's {@code AggregateSnapshotter} rebuilt the draft for each snapshot:
 * it read the last snapshot and the events since (up to the threshold's 250), decoded them and applied them again,
 * although the node's aggregate cache held that very state; with the server's work for those reads it was the largest
 * share of the snapshots' cost (docs/BENCHMARKS.md, "The eleventh session"). This one loads the draft through the
 * repository in a unit of work of its own, so it holds the draft's lock (no command changes it meanwhile) and gets the
 * cached draft (or, when the draft left the cache, the same load from snapshot and events as before); it writes the
 * draft at its version while it holds the lock and stores it after releasing it.
 *
 * <p>A cached draft that another node has moved on since is still a correct snapshot of the version it has: its events
 * are a prefix of the store's, and the store keeps the later of two snapshots ({@link SnapshotStore#store(SnapshotStore.Taken)}).
 * One snapshot per draft is waiting or running at a time; one that cannot be queued is dropped (a snapshot only
 * shortens a load; the next threshold takes it), as is one that fails (logged).
 */
public final class DraftSnapshotter implements Snapshotter {

    private static final Logger log = LoggerFactory.getLogger(DraftSnapshotter.class);

    private final Supplier<? extends Repository<?>> repository;
    private final SnapshotStore snapshots;
    private final Executor executor;
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();

    /**
     * @param repository the drafts' repository (looked up when a snapshot runs: the repository's snapshot trigger is
     *                   made with this snapshotter)
     */
    public DraftSnapshotter(Supplier<? extends Repository<?>> repository, SnapshotStore snapshots, Executor executor) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void scheduleSnapshot(Class<?> aggregateType, String draftId) {
        if (!inProgress.add(draftId)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    snapshot(draftId);
                } catch (RuntimeException e) {
                    log.warn("No snapshot of {}: {}", draftId, e.toString());
                } finally {
                    inProgress.remove(draftId);
                }
            });
        } catch (RejectedExecutionException e) {
            inProgress.remove(draftId);
            log.info("No snapshot of {} now: the snapshot queue is full", draftId);
        }
    }

    /** Takes and stores the snapshot of the draft now (on the caller's thread). */
    void snapshot(String draftId) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("snapshot " + draftId));
        ResultMessage<SnapshotStore.Taken> taken = unitOfWork.executeWithResult(() -> {
            Aggregate<?> draft = repository.get().load(draftId);
            return draft.invoke(root -> snapshots.take(
                    new GenericDomainEventMessage<>(draft.type(), draftId, draft.version(), root)));
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (taken.isExceptional()) {
            Throwable cause = taken.exceptionResult();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        snapshots.store(taken.getPayload());
    }
}
