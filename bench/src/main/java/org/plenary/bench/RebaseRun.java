package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * Measurement "rebase" (issue 13): accepting an amendment on a draft with {@code pending} pending amendments, each of
 * which the draft rebases over the accepted one in the same command. The draft is made through the command API (the
 * aggregate needs its events in the store): the benchmark draft, then {@code pending} amendments that do not overlap
 * — word replacements in disjoint places of every paragraph, and new paragraphs after the operative ones. Then each
 * measured round is one accept (timed: the command round trip, which returns once the accept and the rebase event
 * are stored) followed by one new proposal (not timed), so the draft keeps {@code pending} pending amendments.
 */
final class RebaseRun {

    static final class Result {
        int pending;
        int accepts;
        final Latencies accept = new Latencies();
        double setupMs;
    }

    private static final int SLOTS = 16; // word slots per paragraph: start 10 + 8 k, 6 characters each

    private RebaseRun() {
    }

    static Result run(CommandClient client, int pending, int accepts) throws Exception {
        long started = System.nanoTime();
        String draftId = client.createDraft(17);
        String base = "/api/drafts/" + draftId;
        try (MiniHttp connection = new MiniHttp(client.commandUrl)) { // timed on the lean client (MiniHttp)
            long version = 1;
            int words = Math.min(pending / 3, (DraftModel.PREAMBLE + DraftModel.OPERATIVE) * SLOTS);
            for (int i = 0; i < pending; i++) {
                version = propose(connection, base, version, i < words ? replaceWord(i) : insertParagraph(i));
            }
            Result result = new Result();
            result.pending = pending;
            result.setupMs = (System.nanoTime() - started) / 1e6;
            int warmup = Math.min(20, accepts);
            for (int round = 0; round < warmup + accepts; round++) {
                String amendment = "A" + (round + 1);
                long t = System.nanoTime();
                version = send(connection, base + "/amendments/" + amendment + "/accept", "BRA", null);
                if (round >= warmup) {
                    result.accept.record(System.nanoTime() - t);
                }
                version = propose(connection, base, version, insertParagraph(pending + round));
            }
            result.accepts = accepts;
            return result;
        }
    }

    /** A six-letter word replacing the characters of slot {@code i} (paragraph i mod 9, slot i / 9). */
    private static String replaceWord(int i) {
        int paragraphs = DraftModel.PREAMBLE + DraftModel.OPERATIVE;
        int p = i % paragraphs;
        String id = p < DraftModel.PREAMBLE ? "pp" + (p + 1) : "op" + (p - DraftModel.PREAMBLE + 1);
        int start = 10 + 8 * (i / paragraphs);
        return "{\"op\":\"replaceText\",\"paragraphId\":\"" + id + "\",\"start\":" + start + ",\"end\":" + (start + 6)
                + ",\"text\":\"" + word(i) + "\"}";
    }

    private static String insertParagraph(int i) {
        return "{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":\"op" + (1 + i % DraftModel.OPERATIVE)
                + "\",\"text\":\"*Notes* benchmark paragraph " + i + ";\"}";
    }

    private static String word(int i) {
        char[] w = new char[6];
        for (int k = 0; k < w.length; k++) {
            w[k] = (char) ('q' + (i + 7 * k) % 9); // q…y: never the model's words, which hold none of q, v, w, x, y together
        }
        return new String(w);
    }

    private static long propose(MiniHttp connection, String base, long version, String operation) throws Exception {
        return send(connection, base + "/amendments", DraftModel.POOL.get((int) (version % DraftModel.POOL.size())),
                "{\"baseVersion\":" + version + ",\"reason\":\"benchmark\",\"operations\":[" + operation + "]}");
    }

    private static long send(MiniHttp connection, String path, String actor, String json) throws IOException {
        MiniHttp.Response response = connection.send("POST", path, "dev:" + actor, json);
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(path + ": " + response.status() + " " + response.body());
        }
        JsonNode node = CommandClient.JSON.readTree(response.body());
        return node.get("version").asLong();
    }
}
