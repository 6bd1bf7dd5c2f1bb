package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Measurements 1 and 2: closed-loop throughput with N clients, then latency to observers at a fixed rate. */
final class Workload {

    private final CommandClient client;
    final List<DraftModel> drafts = new ArrayList<>();

    Workload(CommandClient client) {
        this.client = client;
    }

    /** Registers {@code count} drafts over {@code threads} connections. */
    void createDrafts(int count, int threads) throws Exception {
        String[] ids = new String[count];
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = thread; i < count; i += threads) {
                        ids[i] = client.createDraft(i);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        for (String id : ids) {
            drafts.add(new DraftModel(id, 1));
        }
    }

    /** What a closed-loop run did. */
    static final class ThroughputResult {
        long accepted;
        long refused;
        double seconds;
        double acceptedPerS;
        double drainMs;
        /** CPU of the client threads (ended, so the thread groups of {@link CpuProfile} no longer see them). */
        long clientCpuNanos;
        final Latencies commandLatency = new Latencies();
    }

    /** {@code threads} clients, each owning every n-th draft, send commands back to back for {@code seconds}. */
    ThroughputResult closedLoop(int threads, double seconds, long seed) throws InterruptedException {
        ThroughputResult result = new ThroughputResult();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                MiniHttp connection = new MiniHttp(client.commandUrl);
                Random random = new Random(seed * 1000 + thread);
                List<DraftModel> own = new ArrayList<>();
                for (int i = thread; i < drafts.size(); i += threads) {
                    own.add(drafts.get(i));
                }
                for (int i = 0; System.nanoTime() < deadline && !own.isEmpty(); i++) {
                    DraftModel draft = own.get(i % own.size());
                    DraftModel.Step step = draft.next(random);
                    long sent = System.nanoTime();
                    try {
                        CommandClient.Accepted done = client.send(connection, draft, step);
                        if (done == null) {
                            refused.incrementAndGet();
                            own.remove(draft); // its model may be out of step now: leave it alone
                        } else {
                            draft.applied(step, done.version(), done.amendmentId());
                            accepted.incrementAndGet();
                            result.commandLatency.record(System.nanoTime() - sent);
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                        own.remove(draft);
                    }
                }
                connection.close();
                clientCpu.addAndGet(CpuProfile.currentThreadCpu());
            }, "bench-client-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        result.seconds = (System.nanoTime() - started) / 1e9;
        result.accepted = accepted.get();
        result.refused = refused.get();
        result.clientCpuNanos = clientCpu.get();
        result.acceptedPerS = result.accepted / result.seconds;
        return result;
    }

