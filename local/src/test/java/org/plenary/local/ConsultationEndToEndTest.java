package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Informal consultations on the sample, end to end on the real broker and MongoDB-protocol server: France, Japan and
 * Egypt (on behalf of the African Group) propose; Brazil, a main sponsor, runs the consultation. A bracket moves with
 * an accepted amendment and is lifted; of two alternatives one is chosen; a new paragraph is "3 bis"; paragraphs go
 * ad ref, then agreed, and an agreed one refuses amendments. The compilation text is read at two instants (text,
 * HTML, and Word opened with POI) and the progress series is checked.
 */
class ConsultationEndToEndTest {

    private static final String CALLS_UPON = "*Calls upon* Member States to share information on cybercrime trends;";
    private static final String JAPAN_ALT = "*Requests* the United Nations Office on Drugs and Crime to report annually on new developments;";
    private static final String AFRICAN_ALT = "*Requests* the United Nations Office on Drugs and Crime to collect and share information on "
            + "new developments, progress made and best practices identified;";

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;
    private static String id;
    private static Instant midway;
    private static final List<Http.Response> refusals = new ArrayList<>();

    @BeforeAll
    static void consult() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.checkpoint-interval", "4").build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        id = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        String op3 = http.get(query + "/" + id + "?minVersion=1").json().get("operative").get(2).get("text").asText();
        int possible = op3.indexOf("possible");
        int recommendations = op3.indexOf("recommendations");

