package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path over HTTP against a real Kafka broker and the MongoDB-protocol server: submit the sample
 * draft, co-sponsor, propose and accept an amendment, then read text, sponsors and history on the query
 * side. Also every error class of the API, and a query-side restart that must neither lose nor repeat.
 */
class WalkingSkeletonEndToEndTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static String sampleJson() throws Exception {
        return Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
    }

    private static String submitSample() throws Exception {
        Http.Response created = http.post(command, "dev:BRA", sampleJson());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        return created.json().get("draftId").asText();
    }

    @Test
    void negotiationTravelsFromCommandToProjection() throws Exception {
        String id = submitSample();

        Http.Response joined = http.post(command + "/" + id + "/cosponsors", "dev:FRA", null);
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("version").asLong()).isEqualTo(2);

        JsonNode draft = http.get(query + "/" + id + "?minVersion=2").json();
        JsonNode op3 = draft.get("operative").get(2);
        assertThat(op3.get("number").asInt()).isEqualTo(3);
        String text = op3.get("text").asText();
        assertThat(text).startsWith("*Encourages* the Expert Group");
        int start = text.indexOf("possible conclusions");
        Http.Response proposed = http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion": 2, "reason": "stronger wording",
                 "operations": [{"op": "replaceText", "paragraphId": "%s", "start": %d, "end": %d, "text": "concrete conclusions"},
                                {"op": "insertParagraph", "section": "operative", "after": "%s", "text": "*Urges* Member States to cooperate;"}]}
                """.formatted(op3.get("id").asText(), start, start + "possible conclusions".length(), op3.get("id").asText()));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("amendmentId").asText()).isEqualTo("A1");
        assertThat(proposed.json().get("version").asLong()).isEqualTo(3);

        Http.Response accepted = http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("version").asLong()).isEqualTo(4);

        Http.Response textResponse = http.get(query + "/" + id + "/text?minVersion=4");
        assertThat(textResponse.status()).isEqualTo(200);
        assertThat(textResponse.body())
                .contains("3. *Encourages* the Expert Group to develop concrete conclusions and recommendations")
                .contains("4. *Urges* Member States to cooperate;")
                .contains("5. *Requests* the United Nations Office on Drugs and Crime")
                .contains("8. *Requests* the Expert Group to report to the Commission");

        JsonNode sponsors = http.get(query + "/" + id + "/sponsors").json();
        assertThat(sponsors.get("mainSponsors")).hasSize(12);
        assertThat(sponsors.get("mainSponsors").get(7).get("name").asText()).isEqualTo("Iran (Islamic Republic of)");
        assertThat(sponsors.get("coSponsors")).hasSize(1);
        assertThat(sponsors.get("coSponsors").get(0).get("code").asText()).isEqualTo("FRA");
        assertThat(sponsors.get("coSponsors").get(0).get("name").asText()).isEqualTo("France");
        assertThat(sponsors.get("coSponsors").get(0).get("active").asBoolean()).isTrue();

        JsonNode amendments = http.get(query + "/" + id + "/amendments").json().get("amendments");
        assertThat(amendments.get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(amendments.get(0).get("proposer").asText()).isEqualTo("FRA");
        assertThat(amendments.get(0).get("decidedBy").asText()).isEqualTo("BRA");

        JsonNode history = http.get(query + "/" + id + "/history").json().get("events");
        assertThat(types(history)).containsExactly("DraftSubmittedEvent", "CoSponsorJoinedEvent",
                "AmendmentProposedEvent", "AmendmentAcceptedEvent");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("BRA");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("FRA");
        assertThat(history.get(3).get("actor").asText()).isEqualTo("BRA");
        assertThat(history.get(3).get("at").asText()).isNotBlank();

        assertThat(http.get(query).json().findValuesAsText("draftId")).contains(id);
        JsonNode delegations = http.get(stack.queryUrl() + "/api/delegations").json();
        assertThat(delegations).hasSize(196);
        assertThat(delegations.findValuesAsText("code")).contains("BRA", "FRA", "VAT", "PSE", "EUU");
    }

    @Test
    void queryAppRestartNeitherLosesNorRepeatsEvents() throws Exception {
        String id = submitSample();
        assertThat(http.get(query + "/" + id + "?minVersion=1").status()).isEqualTo(200);
        stack.stopQuery();
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:DEU", null).status()).isEqualTo(200);
        assertThat(http.delete(command + "/" + id + "/cosponsors/me", "dev:DEU").status()).isEqualTo(200);
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:DEU", null).status()).isEqualTo(200);
        stack.startQuery();
        query = stack.queryUrl() + "/api/drafts";

        JsonNode sponsors = http.get(query + "/" + id + "/sponsors?minVersion=4").json();
        assertThat(sponsors.get("version").asLong()).isEqualTo(4);
        assertThat(sponsors.get("coSponsors")).hasSize(2);
        assertThat(sponsors.get("coSponsors").get(0).get("active").asBoolean()).isFalse();
        assertThat(sponsors.get("coSponsors").get(1).get("active").asBoolean()).isTrue();
        JsonNode history = http.get(query + "/" + id + "/history").json().get("events");
        assertThat(history).hasSize(4);
        assertThat(history.findValuesAsText("version")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void clientMistakesGetClearErrorsAndChangeNothing() throws Exception {
        String id = submitSample();

        assertThat(http.post(command + "/" + id + "/cosponsors", null, null).status()).isEqualTo(401);
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:XXX", null).status()).isEqualTo(401);
        assertThat(http.post(command + "/" + id + "/cosponsors", "not-a-token", null).status()).isEqualTo(401);

        Http.Response mainSponsor = http.post(command + "/" + id + "/cosponsors", "dev:CHN", null);
        assertThat(mainSponsor.status()).isEqualTo(409);
        assertThat(mainSponsor.json().get("message").asText()).contains("CHN is a main sponsor");

        Http.Response notSponsor = http.post(command, "dev:FRA", sampleJson());
        assertThat(notSponsor.status()).isEqualTo(403);

        Http.Response unknownSponsor = http.post(command, "dev:SECRETARIAT",
                sampleJson().replace("\"Brazil\"", "\"Brasil\""));
        assertThat(unknownSponsor.status()).isEqualTo(400);
        assertThat(unknownSponsor.json().get("message").asText()).contains("Did you mean: Brazil");

        assertThat(http.post(command + "/" + id + "/amendments", "dev:FRA", "{not json").status()).isEqualTo(400);
        Http.Response badOp = http.post(command + "/" + id + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"explode\"}]}");
        assertThat(badOp.status()).isEqualTo(400);
        assertThat(badOp.json().get("message").asText()).contains("explode");
        Http.Response noBase = http.post(command + "/" + id + "/amendments", "dev:FRA",
                "{\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op1\"}]}");
        assertThat(noBase.status()).isEqualTo(400);
        assertThat(noBase.json().get("fields").get("baseVersion").asText()).contains("required");
        Http.Response outside = http.post(command + "/" + id + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":5,\"end\":99999,\"text\":\"x\"}]}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("message").asText()).contains("outside the text of op1");

        assertThat(http.post(command + "/nosuchdraft/cosponsors", "dev:FRA", null).status()).isEqualTo(404);
        assertThat(http.get(query + "/nosuchdraft").status()).isEqualTo(404);
        assertThat(http.post(command + "/" + id + "/amendments/A77/accept", "dev:BRA", null).status()).isEqualTo(404);

        Http.Response proposed = http.post(command + "/" + id + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op7\"}]}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        Http.Response forbidden = http.post(command + "/" + id + "/amendments/A1/accept", "dev:FRA", null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null).status()).isEqualTo(200);
        Http.Response stale = http.post(command + "/" + id + "/amendments", "dev:DEU",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op7\",\"start\":0,\"end\":3,\"text\":\"x\"}]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asText()).contains("was deleted by A1");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(3);

        String huge = "{\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertThat(http.post(command + "/" + id + "/amendments", "dev:FRA", huge).status()).isEqualTo(413);

        JsonNode after = http.get(query + "/" + id + "?minVersion=3").json();
        assertThat(after.get("version").asLong()).isEqualTo(3);
        assertThat(after.get("operative")).hasSize(6);
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
