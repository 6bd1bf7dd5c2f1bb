package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Measurements "vote" and "negotiation" (issue 14). vote: a recorded vote of the 193 Member States on retaining a
 * paragraph, over HTTP to the command app (the aggregate counts it and stores one event of every member's vote); the
 * paragraph is retained each time; each draft takes {@link #VOTES_PER_DRAFT} votes, as a draft sees a few (every
 * vote stays in the draft's view, which the projection writes whole). negotiation: {@code GET
 * /api/drafts/{id}/negotiation?asOf=} at random instants of a draft of {@code events} events produced to the topic.
 */
final class LifecycleRun {

    static final class Result {
        int votes;
        final Latencies vote = new Latencies();
        int reads;
        long events;
        final Latencies negotiation = new Latencies();
    }

    private static final List<String> MEMBER_STATES = DelegationRegistry.standard().all().stream()
            .filter(d -> d.kind() == Delegation.Kind.MEMBER_STATE).map(Delegation::code).toList();

    private LifecycleRun() {
    }

    /** Votes per draft: a draft sees a few separate votes and the vote on the whole, not hundreds. */
    static final int VOTES_PER_DRAFT = 5;

    static void votes(Result result, String commandUrl, CommandClient client, int votes) throws Exception {
        ObjectNode document = CommandClient.JSON.valueToTree(DraftModel.document(1, true));
        String paragraphId = document.get("operative").get(0).get("id").asText();
        int warmup = Math.min(50, votes);
        List<String> drafts = new java.util.ArrayList<>();
        try (MiniHttp connection = new MiniHttp(commandUrl)) { // timed on the lean client (MiniHttp)
            for (int i = 0; i < (warmup + votes + VOTES_PER_DRAFT - 1) / VOTES_PER_DRAFT; i++) {
                MiniHttp.Response created = post(connection, "/api/drafts", document.toString()).expect(201, "submit");
                drafts.add(CommandClient.JSON.readTree(created.body()).get("draftId").asText());
            }
            Random random = new Random(14);
            for (int i = 0; i < warmup + votes; i++) {
                String draftId = drafts.get(i / VOTES_PER_DRAFT);
                String body = body(paragraphId, random);
                long t = System.nanoTime();
                MiniHttp.Response answer = post(connection, "/api/drafts/" + draftId + "/action", body);
                long took = System.nanoTime() - t;
                answer.expect(201, "vote");
                if (i >= warmup) {
                    result.vote.record(took);
                }
            }
        }
        result.votes = votes;
    }

    static void negotiation(Result result, CommandClient client, String bootstrap, String topic, int events, int reads)
            throws Exception {
        String prefix = "neg" + Long.toString(System.nanoTime(), 36) + "-";
        String draftId = prefix + "0";
        result.events = DirectEvents.produce(bootstrap, topic, prefix, 1, events, 7);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (TimeTravelRun.projected(client, draftId) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the negotiation draft was not projected within 10 minutes");
            }
            Thread.sleep(50);
        }
        JsonNode draft = CommandClient.JSON.readTree(client.get("/api/drafts/" + draftId).body());
        Instant from = Instant.parse(draft.get("submittedAt").asText());
        long span = Duration.between(from, Instant.parse(draft.get("updatedAt").asText())).toMillis();
        Random random = new Random(5);
        try (MiniHttp connection = new MiniHttp(client.queryUrl)) {
            for (int i = 0; i < Math.min(200, reads); i++) { // warm-up
                read(connection, draftId, from.plusMillis((long) (random.nextDouble() * span)));
            }
            for (int i = 0; i < reads; i++) {
                Instant at = from.plusMillis((long) (random.nextDouble() * span));
                long t = System.nanoTime();
                read(connection, draftId, at);
                result.negotiation.record(System.nanoTime() - t);
            }
        }
        result.reads = reads;
    }

    /** Every Member State votes: mostly yes, so the paragraph is retained. */
    private static String body(String paragraphId, Random random) {
        ObjectNode body = CommandClient.JSON.createObjectNode();
        body.put("method", "recordedVote").put("on", "paragraph").put("paragraphId", paragraphId);
        ObjectNode votes = body.putObject("votes");
        for (String member : MEMBER_STATES) {
            int r = random.nextInt(10);
            votes.put(member, r < 7 ? "yes" : r < 8 ? "no" : "abstain");
        }
        return body.toString();
    }

    private static MiniHttp.Response post(MiniHttp connection, String path, String json) throws Exception {
        return connection.send("POST", path, "dev:SECRETARIAT", json);
    }

    private static void read(MiniHttp connection, String draftId, Instant at) throws Exception {
        connection.get("/api/drafts/" + draftId + "/negotiation?asOf=" + at).expect(200, "negotiation as of " + at);
    }
}
