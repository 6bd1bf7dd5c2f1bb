package org.plenary.local.feed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.PlenaryStack;
import org.plenary.query.feed.FeedHub;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that never reads, with a tiny feed buffer, is disconnected; meanwhile a reading client gets every
 * event in order and the projection keeps up ({@code ?minVersion=} answers in time).
 */
class SlowClientIsolationTest {

    private static final int CLIENT_BUFFER = 8;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static PlenaryStack stack;

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().property("plenary.feed.client-buffer", Integer.toString(CLIENT_BUFFER))
                .build().start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aClientThatDoesNotReadIsDisconnectedWithoutHoldingUpOthers() throws Exception {
        Negotiation negotiation = new Negotiation(stack.commandUrl(), stack.queryUrl());
        FeedHub hub = stack.queryContext().getBean(FeedHub.class);
        String id = negotiation.submitSample();
        String feedUrl = stack.queryUrl() + "/api/drafts/" + id + "/feed?after=0";
        String reason = "x".repeat(64 * 1024); // large events fill the socket buffers of the stalled client quickly

        try (SseClient reader = SseClient.open(feedUrl); Socket stalled = stalledClient(feedUrl)) {
            assertThat(reader.next(WAIT).id()).isEqualTo(id + ":1");
            long version = 1;
            for (int i = 0; i < 150 && hub.overflowDisconnects() == 0; i++) {
                version = negotiation.propose(id, "FRA", version, reason,
                        "[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op1\"}]").get("version").asLong();
                assertThat(reader.next(WAIT).id()).isEqualTo(id + ":" + version);
            }
            assertThat(hub.overflowDisconnects()).as("the stalled client was disconnected").isEqualTo(1);
            assertThat(hub.clients()).isEqualTo(1);

            long last = negotiation.join(id, "DEU");
            assertThat(reader.next(WAIT).id()).isEqualTo(id + ":" + last);
            long before = System.nanoTime();
            assertThat(negotiation.draft(id, last).get("version").asLong()).isEqualTo(last);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** Opens the feed on a raw socket with a tiny receive buffer and never reads from it. */
    private static Socket stalledClient(String url) throws IOException {
        URI uri = URI.create(url);
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
