package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample from draft to resolution, end to end on the real broker and MongoDB-protocol server: Egypt joins on
 * behalf of the African Group, Norway is appointed facilitator and accepts France's amendment, Brazil issues Rev.1
 * (the United States joins after it), revises the text orally, the secretariat registers the Commission's members,
 * op6 is rejected in a separate recorded vote and the draft adopted in a recorded vote as resolution 26/2. The
 * negotiation is read at three instants, the exports in the adopted form, the feed, and a replay rebuilds it equally.
 */
class LifecycleEndToEndTest {

    private static final List<String> MEMBERS = List.of("BRA", "CHN", "FRA", "JPN", "EGY", "USA", "NOR", "RUS", "IND", "ZAF");

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;
    private static String id;
    private static Instant beforeDecisions;
    private static Instant afterRev1;
    private static final List<Http.Response> refusals = new ArrayList<>();
    private static Http.Response rev1;
    private static Http.Response paragraphVote;
    private static Http.Response finalVote;
    /** Versions: the co-sponsor joined after Rev.1, op6 removed by vote, the adoption (the last). */
    private static long joinedAfterRev1;
    private static long removed;
    private static long last;

    @BeforeAll
    static void negotiate() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.checkpoint-interval", "4").build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
        com.fasterxml.jackson.databind.node.ObjectNode parsed = Json.mapper().valueToTree(UnTextReader.read(PlenaryLocal.readSample()));
        parsed.put("symbol", "E/CN.15/2017/L.4"); // the sample's text carries no symbol
        String sample = Json.mapper().writeValueAsString(parsed);
        id = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        JsonNode operative = http.get(query + "/" + id + "?minVersion=1").json().get("operative");
        String op3 = operative.get(2).get("text").asText();
        String op4 = operative.get(3).get("text").asText();
        String op5 = operative.get(4).get("text").asText();
        String op7 = operative.get(6).get("text").asText();

        step(http.post(command + "/" + id + "/cosponsors", "dev:EGY", "{\"onBehalfOf\":\"African Group\"}"), 2);
        step(http.post(command + "/" + id + "/facilitator", "dev:SECRETARIAT", "{\"delegation\":\"NOR\"}"), 3);
        step(http.post(command + "/" + id + "/amendments", "dev:FRA", replace(3, "op3", op3, "possible", "concrete")), 4);
        step(http.post(command + "/" + id + "/amendments", "dev:JPN", replace(4, "op4", op4, "periodically", "annually")), 5);
        beforeDecisions = pause();
        long accepted = step(http.post(command + "/" + id + "/amendments/A1/accept", "dev:NOR", null), 6);

