package org.plenary.command.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread that takes aggregate snapshots ({@link org.plenary.command.store.DraftSnapshotter}). Axon's snapshotter
 * ran in the thread of the command that crossed the threshold, after its events were stored but before it answered
 * (a draft with 500 pending amendments: tens of milliseconds of that command's round trip). A snapshot is only a
 * shortcut for loading a draft that left the cache (the events are the truth), so one that cannot be queued is
 * refused: the snapshotter logs it and forgets that it was scheduled, so the next threshold takes it (a silently
 * discarded task would leave the draft marked "in progress" for good).
 */
final class SnapshotExecutor {

    /**
     * Snapshots waiting at most; one per draft at a time (a draft in progress is not scheduled again). Drafts that
     * grow alike cross the threshold together: with 100, the harness's 200 drafts overflowed the queue while the JVM
     * was warming up. A waiting task is a few objects.
     */
    static final int QUEUED = 1_000;

    private SnapshotExecutor() {
    }

    static ExecutorService create() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), runnable -> {
            Thread thread = new Thread(runnable, "plenary-snapshots");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }
}
