package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * Measurement "amendmentparse" (issue 13): {@code POST /api/documents/parse-amendment} on the query app with an
 * amendment document of 20 instructions in the UN wording — every form a delegation uses (ordinals, ranges,
 * "substitute … for …", "should read", sub-items, several edits in one instruction, straight and curly quotes) —
 * read as printed, nothing stored.
 */
final class AmendmentParseRun {

    static final class Result {
        int reads;
        final Latencies parse = new Latencies();
    }

    /** The document: a header, the title line and 20 numbered instructions. */
    static final String DOCUMENT = """
            Economic and Social Council

            E/CN.15/2017/L.9

            Commission on Crime Prevention and Criminal Justice

            China and Pakistan: amendments to draft resolution E/CN.15/2017/L.4/Rev.1

            1. In operative paragraph 3, replace the words “possible conclusions” with “concrete conclusions”;

            2. In the second preambular paragraph, after the word “Council”, insert the words “for Human Rights”;

            3. In operative paragraph 1, delete the word “grave”, and after the word “Darfur”, insert the words “and Chad”;

            4. After the second preambular paragraph, insert the following paragraph: “*Noting* the report of the Secretary-General,”;

            5. Delete operative paragraph 2 (c);

            6. Paragraph 6 should read: “6. *Requests* the Office to report at its next session.”;

            7. Move operative paragraph 5 to follow operative paragraph 2;

            8. Replace the title with: “Countering cybercrime”;

            9. Delete the fifth preambular paragraph;

            10. In operative paragraph 4, substitute the word "should" for "may";

            11. Delete in paragraph 10 the following words: “in line with national legislation”;

            12. In operative paragraph 2, after subparagraph (b), insert the following subparagraph: “(c) trends in cybercrime;”;

            13. Delete the first, second, third and fourth paragraphs of the preamble and substitute therefor the following: “*Recalling* its resolutions on cybercrime,”;

            14. In operative paragraph 7, at the end of the paragraph, add the words “(A/77/123)”;

            15. Replace operative paragraph 8 with the following: “8. *Decides* to remain seized of the matter.”;

            16. In operative paragraph 9, replace the word “the” (second occurrence) with “this”;

            17. Insert the following paragraph after preambular paragraph 7: “*Bearing in mind* the Doha Declaration,”;

            18. Replace footnote 1 with: “General Assembly resolution 65/230.”;

            19. In operative paragraph 11, before the word “report”, insert the word “comprehensive”;

            20. Delete operative paragraphs 12 to 14.
            """;

    private AmendmentParseRun() {
    }

    static Result run(CommandClient client, int reads) throws Exception {
        try (MiniHttp connection = new MiniHttp(client.queryUrl)) { // timed on the lean client (MiniHttp)
            JsonNode first = CommandClient.JSON.readTree(parse(connection));
            if (first.get("instructions").size() != 20 || first.has("unresolved") && !first.get("unresolved").isEmpty()) {
                throw new IllegalStateException("the benchmark document does not read as 20 instructions: " + first);
            }
            for (int i = 0; i < Math.min(200, reads); i++) { // warm-up
                parse(connection);
            }
            Result result = new Result();
            for (int i = 0; i < reads; i++) {
                long t = System.nanoTime();
                parse(connection);
                result.parse.record(System.nanoTime() - t);
            }
            result.reads = reads;
            return result;
        }
    }

    private static String parse(MiniHttp connection) throws Exception {
        return connection.send("POST", "/api/documents/parse-amendment", null, "text/plain; charset=UTF-8", DOCUMENT)
                .expect(200, "parse-amendment").body();
    }
}
