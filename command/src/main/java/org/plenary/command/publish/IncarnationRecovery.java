package org.plenary.command.publish;

import org.plenary.command.store.Incarnation;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;
import org.plenary.command.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Publishes what other incarnations (any node's earlier run, or another node) may have left unpublished: their events
 * at or above their watermarks, and those marked {@code p: false}. The events are sent again under this node's
 * incarnation (numbered by its counter); once this node's watermark passes them they are marked {@code p: true}, and
 * each incarnation that was <em>abandoned</em> (closed, or silent for {@code lease}) is retired. One that looks alive is
 * recovered but not retired; the marker thread's {@link #sweep} retires it once it has been silent for a lease.
 */
final class IncarnationRecovery {

    private static final Logger log = LoggerFactory.getLogger(IncarnationRecovery.class);

    /** Events sent again for other incarnations: done once this node's watermark reaches {@code upTo}. */
    private record Recovery(long upTo, List<String> ids, List<PublicationMarks.Mark> retire) {
    }

    private final PublicationLog publicationLog;
    private final Incarnation incarnation;
    private final Duration lease;
    private final Consumer<List<StoredEvent>> send;
    private final ConcurrentLinkedQueue<Recovery> recoveries = new ConcurrentLinkedQueue<>();
    private final Set<String> recovering = ConcurrentHashMap.newKeySet();
    private long lastSweep = System.nanoTime();

    /**
     * @param send sends events under this node's incarnation (they count in its backlog); the lease is the marks'
     *             ({@link PublicationMarks#lease()}), the one the append path's half-lease rule uses
     */
    IncarnationRecovery(PublicationLog publicationLog, Incarnation incarnation, Consumer<List<StoredEvent>> send) {
        this.publicationLog = publicationLog;
        this.incarnation = incarnation;
        this.lease = publicationLog.marks().lease();
        this.send = send;
    }

    /** Every other incarnation, and the events marked {@code p: false}; returns how many events were sent. */
    int recoverAll() {
        return recover(others(publicationLog.marks().all()), true);
    }

    /** Now and then (every half lease): recovers the incarnations that stopped without being recovered. */
    void sweep() {
        if (System.nanoTime() - lastSweep < lease.toNanos() / 2) {
            return;
        }
        lastSweep = System.nanoTime();
        Instant now = Instant.now();
        List<PublicationMarks.Mark> abandoned = others(publicationLog.marks().all()).stream()
                .filter(m -> m.abandoned(now, lease)).toList();
        if (!abandoned.isEmpty()) {
            recover(abandoned, false);
        }
    }

    /** Completes the recoveries this node's watermark has passed: their events marked, their incarnations retired. */
    void complete(long watermark, Set<String> refusedIds) {
        for (Recovery recovery; (recovery = recoveries.peek()) != null && recovery.upTo() <= watermark; ) {
            publicationLog.markPublished(recovery.ids().stream().filter(id -> !refusedIds.contains(id)).toList());
            for (PublicationMarks.Mark mark : recovery.retire()) {
                publicationLog.marks().retire(mark);
                recovering.remove(mark.incarnation());
            }
            recoveries.poll();
        }
    }

    private List<PublicationMarks.Mark> others(List<PublicationMarks.Mark> marks) {
        return marks.stream().filter(m -> !m.incarnation().equals(incarnation.id()) && !recovering.contains(m.incarnation()))
                .toList();
    }

    private int recover(List<PublicationMarks.Mark> marks, boolean withUnmarked) {
        if (marks.isEmpty() && !withUnmarked) {
            return 0;
        }
        Instant now = Instant.now();
        List<PublicationMarks.Mark> abandoned = marks.stream().filter(m -> m.abandoned(now, lease)).toList();
        List<StoredEvent> pending = publicationLog.unpublished(marks, withUnmarked);
        if (!pending.isEmpty()) {
            log.info("Publishing {} stored events that Kafka had not acknowledged (incarnations {})", pending.size(),
                    marks.stream().map(PublicationMarks.Mark::incarnation).toList());
        }
        long first = incarnation.counter().assign(pending.size());
        List<StoredEvent> numbered = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            numbered.add(pending.get(i).numbered(first + i));
        }
        abandoned.forEach(m -> recovering.add(m.incarnation()));
        recoveries.add(new Recovery(first + pending.size(), numbered.stream().map(StoredEvent::id).toList(), abandoned));
        send.accept(numbered);
        return pending.size();
    }
}
