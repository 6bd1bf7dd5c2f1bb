package org.plenary.query.feed;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SseConnectionTest {

    private static final byte[] FRAME = "data: {}\n\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The container notices a vanished client (onError) while a writer thread is inside a write, then hands
     * the response to the next client. Nothing of ours may touch it after that: Tomcat would keep the late
     * write's broken pipe for the next client's response, whose first flush then fails.
     */
    @Test
    void theContainerRecyclesTheResponseOnlyOnceNoWriterIsInsideIt() throws Exception {
        HeldStream stream = new HeldStream();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        SseConnection connection = new SseConnection(async(stream), 10, writer);
        connection.start(ending -> { });
        connection.onWritePossible(); // the container's first call; from now on writer threads write
        connection.offer(FRAME);
        stream.inside.await();

        Thread container = new Thread(() -> {
            connection.onError(new AsyncEvent(null));
            stream.recycled = true; // listeners done: the container recycles the response
        });
        container.start();
        while (container.isAlive() && LockSupport.getBlocker(container) == null) {
            Thread.onSpinWait(); // until the container either waits for the writer or has gone ahead
        }
        stream.release.countDown();
        container.join();
        connection.offer(FRAME);
        connection.heartbeat();
        writer.shutdown();
        assertThat(writer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(connection.isClosed()).isTrue();
        assertThat(stream.usedAfterRecycling).isEmpty();
    }

    private static AsyncContext async(ServletOutputStream stream) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(stream);
        AsyncContext async = mock(AsyncContext.class);
        when(async.getResponse()).thenReturn(response);
        return async;
    }

    /** Holds the first write until released; notes every call made after the container recycled it. */
    private static final class HeldStream extends ServletOutputStream {
        final CountDownLatch inside = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> usedAfterRecycling = new CopyOnWriteArrayList<>();
        volatile boolean recycled;

        @Override
        public boolean isReady() {
            used("isReady");
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (inside.getCount() > 0) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            used("write");
        }

        @Override
        public void flush() {
            used("flush");
        }

        private void used(String call) {
            if (recycled) {
                usedAfterRecycling.add(call);
            }
        }
    }
}
