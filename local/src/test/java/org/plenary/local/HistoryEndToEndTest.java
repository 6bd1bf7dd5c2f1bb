package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysts' queries after a scripted negotiation on the sample draft: the state as of every version
 * (served from checkpoints every 3 versions) equals what was served live at that version; diffs, blame,
 * paragraph history, filtered history and analytics.
 */
class HistoryEndToEndTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;
    private static String id;
    private static final List<JsonNode> liveStates = new ArrayList<>();
    private static final List<String> liveTexts = new ArrayList<>();
    private static Instant beforeAmendments;

    @BeforeAll
    static void negotiate() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.checkpoint-interval", "3").build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        id = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        record(1);
        step(http.post(command + "/" + id + "/cosponsors", "dev:FRA", null), 2);
        step(http.post(command + "/" + id + "/cosponsors", "dev:KEN", null), 3);
        Thread.sleep(20);
        beforeAmendments = Instant.now();
        Thread.sleep(20);
        String op3 = liveStates.get(0).get("operative").get(2).get("text").asText();
        int at = op3.indexOf("possible");
        step(http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion":3,"reason":"firmer","operations":[
                 {"op":"replaceText","paragraphId":"op3","start":%d,"end":%d,"text":"concrete"}]}""".formatted(at, at + 8)), 4);
        step(http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null), 5);
        step(http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion":5,"operations":[{"op":"deleteParagraph","paragraphId":"pp7"}]}"""), 6);
        step(http.post(command + "/" + id + "/amendments/A2/reject", "dev:CHN", "{\"reason\":\"keep it\"}"), 7);
        step(http.post(command + "/" + id + "/amendments", "dev:KEN", """
                {"baseVersion":7,"operations":[{"op":"insertParagraph","section":"operative","after":"op1",
                  "text":"*Welcomes* the work of the Global Programme on Cybercrime;"}]}"""), 8);
        step(http.post(command + "/" + id + "/amendments/A3/accept", "dev:IND", null), 9);
        step(http.delete(command + "/" + id + "/cosponsors/me", "dev:FRA"), 10);
    }

    private static void step(Http.Response response, long version) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        assertThat(response.json().get("version").asLong()).isEqualTo(version);
        record(version);
    }

    private static void record(long version) {
        liveStates.add(http.get(query + "/" + id + "?minVersion=" + version).json());
        liveTexts.add(http.get(query + "/" + id + "/text?minVersion=" + version).body());
        assertThat(liveStates.get(liveStates.size() - 1).get("version").asLong()).isEqualTo(version);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void stateAsOfEveryVersionEqualsWhatWasServedLive() {
        for (int v = 1; v <= liveStates.size(); v++) {
            assertThat(http.get(query + "/" + id + "?version=" + v).json()).as("version " + v).isEqualTo(liveStates.get(v - 1));
            assertThat(http.get(query + "/" + id + "/text?version=" + v).body()).isEqualTo(liveTexts.get(v - 1));
        }
        Http.Response outside = http.get(query + "/" + id + "?version=99");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("message").asText()).contains("between 1 and 10");
    }

    @Test
    void stateAsOfAnInstantIsTheLastVersionBeforeIt() {
        JsonNode then = http.get(query + "/" + id + "?asOf=" + beforeAmendments).json();
        assertThat(then.get("version").asLong()).isEqualTo(3);
        assertThat(then.get("coSponsors").findValuesAsText("code")).containsExactly("FRA", "KEN");
        assertThat(then.get("pendingAmendments").asInt()).isZero();
        assertThat(http.get(query + "/" + id + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(http.get(query + "/" + id + "?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void diffShowsWordsAndParagraphsBetweenTwoPoints() {
        JsonNode diff = http.get(query + "/" + id + "/diff?from=1&to=10").json();
        assertThat(diff.get("from").asLong()).isEqualTo(1);
        assertThat(diff.get("to").asLong()).isEqualTo(10);
        List<String> changed = new ArrayList<>();
        for (JsonNode p : diff.get("diff").get("paragraphs")) {
            if (!p.get("status").asText().equals("UNCHANGED")) {
                changed.add(p.get("id").asText() + ":" + p.get("status").asText());
            }
        }
        assertThat(changed).containsExactlyInAnyOrder("op3:CHANGED", "op8:ADDED");
        JsonNode op3 = findById(diff.get("diff").get("paragraphs"), "op3");
        assertThat(op3.get("changes").toString()).contains("\"DELETE\"").contains("possible")
                .contains("\"INSERT\"").contains("concrete");

        Http.Response html = http.get(query + "/" + id + "/diff?from=" + beforeAmendments + "&format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<del>possible</del>").contains("<ins>concrete</ins>");
        assertThat(http.get(query + "/" + id + "/diff?from=1&to=5&format=pdf").status()).isEqualTo(400);
    }

    @Test
    void blameAttributesEveryWordToItsAmendment() {
        JsonNode blame = http.get(query + "/" + id + "/blame").json();
        JsonNode op3 = findById(blame.get("paragraphs"), "op3");
        List<String> byAmendment = new ArrayList<>();
        for (JsonNode span : op3.get("spans")) {
            if (!span.get("attribution").path("amendmentId").isMissingNode() && !span.get("attribution").get("amendmentId").isNull()) {
                byAmendment.add(span.get("text").asText() + "@" + span.get("attribution").get("amendmentId").asText()
                        + "/" + span.get("attribution").get("proposer").asText());
            }
        }
        assertThat(byAmendment).containsExactly("concrete@A1/FRA");
        JsonNode inserted = findById(blame.get("paragraphs"), "op8");
        assertThat(inserted.get("number").asInt()).isEqualTo(2);
        assertThat(inserted.get("spans")).hasSize(1);
        assertThat(inserted.get("spans").get(0).get("attribution").get("proposer").asText()).isEqualTo("KEN");
        assertThat(inserted.get("spans").get(0).get("attribution").get("acceptedBy").asText()).isEqualTo("IND");
        JsonNode original = findById(blame.get("paragraphs"), "pp1").get("spans").get(0).get("attribution");
        assertThat(original.get("proposer").asText()).startsWith("BLR, BRA, CHN");

        JsonNode atFour = http.get(query + "/" + id + "/blame?version=4").json();
        assertThat(findById(atFour.get("paragraphs"), "op3").get("spans")).hasSize(1);
    }

    @Test
    void paragraphHistoryListsEachChangeWithTextBeforeAndAfter() {
        JsonNode history = http.get(query + "/" + id + "/paragraphs/op3/history").json();
        assertThat(history.get("changes")).hasSize(1);
        JsonNode change = history.get("changes").get(0);
        assertThat(change.get("amendmentId").asText()).isEqualTo("A1");
        assertThat(change.get("proposer").asText()).isEqualTo("FRA");
        assertThat(change.get("before").asText()).contains("develop possible conclusions");
        assertThat(change.get("after").asText()).contains("develop concrete conclusions");
        JsonNode inserted = http.get(query + "/" + id + "/paragraphs/op8/history").json();
        assertThat(inserted.get("changes").get(0).get("kind").asText()).isEqualTo("inserted");
        assertThat(http.get(query + "/" + id + "/paragraphs/op99/history").status()).isEqualTo(400);
    }

    @Test
    void historyFiltersByTypeActorAndRangeWithPaging() {
        JsonNode byFrance = http.get(query + "/" + id + "/history?actor=fra").json();
        assertThat(byFrance.get("events").findValuesAsText("version")).containsExactly("2", "4", "6", "10");
        JsonNode proposals = http.get(query + "/" + id + "/history?type=AmendmentProposed&size=2").json();
        assertThat(proposals.get("total").asInt()).isEqualTo(3);
        assertThat(proposals.get("events")).hasSize(2);
        assertThat(proposals.get("nextPage").asInt()).isEqualTo(1);
        JsonNode second = http.get(query + "/" + id + "/history?type=AmendmentProposed&size=2&page=1").json();
        assertThat(second.get("events").findValuesAsText("version")).containsExactly("8");
        JsonNode range = http.get(query + "/" + id + "/history?from=4&to=6").json();
        assertThat(range.get("events").findValuesAsText("version")).containsExactly("4", "5", "6");
        assertThat(http.get(query + "/" + id + "/history?from=6&to=4").status()).isEqualTo(400);
        assertThat(http.get(query + "/" + id + "/history?size=5000").status()).isEqualTo(400);
    }

    @Test
    void analyticsCountWhoProposedWhatAndWhatSurvived() {
        JsonNode analytics = http.get(query + "/" + id + "/analytics").json();
        JsonNode france = findBy(analytics.get("delegations"), "code", "FRA");
        assertThat(france.get("proposed").asInt()).isEqualTo(2);
        assertThat(france.get("accepted").asInt()).isEqualTo(1);
        assertThat(france.get("rejected").asInt()).isEqualTo(1);
        assertThat(france.get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(analytics.get("coSponsorSeries").findValuesAsText("coSponsors")).containsExactly("0", "1", "2", "1");
        assertThat(analytics.get("acceptances").findValuesAsText("amendmentId")).containsExactly("A1", "A3");
        assertThat(analytics.get("mostAmendedParagraphs")).hasSize(3);

        JsonNode overall = http.get(stack.queryUrl() + "/api/analytics").json();
        assertThat(overall.get("drafts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(findBy(overall.get("delegations"), "code", "KEN").get("accepted").asInt()).isEqualTo(1);
    }

    private static JsonNode findById(JsonNode array, String id) {
        return findBy(array, "id", id);
    }

    private static JsonNode findBy(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
