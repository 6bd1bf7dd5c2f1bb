package org.plenary.command.store;

import java.util.BitSet;

/**
 * The numbers this node hands to the events it appends ({@code c} on the event document), and the lowest number
 * not yet <em>done</em>: the node's publication watermark. A number is done when Kafka acknowledged its event, or
 * when its insert certainly failed (nothing was stored, so nothing is to publish). Every number below the
 * watermark is done, whatever order the acknowledgements came in (events of different drafts go to different
 * partitions, whose acknowledgements overtake each other).
 *
 * <p>One lock for both: a number is handed out and counted outstanding in one step, so the watermark can never pass
 * a number whose insert is still in flight. Done numbers above the watermark are one bit each.
 */
public final class AppendCounter {

    private static final int COMPACT_AFTER = 1 << 16;

    private long next;
    private long watermark;
    /** Bit {@code offset + (n - watermark)} is set when number {@code n} (above the watermark) is done. */
    private BitSet done = new BitSet();
    private int offset;

    /** Hands out {@code count} consecutive numbers; returns the first. */
    public synchronized long assign(int count) {
        long first = next;
        next += count;
        return first;
    }

    /** Records that number {@code n} is done; numbers never handed out, or done already, are ignored. */
    public synchronized void done(long n) {
        if (n < watermark || n >= next) {
            return;
        }
        long bit = offset + (n - watermark);
        if (bit > Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("2^31 numbers outstanding above the watermark " + watermark);
        }
        done.set((int) bit);
        if (n == watermark) {
            int clear = done.nextClearBit(offset);
            watermark += clear - offset;
            offset = clear;
            if (offset >= COMPACT_AFTER) {
                done = done.get(offset, Math.max(offset, done.length()));
                offset = 0;
            }
        }
    }

    /** Records that {@code count} numbers from {@code first} are done. */
    public synchronized void done(long first, int count) {
        for (long n = first; n < first + count; n++) {
            done(n);
        }
    }

    /** The lowest number not done: every number below it is. */
    public synchronized long watermark() {
        return watermark;
    }

    /** The next number to hand out: when it equals the watermark, nothing is outstanding. */
    public synchronized long next() {
        return next;
    }
}
