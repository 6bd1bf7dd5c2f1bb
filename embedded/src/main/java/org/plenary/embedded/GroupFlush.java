package org.plenary.embedded;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Group commit: {@link #await()} returns once a commit that started after the call has completed. A caller waits
 * for the commit in progress, if any; then one commit covers it and everyone who arrived meanwhile. A failed commit
 * is tried again by each caller it should have covered, so every caller sees its own outcome.
 */
final class GroupFlush {

    private final LongConsumer commit;
    private long asked;
    private long done;
    private long commits;
    private boolean committing;

    /** @param commit writes everything written so far; gets the number of the last request it covers */
    GroupFlush(LongConsumer commit) {
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    void await() {
        long ticket;
        synchronized (this) {
            ticket = ++asked;
        }
        while (true) {
            long upTo;
            synchronized (this) {
                while (committing && done < ticket) {
                    waitForCommit();
                }
                if (done >= ticket) {
                    return;
                }
                committing = true;
                upTo = asked;
            }
            boolean written = false;
            try {
                commit.accept(upTo);
                written = true;
            } finally {
                synchronized (this) {
                    committing = false;
                    if (written) {
                        done = Math.max(done, upTo);
                        commits++;
                    }
                    notifyAll();
                }
            }
        }
    }

    /** "N flushes in M commits", or empty when nobody asked. */
    synchronized String describe() {
        return asked == 0 ? "" : asked + " flushes in " + commits + " commits";
    }

    private void waitForCommit() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a flush", e);
        }
    }
}
