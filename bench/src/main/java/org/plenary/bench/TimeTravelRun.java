package org.plenary.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;

/** Measurement 4: the text of one long negotiation as of random versions. */
final class TimeTravelRun {

    static final class Result {
        long events;
        int reads;
        final Latencies latency = new Latencies();
        double projectMs;
    }

    private TimeTravelRun() {
    }

    /**
     * Produces one draft of {@code events} events straight to the topic, waits until the query side has it,
     * then reads {@code GET /api/drafts/{id}/text?version=<random>} {@code reads} times after as many warm-up reads,
     * each timed on the harness's lean client ({@link MiniHttp}). The warm-up is that long because a node keeps the
     * last 1,000 texts it computed ({@code plenary.queries.past-text-cache}) and a read starts from the nearest one:
     * after 200 reads (the warm-up before the tenth session) the measured reads still filled that cache, a node's
     * first second of reads rather than its steady state (docs/BENCHMARKS.md, "The tenth session").
     */
    static Result run(CommandClient client, String bootstrap, String topic, int events, int reads) throws Exception {
        Result result = new Result();
        String prefix = "tt" + Long.toString(System.nanoTime(), 36) + "-";
        String draftId = prefix + "0";
        long started = System.nanoTime();
        result.events = DirectEvents.produce(bootstrap, topic, prefix, 1, events, 42);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (projected(client, draftId) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the time-travel draft was not projected within 10 minutes");
            }
            Thread.sleep(50);
        }
        result.projectMs = (System.nanoTime() - started) / 1e6;
        Random random = new Random(3);
        try (MiniHttp connection = new MiniHttp(client.queryUrl)) {
            for (int i = 0; i < reads; i++) { // warm-up
                read(connection, draftId, 1 + random.nextInt(events));
            }
            for (int i = 0; i < reads; i++) {
                long version = 1 + random.nextInt(events);
                long t = System.nanoTime();
                read(connection, draftId, version);
                result.latency.record(System.nanoTime() - t);
            }
        }
        result.reads = reads;
        return result;
    }

    /** The version the query side lists for the draft (0 when not yet). */
    static long projected(CommandClient client, String draftId) throws Exception {
        HttpResponse<String> response = client.get("/api/drafts");
        if (response.statusCode() != 200) {
            return 0;
        }
        for (com.fasterxml.jackson.databind.JsonNode summary : CommandClient.JSON.readTree(response.body())) {
            if (summary.path("draftId").asText().equals(draftId)) {
                return summary.path("version").asLong();
            }
        }
        return 0;
    }

    private static void read(MiniHttp connection, String draftId, long version) throws Exception {
        connection.get("/api/drafts/" + draftId + "/text?version=" + version).expect(200, "time travel to " + version);
    }
}