    /** Waits until the query side lists every draft at its last accepted version; milliseconds waited. */
    double awaitProjected(Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<String, Long> expected = new HashMap<>();
        for (DraftModel draft : drafts) {
            expected.put(draft.draftId, draft.version);
        }
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.get("/api/drafts");
            int behind = 0;
            if (response.statusCode() == 200) {
                Map<String, Long> listed = new HashMap<>();
                for (JsonNode summary : CommandClient.JSON.readTree(response.body())) {
                    listed.put(summary.get("draftId").asText(), summary.get("version").asLong());
                }
                for (Map.Entry<String, Long> e : expected.entrySet()) {
                    if (listed.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                        behind++;
                    }
                }
                if (behind == 0) {
                    return (System.nanoTime() - started) / 1e6;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the query side did not apply every command within " + timeout);
    }

    /** What an open-loop run at a fixed rate saw. */
    static final class LatencyResult {
        final Latencies toObserver = new Latencies();
        final Latencies commandLatency = new Latencies();
        long offered;
        long accepted;
        long skipped;
        long missing;
        double achievedPerS;
        String method;
    }

    /**
     * Offers {@code rate} commands per second for {@code seconds} (each draft has at most one command in
     * flight) while an observer watches {@code /api/feed}; for each command the time from its HTTP 2xx to the
     * observer's frame. Without a live feed, the observer waits with {@code ?minVersion=} instead.
     */
    LatencyResult openLoop(double rate, double seconds, long seed) throws Exception {
        LatencyResult result = new LatencyResult();
        ConcurrentHashMap<String, long[]> pending = new ConcurrentHashMap<>();
        Observer observer = new Observer(pending, result.toObserver);
        boolean feed = observer.open();
        result.method = feed ? "SSE /api/feed" : "GET ?minVersion= (no live feed)";
        ConcurrentLinkedQueue<DraftModel> idle = new ConcurrentLinkedQueue<>(drafts);
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(16, r -> {
            Thread thread = new Thread(r, "bench-client-sender");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<MiniHttp> connections = ThreadLocal.withInitial(() -> new MiniHttp(client.commandUrl));
        Random random = new Random(seed);
        AtomicLong accepted = new AtomicLong();
        AtomicLong inFlight = new AtomicLong();
        long started = System.nanoTime();
        long count = (long) (rate * seconds);
        long interval = (long) (1e9 / rate);
        for (long i = 0; i < count; i++) {
            long due = started + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(Math.min(wait, 200_000));
            }
            DraftModel draft = idle.poll();
            if (draft == null) {
                result.skipped++;
                continue;
            }
            result.offered++;
            DraftModel.Step step;
            synchronized (draft) {
                step = draft.next(random);
            }
            long sent = System.nanoTime();
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    CommandClient.Accepted done = client.send(connections.get(), draft, step);
                    long acked = System.nanoTime();
                    if (done != null) {
                        synchronized (draft) {
                            draft.applied(step, done.version(), done.amendmentId());
                        }
                        accepted.incrementAndGet();
                        result.commandLatency.record(acked - sent);
                        String key = draft.draftId + ":" + done.version();
                        if (feed) {
                            observer.acknowledged(key, acked);
                        } else {
                            observer.poll(draft.draftId, done.version(), acked);
                        }
                        idle.add(draft);
                    }
                } catch (Exception e) {
                    // refused or unreadable: the draft is left out from now on
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((inFlight.get() > 0 || observer.outstanding() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        result.accepted = accepted.get();
        result.achievedPerS = result.accepted / elapsed;
        result.missing = observer.outstanding();
        observer.close();
        senders.shutdownNow();
        return result;
    }

    /** Watches the all-drafts feed and matches frames ({@code draftId}, {@code version}) to acknowledgements. */
    private final class Observer {
        private final ConcurrentHashMap<String, long[]> times;
        private final Latencies latencies;
        private final AtomicLong outstanding = new AtomicLong();
        private volatile InputStream stream;
        private Thread reader;

        Observer(ConcurrentHashMap<String, long[]> times, Latencies latencies) {
            this.times = times;
            this.latencies = latencies;
        }

        long outstanding() {
            return outstanding.get();
        }

        /** Opens the feed and checks it delivers a frame for a probe command; false when there is none. */
        boolean open() throws Exception {
            java.util.concurrent.CompletableFuture<HttpResponse<InputStream>> opening = client.http().sendAsync(
                    HttpRequest.newBuilder(URI.create(client.queryUrl + "/api/feed"))
                            .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<InputStream> response = null;
            try {
                response = opening.get(2, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // a server may send the headers with the first event only: probe first, then wait again
            } catch (Exception e) {
                return false;
            }
            DraftModel probe = drafts.get(0);
            DraftModel.Step step = probe.next(new Random(1));
            CommandClient.Accepted done = client.send(probe, step);
            probe.applied(step, done.version(), done.amendmentId());
            String key = probe.draftId + ":" + done.version();
            if (response == null) {
                try {
                    response = opening.get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    opening.cancel(true);
                    return false;
                }
            }
            if (response.statusCode() != 200) {
                response.body().close();
                return false;
            }
            stream = response.body();
            reader = new Thread(this::read, "bench-observer");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                long[] t = times.get(key);
                if (t != null && t[1] != 0) {
                    times.clear();
                    return true;
                }
                Thread.sleep(5);
            }
            close();
            return false;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    long seen = System.nanoTime();
                    JsonNode data;
                    try {
                        data = CommandClient.JSON.readTree(line.substring(5));
                    } catch (Exception e) {
                        continue;
                    }
                    JsonNode draftId = data.get("draftId");
                    JsonNode version = data.get("version");
                    if (draftId != null && version != null) {
                        seen(draftId.asText() + ":" + version.asLong(), seen);
                    }
                }
            } catch (Exception e) {
                // closed
            }
        }

        private void seen(String key, long at) {
            long[] t = times.compute(key, (k, v) -> {
                long[] value = v == null ? new long[2] : v;
                value[1] = at;
                return value;
            });
            if (t[0] != 0 && times.remove(key, t)) {
                latencies.record(t[1] - t[0]);
                outstanding.decrementAndGet();
            }
        }

        void acknowledged(String key, long at) {
            outstanding.incrementAndGet();
            long[] t = times.compute(key, (k, v) -> {
                long[] value = v == null ? new long[2] : v;
                value[0] = at;
                return value;
            });
            if (t[1] != 0 && times.remove(key, t)) {
                latencies.record(Math.max(0, t[1] - t[0]));
                outstanding.decrementAndGet();
            }
        }

        /** Fallback: waits with {@code ?minVersion=} for the acknowledged version. */
        void poll(String draftId, long version, long acked) {
            outstanding.incrementAndGet();
            client.http().sendAsync(HttpRequest.newBuilder(URI.create(client.queryUrl + "/api/drafts/" + draftId
                            + "/sponsors?minVersion=" + version)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 200) {
                            latencies.record(System.nanoTime() - acked);
                        }
                        outstanding.decrementAndGet();
                    });
        }

        void close() {
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (Exception e) {
                // ignore
            }
        }
    }
}
