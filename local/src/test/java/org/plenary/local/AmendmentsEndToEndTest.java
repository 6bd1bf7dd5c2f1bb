package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amendments on the sample, end to end on the real broker and MongoDB-protocol server. France and Germany amend
 * different words of operative paragraph 3 and both are accepted (the second rebased over the first); Italy and
 * Japan amend the same words of paragraph 4: accepting Italy's overtakes Japan's, which Japan revises; Peru amends
 * Kenya's amendment to paragraph 6, accepted before it; Brazil (a main sponsor) tables a compromise superseding
 * France's and Germany's amendments to paragraph 5. The amendments, their overlaps and conflicts are read at the
 * end and midway, and a replay rebuilds the projections with equal checksums.
 */
class AmendmentsEndToEndTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;
    private static String id;
    private static long version;
    private static Instant midway;
    private static JsonNode overlappingProposal;
    private static JsonNode conflictsMidway;

    @BeforeAll
    static void negotiate() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.checkpoint-interval", "4").build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        id = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        version = 1;

        // two delegations, different words of one paragraph: both apply
        propose("FRA", replace("op3", "possible", "concrete"));
        propose("DEU", replace("op3", "develop", "adopt"));
        decide("A1", "accept", "BRA");
        decide("A2", "accept", "BRA");

        // an overlapping pair: accepting one overtakes the other, which is revised
        propose("ITA", replace("op4", "periodically", "regularly"));
        overlappingProposal = propose("JPN", replace("op4", "periodically collect", "annually gather"));
        conflictsMidway = http.get(query + "/" + id + "/conflicts?minVersion=" + version).json();
        decide("A3", "accept", "CHN");
        Thread.sleep(20);
        midway = Instant.now();
        Thread.sleep(20);
        Http.Response revised = http.post(command + "/" + id + "/amendments/A4/revise", "dev:JPN",
                "{\"baseVersion\":" + version + ",\"reason\":\"after A3\",\"operations\":[" + replace("op4", "collect", "gather") + "]}");
        version = step(revised);
        decide("A4", "accept", "BRA");

        // a sub-amendment accepted before its parent
        propose("KEN", replace("op6", "existing resources", "available resources"));
        Http.Response sub = http.post(command + "/" + id + "/amendments", "dev:PER", "{\"baseVersion\":" + version
                + ",\"amends\":\"A5\",\"operations\":[" + replace("op6", "available resources", "available regular resources", "A5") + "]}");
        version = step(sub);
        assertThat(sub.json().get("amendmentId").asText()).isEqualTo("A6");
        Http.Response parentTooEarly = http.post(command + "/" + id + "/amendments/A5/accept", "dev:BRA", null);
        assertThat(parentTooEarly.status()).isEqualTo(409);
        assertThat(parentTooEarly.json().get("message").asText()).contains("pending sub-amendment A6");
        decide("A6", "accept", "BRA");
        decide("A5", "accept", "BRA");

        // a compromise superseding two
        propose("FRA", replace("op5", "provide advice", "offer advice"));
        propose("DEU", replace("op5", "provide advice", "give guidance"));
        Http.Response compromise = http.post(command + "/" + id + "/compromises", "dev:BRA", "{\"baseVersion\":" + version
                + ",\"supersedes\":[\"A7\",\"A8\"],\"reason\":\"merges A7 and A8\",\"operations\":["
                + replace("op5", "provide advice", "provide guidance") + "]}");
        version = step(compromise);
        assertThat(compromise.json().get("amendmentId").asText()).isEqualTo("A9");
        Http.Response held = http.post(command + "/" + id + "/amendments/A7/accept", "dev:BRA", null);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().get("message").asText()).contains("compromise A9");
        decide("A9", "accept", "IRN");
    }

    private static String op(String paragraphId, String atVersion) {
        for (JsonNode p : http.get(query + "/" + id + "?minVersion=" + atVersion).json().get("operative")) {
            if (p.get("id").asText().equals(paragraphId)) {
                return p.get("text").asText();
            }
        }
        throw new AssertionError("no " + paragraphId);
    }

    /** A replaceText of the words in the current text of a paragraph (or as amendment {@code amended} leaves it). */
    private static String replace(String paragraphId, String words, String by, String... amended) {
        String text = op(paragraphId, String.valueOf(version));
        if (amended.length > 0) {
            JsonNode amendments = http.get(query + "/" + id + "/amendments?minVersion=" + version).json().get("amendments");
            for (JsonNode a : amendments) {
                if (a.get("amendmentId").asText().equals(amended[0])) {
                    JsonNode op = a.get("operations").get(0);
                    text = text.substring(0, op.get("start").asInt()) + op.get("text").asText()
                            + text.substring(op.get("end").asInt());
                }
            }
        }
        int start = text.indexOf(words);
        assertThat(start).as("“%s” in %s", words, text).isGreaterThanOrEqualTo(0);
        return "{\"op\":\"replaceText\",\"paragraphId\":\"%s\",\"start\":%d,\"end\":%d,\"text\":\"%s\"}"
                .formatted(paragraphId, start, start + words.length(), by);
    }

    private static JsonNode propose(String delegation, String operation) {
        Http.Response response = http.post(command + "/" + id + "/amendments", "dev:" + delegation,
                "{\"baseVersion\":" + version + ",\"operations\":[" + operation + "]}");
        version = step(response);
        return response.json();
    }

    private static void decide(String amendmentId, String verb, String delegation) {
        version = step(http.post(command + "/" + id + "/amendments/" + amendmentId + "/" + verb, "dev:" + delegation,
                "{\"reason\":\"agreed in informals\"}"));
    }

    private static long step(Http.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("version").asLong();
    }

    private static JsonNode amendment(JsonNode amendments, String amendmentId) {
        for (JsonNode a : amendments.get("amendments")) {
            if (a.get("amendmentId").asText().equals(amendmentId)) {
                return a;
            }
        }
        throw new AssertionError("no " + amendmentId);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void amendmentsToDifferentWordsOfOneParagraphBothApply() {
        assertThat(op("op3", String.valueOf(version)))
                .isEqualTo("*Encourages* the Expert Group to adopt concrete conclusions and recommendations for submission to the Commission;");
        JsonNode amendments = http.get(query + "/" + id + "/amendments?minVersion=" + version).json();
        assertThat(amendment(amendments, "A2").get("status").asText()).isEqualTo("accepted");
        assertThat(amendment(amendments, "A2").get("decisionReason").asText()).isEqualTo("agreed in informals");
    }

    @Test
    void anOverlappingAmendmentIsOvertakenAndRevised() {
        assertThat(overlappingProposal.get("overlaps").get(0).get("amendmentId").asText()).isEqualTo("A3");
        assertThat(conflictsMidway.get("conflicts")).hasSize(1);
        assertThat(conflictsMidway.get("conflicts").get(0).get("amendments").toString()).isEqualTo("[\"A3\",\"A4\"]");

        JsonNode then = http.get(query + "/" + id + "/amendments?minVersion=" + version + "&asOf=" + midway).json();
        JsonNode a4 = amendment(then, "A4");
        assertThat(a4.get("status").asText()).isEqualTo("overtaken");
        assertThat(a4.get("overtakenBy").asText()).isEqualTo("A3");
        assertThat(a4.get("overtakenReasons").get(0).asText()).contains("“periodically collect”").contains("A3");

        assertThat(op("op4", String.valueOf(version))).startsWith("*Requests* the United Nations Office on Drugs and Crime "
                + "to regularly gather information");
        assertThat(amendment(http.get(query + "/" + id + "/amendments?minVersion=" + version).json(), "A4")
                .get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void aSubAmendmentAcceptedBeforeItsParentIsPartOfIt() {
        assertThat(op("op6", String.valueOf(version))).contains("within available regular resources");
        JsonNode amendments = http.get(query + "/" + id + "/amendments?minVersion=" + version).json();
        assertThat(amendment(amendments, "A6").get("amends").asText()).isEqualTo("A5");
        assertThat(amendment(amendments, "A6").get("status").asText()).isEqualTo("accepted");
        assertThat(amendment(amendments, "A5").get("operations").get(0).get("text").asText())
                .isEqualTo("available regular"); // A5's words as A6 left them: "existing" became "available regular"
    }

    @Test
    void aCompromiseSupersedesTwo() {
        assertThat(op("op5", String.valueOf(version))).contains("to provide guidance, based on its work");
        JsonNode amendments = http.get(query + "/" + id + "/amendments?minVersion=" + version).json();
        assertThat(amendment(amendments, "A9").get("supersedes").toString()).isEqualTo("[\"A7\",\"A8\"]");
        for (String superseded : new String[]{"A7", "A8"}) {
            assertThat(amendment(amendments, superseded).get("status").asText()).isEqualTo("superseded");
            assertThat(amendment(amendments, superseded).get("supersededBy").asText()).isEqualTo("A9");
        }
        assertThat(http.get(query + "/" + id + "/conflicts?minVersion=" + version).json().get("conflicts")).isEmpty();
    }

    @Test
    void refusalsSayWhy() {
        Http.Response notTheirs = http.post(command + "/" + id + "/amendments/A4/revise", "dev:ITA",
                "{\"baseVersion\":" + version + ",\"operations\":[" + replace("op4", "gather", "obtain") + "]}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.json().get("message").asText()).contains("only JPN");
        Http.Response notASponsor = http.post(command + "/" + id + "/compromises", "dev:FRA", "{\"baseVersion\":" + version
                + ",\"supersedes\":[\"A1\"],\"operations\":[" + replace("op4", "gather", "obtain") + "]}");
        assertThat(notASponsor.status()).isEqualTo(403);
        Http.Response nothingSuperseded = http.post(command + "/" + id + "/compromises", "dev:BRA", "{\"baseVersion\":"
                + version + ",\"operations\":[" + replace("op4", "gather", "obtain") + "]}");
        assertThat(nothingSuperseded.status()).isEqualTo(400);
        assertThat(nothingSuperseded.json().get("fields").get("supersedes").asText()).contains("required");
    }

    @Test
    void aReplayRebuildsTheAmendmentsEqually() throws Exception {
        String before = http.get(query + "/" + id + "/amendments?minVersion=" + version).body();
        String admin = stack.queryUrl() + "/api/admin/replay";
        int generation = http.get(admin, "dev:SECRETARIAT").json().get("generation").asInt();
        assertThat(http.post(admin, "dev:SECRETARIAT", null).status()).isIn(200, 202);
        JsonNode progress = null;
        for (int i = 0; i < 600; i++) {
            progress = http.get(admin, "dev:SECRETARIAT").json();
            String state = progress.get("state").asText();
            if (state.equals("FAILED") || state.equals("DONE") && progress.get("generation").asInt() > generation) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.get("allEqual").asBoolean()).isTrue();
        assertThat(http.get(query + "/" + id + "/amendments?minVersion=" + version).body()).isEqualTo(before);
    }
}
