package org.plenary.query.feed;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The feed's threads: writers (non-blocking writes to clients, heartbeats) and catch-up (history reads,
 * position snapshots). Kept apart so a slow store read never delays writing to other clients.
 */
public final class FeedExecutors implements AutoCloseable {

    private final ScheduledExecutorService writer;
    private final ScheduledExecutorService catchUp;

    public FeedExecutors(int writerThreads, int catchUpThreads) {
        this.writer = pool(writerThreads, "plenary-feed-writer-");
        this.catchUp = pool(catchUpThreads, "plenary-feed-catch-up-");
    }

    private static ScheduledExecutorService pool(int threads, String prefix) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, factory);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    ScheduledExecutorService writer() {
        return writer;
    }

    ScheduledExecutorService catchUp() {
        return catchUp;
    }

    @Override
    public void close() {
        writer.shutdownNow();
        catchUp.shutdownNow();
    }
}