        step(http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion":1,"operations":[{"op":"replaceText","paragraphId":"op3","start":%d,"end":%d,"text":"concrete and practical"}]}"""
                .formatted(possible, possible + 8)), 2);
        Http.Response bracket = http.post(command + "/" + id + "/brackets", "dev:EGY", """
                {"paragraphId":"op3","start":%d,"end":%d,"onBehalfOf":"African Group","note":"pending capitals"}"""
                .formatted(recommendations, recommendations + "recommendations".length()));
        step(bracket, 3);
        assertThat(bracket.json().get("bracketId").asText()).isEqualTo("B1");
        Http.Response alt1 = http.post(command + "/" + id + "/paragraphs/op4/alternatives", "dev:JPN",
                "{\"text\":\"" + JAPAN_ALT + "\"}");
        step(alt1, 4);
        assertThat(alt1.json().get("label").asText()).isEqualTo("Alt 1");
        step(http.post(command + "/" + id + "/paragraphs/op4/alternatives", "dev:EGY",
                "{\"text\":\"" + AFRICAN_ALT + "\",\"onBehalfOf\":\"Group of African States\"}"), 5);
        step(http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion":5,"operations":[{"op":"insertParagraph","section":"operative","after":"op3","text":"%s"}]}"""
                .formatted(CALLS_UPON)), 6);
        Thread.sleep(20);
        midway = Instant.now();
        Thread.sleep(20);

        step(http.post(command + "/" + id + "/amendments/A2/accept", "dev:BRA", null), 8); // + pending A1 rebased
        step(http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null), 10); // + the bracket moved
        step(http.post(command + "/" + id + "/paragraphs/op4/alternatives/2/choose", "dev:BRA", null), 11);
        step(status("op4", "agreed-ad-ref"), 12);
        refusals.add(status("op3", "agreed-ad-ref"));
        step(http.delete(command + "/" + id + "/brackets/B1", "dev:EGY"), 13);
        step(status("op3", "agreed-ad-ref"), 14);
        step(status("op4", "agreed"), 15);
        step(status("op3", "agreed"), 16);
        refusals.add(http.post(command + "/" + id + "/amendments", "dev:FRA", """
                {"baseVersion":16,"operations":[{"op":"deleteParagraph","paragraphId":"op4"}]}"""));
    }

    private static Http.Response status(String paragraphId, String status) {
        return http.post(command + "/" + id + "/paragraphs/" + paragraphId + "/status", "dev:BRA",
                "{\"status\":\"" + status + "\"}");
    }

    private static void step(Http.Response response, long version) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        assertThat(response.json().get("version").asLong()).isEqualTo(version);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void refusalsSayWhy() {
        assertThat(refusals.get(0).status()).isEqualTo(409);
        assertThat(refusals.get(0).json().get("message").asText())
                .isEqualTo("operative paragraph 3 still has open brackets B1: lift them before marking it agreed ad ref");
        assertThat(refusals.get(1).status()).isEqualTo(409);
        assertThat(refusals.get(1).json().get("message").asText())
                .isEqualTo("operative paragraph 5 is agreed: reopen it before amending it"); // as the text is printed now
    }

    @Test
    void theCompilationMidwayShowsEveryProposalTagged() {
        Http.Response midText = http.get(query + "/" + id + "/compilation?minVersion=16&asOf=" + midway);
        assertThat(midText.status()).isEqualTo(200);
        String text = midText.body();
        assertThat(text).contains("Compilation text, version 6");
        assertThat(text).contains("3. *Encourages* the Expert Group to develop possible [France: replace “possible” with "
                + "“concrete and practical”] conclusions and [recommendations] for submission to the Commission;\n\n"
                + "3 bis. [France: add] " + CALLS_UPON + "\n\n4. *Requests*");
        assertThat(text).contains("\n\nAlt 1 [Japan]: " + JAPAN_ALT + "\n\nAlt 2 [African Group]: " + AFRICAN_ALT + "\n\n5. ");

        String html = http.get(query + "/" + id + "/compilation?format=html&minVersion=16&asOf=" + midway).body();
        assertThat(html).contains("<span class=\"bracket\" data-bracket=\"B1\" title=\"Brackets requested by African Group\">[</span>")
                .contains("data-amendment=\"A2\">[France: add]</span>");
    }

    @Test
    void theCompilationAtTheEndShowsTheSettledText() throws Exception {
        String text = http.get(query + "/" + id + "/compilation?minVersion=16").body();
        assertThat(text).contains("Compilation text, version 16");
        assertThat(text).contains("3. (agreed) *Encourages* the Expert Group to develop concrete and practical conclusions "
                + "and recommendations for submission to the Commission;\n\n3 bis. " + CALLS_UPON + "\n\n4. (agreed) " + AFRICAN_ALT);
        assertThat(text).doesNotContain("Alt 1").doesNotContain("[France").doesNotContain("[recommendations]");

        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query + "/" + id
                + "/compilation?format=docx&minVersion=16&asOf=" + midway)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("compilation-v6.docx");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("3 bis.\t[France: add] Calls upon Member States to share information on cybercrime trends;",
                    "Alt 2 [African Group]: " + AFRICAN_ALT.replace("*", ""));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("3.\tEncourages the Expert Group to develop possible "
                    + "[France: replace “possible” with “concrete and practical”] conclusions and [recommendations]"));
        }
    }

    @Test
    void progressShowsTheWayToAgreement() {
        JsonNode progress = http.get(query + "/" + id + "/progress?minVersion=16").json();
        assertThat(progress.get("now").get("agreed").asInt()).isEqualTo(2);
        assertThat(progress.get("now").get("agreedAdRef").asInt()).isZero();
        assertThat(progress.get("now").get("open").asInt()).isEqualTo(13); // 7 + 7 + the new one, two agreed
        assertThat(progress.get("now").get("openBrackets").asInt()).isZero();
        List<String> series = new ArrayList<>();
        progress.get("series").forEach(p -> series.add(p.get("version").asLong() + ":" + p.get("open").asInt() + "/"
                + p.get("agreedAdRef").asInt() + "/" + p.get("agreed").asInt() + "/" + p.get("openBrackets").asInt()));
        assertThat(series).containsExactly("1:14/0/0/0", "3:14/0/0/1", "7:15/0/0/1", "12:14/1/0/1", "13:14/1/0/0",
                "14:13/2/0/0", "15:13/1/1/0", "16:13/0/2/0");
    }

    @Test
    void aReplayRebuildsTheConsultationsEqually() throws Exception {
        String before = http.get(query + "/" + id + "/compilation?minVersion=16&asOf=" + midway).body();
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
        assertThat(http.get(query + "/" + id + "/compilation?minVersion=16&asOf=" + midway).body()).isEqualTo(before);
    }

    @Test
    void theBracketMovedWithTheAcceptedAmendmentAndTheStateReadsAtAnyPoint() {
        JsonNode then = http.get(query + "/" + id + "/consultation?minVersion=16&asOf=" + midway).json();
        JsonNode b1 = then.get("brackets").get(0);
        assertThat(b1.get("state").asText()).isEqualTo("open");
        assertThat(b1.get("onBehalfOf").asText()).isEqualTo("Group of African States");
        assertThat(b1.get("positions")).hasSize(1);

        JsonNode now = http.get(query + "/" + id + "/consultation?minVersion=16").json();
        JsonNode lifted = now.get("brackets").get(0);
        assertThat(lifted.get("state").asText()).isEqualTo("lifted");
        assertThat(lifted.get("positions")).hasSize(2);
        assertThat(lifted.get("positions").get(1).get("start").asInt() - lifted.get("positions").get(0).get("start").asInt())
                .isEqualTo("concrete and practical".length() - "possible".length());
        assertThat(now.get("numbers").get("op8").asText()).isEqualTo("3 bis");
        assertThat(now.get("statuses").get("op3").asText()).isEqualTo("agreed");
        assertThat(now.get("alternatives").get(0).get("state").asText()).isEqualTo("closed");
        assertThat(now.get("alternatives").get(1).get("state").asText()).isEqualTo("chosen");

        String history = http.get(query + "/" + id + "/history?type=BracketsMoved").body();
        assertThat(history).contains("\"source\":\"A1\"");
        assertThat(http.get(query + "/" + id + "/text?minVersion=16").body()).contains("5. " + AFRICAN_ALT); // numbered as issued
    }
}
