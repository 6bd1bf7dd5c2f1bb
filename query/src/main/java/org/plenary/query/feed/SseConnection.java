package org.plenary.query.feed;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One client's open SSE response, written with servlet non-blocking I/O. Frames wait in a bounded queue;
 * whoever offers a frame never blocks: writing happens on a writer thread or on the container's
 * {@link #onWritePossible()}, and only while the socket accepts data ({@code isReady()}). A client that does
 * not read leaves frames in the queue until the queue is full; then the caller closes the connection.
 */
final class SseConnection implements WriteListener, AsyncListener {

    /** Why a connection ended. */
    enum Ending { CLIENT_GONE, OVERFLOW, SHUTDOWN }

    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final BlockingQueue<byte[]> queue;
    private final Executor writer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Consumer<Ending> onClose = ending -> { };
    private volatile boolean started;
    private boolean unflushed;

    SseConnection(AsyncContext async, int capacity, Executor writer) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
    }

    /**
     * Registers the listeners and switches the response to non-blocking writes; the container then calls
     * {@link #onWritePossible()}, which writes what was queued before.
     */
    void start(Consumer<Ending> onClose) {
        this.onClose = onClose;
        async.addListener(this);
        out.setWriteListener(this);
    }

    /** Queues a frame; false when the queue is full (the client is too far behind) or the connection is closed. */
    boolean offer(byte[] frame) {
        if (closed.get() || !queue.offer(frame)) {
            return false;
        }
        signal();
        return true;
    }

    /** Free places in the queue. */
    int room() {
        return queue.remainingCapacity();
    }

    /** Queues a comment line when nothing else waits: proxies see traffic, a vanished client is noticed. */
    void heartbeat() {
        if (queue.isEmpty()) {
            offer(HEARTBEAT);
        } else {
            signal(); // frames are waiting: make sure a writer looks at them
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Ends the connection. Waits for a writer that is inside the output stream, and completes under the same
     * lock: once this returns, nothing of ours touches the response again (see {@link #onError(AsyncEvent)}).
     */
    void close(Ending ending) {
        writing.lock();
        try {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            queue.clear();
            complete();
        } finally {
            writing.unlock();
        }
        onClose.accept(ending);
    }

    private void complete() {
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // the container completed it (client gone): nothing left to end
        }
    }

    private void signal() {
        // Until the container's first onWritePossible() the request thread may still be in the servlet: writing
        // from another thread then could lose the container's write notification. The container drains first.
        if (started && scheduled.compareAndSet(false, true)) {
            writer.execute(() -> {
                scheduled.set(false);
                drain();
            });
        }
    }

    /**
     * Writes queued frames while the socket takes them; the lock only covers non-blocking calls, and
     * {@link #close} takes it so that no write is under way once the connection is closed.
     */
    private void drain() {
        boolean failed = false;
        writing.lock();
        try {
            while (!closed.get() && out.isReady()) {
                byte[] frame = queue.poll();
                if (frame == null) {
                    if (!unflushed) {
                        return;
                    }
                    unflushed = false;
                    out.flush();
                    continue;
                }
                out.write(frame);
                unflushed = true;
            }
        } catch (IOException | IllegalStateException e) {
            failed = true;
        } finally {
            writing.unlock();
        }
        if (failed) {
            close(Ending.CLIENT_GONE);
        }
    }

    @Override
    public void onWritePossible() {
        started = true;
        drain();
    }

    @Override
    public void onError(Throwable t) {
        close(Ending.CLIENT_GONE);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // The container calls this holding its async state lock, which a writer inside the output stream may
        // need (a failed write reports there): no waiting for our lock here. Every ending has passed close() by
        // now, ours or the container's through onError; this only covers the unforeseen.
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            onClose.accept(Ending.CLIENT_GONE);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close(Ending.CLIENT_GONE);
    }

    @Override
    public void onError(AsyncEvent event) {
        // The container recycles the request and response for another client right after its listeners ran,
        // and may notice a vanished client while a writer thread is in the middle of a write. close() waits for
        // that writer: a write that outlived the recycling would leave its broken pipe (and error state) on the
        // next client's response, whose first flush then fails although that client is fine.
        close(Ending.CLIENT_GONE);
        // completing inside the listener, even if a writer thread already tried, keeps the container from
        // dispatching the failed stream to the JSON error page
        complete();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