        String ops = """
                {"baseVersion":%d,"note":"as agreed in informal consultations","operations":[{"op":"replaceText","paragraphId":"op7","start":%d,"end":%d,"text":"seventy-seventh"}]}"""
                .formatted(accepted, op7.indexOf("next"), op7.indexOf("next") + 4);
        rev1 = http.post(command + "/" + id + "/revisions", "dev:BRA", ops);
        step(rev1, accepted + 1);
        joinedAfterRev1 = step(http.post(command + "/" + id + "/cosponsors", "dev:USA", null), accepted + 2);
        afterRev1 = pause();
        Http.Response oral = http.post(command + "/" + id + "/oral-revisions", "dev:BRA", """
                {"baseVersion":%d,"statement":"In operative paragraph 5, replace “advice” with “guidance”","operations":[%s]}"""
                .formatted(joinedAfterRev1, op(op5, "op5", "advice", "guidance")));
        long orally = step(oral, joinedAfterRev1 + 1);
        long registered = step(http.put(command + "/" + id + "/members", "dev:SECRETARIAT", Json.mapper().writeValueAsString(
                java.util.Map.of("members", MEMBERS))), orally + 1);
        refusals.add(http.post(command + "/" + id + "/action", "dev:SECRETARIAT",
                "{\"method\":\"recordedVote\",\"on\":\"draft\",\"votes\":{\"BRA\":\"yes\",\"DEU\":\"yes\"}}"));
        paragraphVote = http.post(command + "/" + id + "/action", "dev:SECRETARIAT", """
                {"method":"recordedVote","on":"paragraph","paragraphId":"op6","votes":{"BRA":"yes","CHN":"abstain","FRA":"no","JPN":"no","USA":"no","NOR":"no"}}""");
        removed = step(paragraphVote, registered + 2);
        finalVote = http.post(command + "/" + id + "/action", "dev:SECRETARIAT", """
                {"method":"recordedVote","on":"draft","resolutionSymbol":"26/2","votes":{"BRA":"yes","CHN":"yes","EGY":"yes","IND":"yes","RUS":"yes","ZAF":"yes","NOR":"yes","FRA":"yes","USA":"no","JPN":"abstain"}}""");
        last = step(finalVote, removed + 2);
        refusals.add(http.post(command + "/" + id + "/revisions", "dev:BRA", "{\"baseVersion\":" + last + "}"));
        refusals.add(http.post(command + "/" + id + "/cosponsors", "dev:DEU", null));
    }

    private static String replace(long base, String paragraphId, String text, String word, String by) {
        return "{\"baseVersion\":" + base + ",\"operations\":[" + op(text, paragraphId, word, by) + "]}";
    }

    private static String op(String text, String paragraphId, String word, String by) {
        int at = text.indexOf(word);
        assertThat(at).as(word + " in " + paragraphId).isNotNegative();
        return "{\"op\":\"replaceText\",\"paragraphId\":\"%s\",\"start\":%d,\"end\":%d,\"text\":\"%s\"}"
                .formatted(paragraphId, at, at + word.length(), by);
    }

    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    /** The version the command made; at least {@code atLeast} (follow-up events, e.g. amendments rebased, add more). */
    private static long step(Http.Response response, long atLeast) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        long version = response.json().get("version").asLong();
        assertThat(version).isGreaterThanOrEqualTo(atLeast);
        return version;
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theCommandsAnswerWhatTheyMadeAndRefusalsSayWhy() {
        assertThat(rev1.status()).isEqualTo(201);
        assertThat(rev1.json().get("revision").asInt()).isEqualTo(1);
        assertThat(rev1.json().get("symbol").asText()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
        assertThat(paragraphVote.status()).isEqualTo(201);
        assertThat(paragraphVote.json().get("voteId").asText()).isEqualTo("V1");
        assertThat(paragraphVote.json().get("result").asText()).isEqualTo("rejected");
        assertThat(finalVote.json().get("result").asText()).isEqualTo("adopted");
        assertThat(finalVote.json().get("yes").asInt()).isEqualTo(8);
        assertThat(finalVote.json().get("absent").asInt()).isZero();
        assertThat(refusals.get(0).status()).isEqualTo(400);
        assertThat(refusals.get(0).json().get("message").asText()).contains("DEU is not a member of the body");
        assertThat(refusals.get(1).status()).isEqualTo(409);
        assertThat(refusals.get(1).json().get("message").asText()).startsWith("the draft was adopted as resolution 26/2 on ");
        assertThat(refusals.get(2).status()).isEqualTo(409);
    }

    @Test
    void theDraftReadsAsAdoptedWithItsRevisionsOralRevisionAndVotes() {
        JsonNode draft = http.get(query + "/" + id + "?minVersion=" + last).json();
        assertThat(draft.get("state").asText()).isEqualTo("ADOPTED");
        assertThat(draft.get("revision").asInt()).isEqualTo(1);
        assertThat(draft.get("resolutionSymbol").asText()).isEqualTo("26/2");
        assertThat(draft.get("adoptedAt").asText()).isNotBlank();
        assertThat(draft.get("facilitator").get("code").asText()).isEqualTo("NOR");
        assertThat(draft.get("operative")).hasSize(6); // op6 removed by vote

        JsonNode revisions = http.get(query + "/" + id + "/revisions?minVersion=" + last).json().get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("issuedBy").asText()).isEqualTo("BRA");
        assertThat(revisions.get(1).get("sponsors").toString()).contains("EGY");
        JsonNode changes = http.get(query + "/" + id + "/revisions/1/changes?minVersion=" + last).json();
        assertThat(changes.toString()).contains("seventy-seventh");
        Http.Response html = http.get(query + "/" + id + "/revisions/1/changes?format=html&minVersion=" + last);
        assertThat(html.body()).contains("<ins").contains("seventy-seventh").contains("Rev.1");
        JsonNode issued = http.get(query + "/" + id + "/revisions/1?minVersion=" + last).json();
        assertThat(issued.get("document").get("kind").asText()).isEqualTo("revised draft resolution");

        JsonNode oral = http.get(query + "/" + id + "/oral-revisions?minVersion=" + last).json().get("oralRevisions");
        assertThat(oral).hasSize(1);
        assertThat(oral.get(0).get("statement").asText()).contains("guidance");

        JsonNode votes = http.get(query + "/" + id + "/votes?minVersion=" + last).json().get("votes");
        assertThat(votes).hasSize(2);
        JsonNode v1 = http.get(query + "/" + id + "/votes/V1?minVersion=" + last).json();
        assertThat(v1.get("on").asText()).isEqualTo("paragraph");
        assertThat(v1.get("paragraphId").asText()).isEqualTo("op6");
        assertThat(v1.get("absent").toString()).contains("Egypt");
        assertThat(http.get(query + "/" + id + "/votes/V9?minVersion=" + last).status()).isEqualTo(404);

        JsonNode sponsors = http.get(query + "/" + id + "/sponsors?minVersion=" + last).json();
        assertThat(sponsors.get("coSponsors").get(0).get("onBehalfOf").asText()).isEqualTo("Group of African States");
    }

    private static String middleTitle() {
        return http.get(query + "/" + id + "?minVersion=" + last + "&asOf=" + afterRev1).json().get("title").asText();
    }

    @Test
    void theNegotiationReadsAtThreeInstants() {
        JsonNode early = http.get(query + "/" + id + "/negotiation?minVersion=" + last + "&asOf=" + beforeDecisions).json();
        assertThat(early.get("version").asLong()).isEqualTo(5);
        assertThat(early.get("state").asText()).isEqualTo("UNDER_NEGOTIATION");
        assertThat(early.get("revision").asInt()).isZero();
        assertThat(early.get("amendments").toString()).contains("\"A1\"").contains("\"pending\"").doesNotContain("accepted");
        assertThat(early.get("facilitator").asText()).isEqualTo("NOR");

        JsonNode middle = http.get(query + "/" + id + "/negotiation?minVersion=" + last + "&asOf=" + afterRev1).json();
        assertThat(middle.get("version").asLong()).isEqualTo(joinedAfterRev1);
        assertThat(middle.get("revision").asInt()).isEqualTo(1);
        assertThat(middle.get("symbol").asText()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
        assertThat(middle.get("subsequentlyJoinedBy").toString()).isEqualTo("[\"USA\"]");
        assertThat(middle.get("text").asText()).contains("seventy-seventh").contains("revised draft resolution");
        assertThat(middle.get("votes")).isEmpty();
        assertThat(http.get(query + "/" + id + "/html?minVersion=" + last + "&asOf=" + afterRev1).body())
                .contains("<p class=\"subsequently-joined\">Subsequently joined by: United States of America</p>")
                .contains("Egypt (on behalf of the Group of African States)");
        String textThen = http.get(query + "/" + id + "/text?minVersion=" + last + "&asOf=" + afterRev1).body();
        assertThat(textThen).contains("revised draft resolution**\n\nSubsequently joined by: United States of America\n");
        // read back, the line is the negotiation's, not the text's: the title and the paragraphs are as issued
        JsonNode readBack = http.postText(query.replace("/api/drafts", "/api/documents/parse"), textThen).json();
        assertThat(readBack.get("title").asText()).isEqualTo(middleTitle());
        assertThat(http.get(query + "/" + id + "/text?minVersion=" + last).body()).doesNotContain("Subsequently joined by");

        JsonNode end = http.get(query + "/" + id + "/negotiation?minVersion=" + last).json();
        assertThat(end.get("state").asText()).isEqualTo("ADOPTED");
        assertThat(end.get("votes")).hasSize(2);
        assertThat(end.get("oralRevisions")).hasSize(1);
        assertThat(end.get("text").asText()).contains("guidance").contains("Resolution adopted by the Commission");
        assertThat(http.get(query + "/" + id + "/negotiation?version=" + removed).json().get("state").asText())
                .isEqualTo("UNDER_NEGOTIATION");
    }

    @Test
    void theExportsAreTheAdoptedResolutionsForm() throws Exception {
        String text = http.get(query + "/" + id + "/text?minVersion=" + last).body();
        assertThat(text).contains("Resolution adopted by the Commission on Crime Prevention and Criminal Justice on")
                .contains("26/2").doesNotContain("revised draft resolution").doesNotContain("Belarus, Brazil");
        Http.Response html = http.get(query + "/" + id + "/html?minVersion=" + last);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("Resolution adopted by the Commission")
                .contains("<i>In favour:</i> Brazil, China, Egypt, France, India, Norway, Russian Federation, South Africa; "
                        + "<i>Against:</i> United States of America; <i>Abstaining:</i> Japan.");
        Http.Response akn = http.get(query + "/" + id + "/akn?minVersion=" + last);
        assertThat(akn.status()).isEqualTo(200);
        assertThat(akn.body()).contains("26/2").contains("<lifecycle source=\"#plenary\">")
                .contains("showAs=\"E/CN.15/2017/L.4/Rev.1\"").contains("showAs=\"Oral revision 1\"")
                .contains("showAs=\"Adoption as resolution 26/2\"");
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(LifecycleEndToEndTest.class.getResource("/akn/akomantoso30.xsd")).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(akn.body())));
    }

    @Test
    void theFeedTellsTheLifecycle() throws Exception {
        List<String> lines = feed((int) last);
        String all = String.join("\n", lines);
        assertThat(all).contains("event: FacilitatorAppointedEvent").contains("event: RevisionIssuedEvent")
                .contains("event: OralRevisionMadeEvent").contains("event: MembersRegisteredEvent")
                .contains("event: VoteRecordedEvent").contains("event: ParagraphRemovedByVoteEvent")
                .contains("event: DraftActedOnEvent");
        assertThat(all).contains("Egypt joined as co-sponsor on behalf of the Group of African States")
                .contains("The Secretariat appointed Norway facilitator")
                .contains("The draft was adopted by recorded vote V2 as resolution 26/2");
    }

    @Test
    void historyAndBlameCreditTheRevisions() {
        String history = http.get(query + "/" + id + "/history?minVersion=" + last).body();
        assertThat(history).contains("RevisionIssued").contains("OralRevisionMade").contains("DraftActedOn");
        String blame = http.get(query + "/" + id + "/blame?minVersion=" + last).body();
        assertThat(blame).contains("Rev.1").contains("oral revision 1");
    }

    @Test
    void aReplayRebuildsTheLifecycleEqually() throws Exception {
        String before = http.get(query + "/" + id + "/negotiation?minVersion=" + last + "&asOf=" + afterRev1).body();
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
        assertThat(http.get(query + "/" + id + "/negotiation?minVersion=" + last + "&asOf=" + afterRev1).body()).isEqualTo(before);
    }

    /** The draft's feed from the start, as server-sent event lines, until {@code events} events have come. */
    private static List<String> feed(int events) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(query + "/" + id + "/feed?after=0")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<String> lines = new ArrayList<>();
        try (InputStream body = response.body()) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                try {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    int seen = 0;
                    String line;
                    while (seen < events && (line = reader.readLine()) != null) {
                        lines.add(line);
                        if (line.startsWith("event: ") && !line.startsWith("event: heartbeat")) {
                            seen++;
                        }
                    }
                    // the last event's data line
                    String data = reader.readLine();
                    if (data != null) {
                        lines.add(data);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            reading.get(30, TimeUnit.SECONDS);
        }
        return lines;
    }
}
