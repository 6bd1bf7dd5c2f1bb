package org.plenary.local.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.plenary.shared.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads a Server-Sent Events stream line by line, as EventSource would, on a background thread. */
public final class SseClient implements AutoCloseable {

    /** One dispatched SSE event. */
    public record Message(String id, String event, String data) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(data);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + data, e);
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final InputStream body;
    private final int status;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient open(String url) {
        return open(url, null);
    }

    public static SseClient open(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new AssertionError("cannot open " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public int status() {
        return status;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        messages.add(new Message(id, event == null ? "message" : event, data.toString()));
                    }
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
        } catch (IOException closed) {
            // closed by the test or by the server
        } finally {
            ended = true;
        }
    }

    /** The next event, or an assertion error after {@code timeout}. */
    public Message next(Duration timeout) {
        Message message = poll(timeout);
        if (message == null) {
            throw new AssertionError("no event within " + timeout + (ended ? " (stream ended)" : ""));
        }
        return message;
    }

    /** The next {@code count} events. */
    public List<Message> next(int count, Duration timeout) {
        List<Message> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(next(timeout));
        }
        return result;
    }

    /** The next event, or null after {@code timeout}. */
    public Message poll(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int comments() {
        return comments.get();
    }

    public boolean ended() {
        return ended;
    }

    /** Drops the connection, as a client losing its network would. */
    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
