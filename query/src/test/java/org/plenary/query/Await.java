package org.plenary.query;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting in tests for what another thread does: a bound against hanging, never a timing check. */
public final class Await {

    public static final Duration LIMIT = Duration.ofSeconds(30);

    private Await() {
    }

    /** Returns once {@code condition} holds; fails after {@link #LIMIT}. */
    public static void until(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
