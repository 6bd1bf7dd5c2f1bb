package org.plenary.query.projection;

import java.util.Map;

/**
 * Wakes requests that wait for a draft to reach a version ({@code ?minVersion=}) as soon as this node's
 * projector has written it. Requests also re-read the store, so they work when another node projects.
 */
public class VersionNotifier {

    private final Object monitor = new Object();

    public void applied(Map<String, Long> versions) {
        if (!versions.isEmpty()) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /** Waits until something is applied or {@code millis} pass. */
    public void awaitChange(long millis) throws InterruptedException {
        if (millis <= 0) {
            return;
        }
        synchronized (monitor) {
            monitor.wait(millis);
        }
    }
}
