package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UN wording both ways, end to end on the real broker and MongoDB-protocol server: France imports an amendment
 * document in the UN wording (a document with an instruction the draft cannot take is refused first, with its line,
 * and proposes nothing); the wording endpoint gives the UN sentences back and France's amendment document lists
 * them; Brazil, a main sponsor, accepts the amendment and the text reads as the document said. Both apps read the
 * document alike.
 */
class AmendmentWordingEndToEndTest {

    private static final String CALLS_UPON = "*Calls upon* Member States to share information on cybercrime trends;";

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String query;
    private static String id;
    private static String symbol;
    private static Http.Response refused;
    private static Http.Response imported;
    private static String wording;
    private static Http.Response documentText;
    private static Http.Response documentHtml;
    private static Http.Response accepted;
    private static String documentHtmlType;
    private static Http.Response readBack;
    private static JsonNode proposed;

    @BeforeAll
    static void importAndAccept() throws Exception {
        stack = PlenaryStack.builder().build().start();
        command = stack.commandUrl() + "/api/drafts";
        query = stack.queryUrl() + "/api/drafts";
        ObjectNode draft = Json.mapper().valueToTree(UnTextReader.read(PlenaryLocal.readSample()));
        draft.put("symbol", "E/CN.15/2017/L.4/Rev.1"); // the sample as printed carries its symbol in the page header
        String sample = Json.mapper().writeValueAsString(draft);
        id = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        symbol = http.get(query + "/" + id + "?minVersion=1").json().get("symbol").asText();

        refused = http.postText(command + "/" + id + "/amendments/import", "dev:FRA", """
                France: amendments to draft resolution %s

                1. In operative paragraph 3, replace the word “possible” with “concrete”;

                2. Delete operative paragraph 99.
                """.formatted(symbol));
        imported = http.postText(command + "/" + id + "/amendments/import", "dev:FRA", """
                Economic and Social Council

                E/CN.15/2017/L.9

                France: amendments to draft resolution %s

                1. In operative paragraph 3, replace the word "possible" with "concrete";

                2. After operative paragraph 4, insert the following paragraph:
                “5. %s”
                """.formatted(symbol, CALLS_UPON));
        wording = http.get(query + "/" + id + "/amendments/A1/wording?minVersion=2").body();
        documentText = http.get(query + "/" + id + "/amendments/document?by=FRA&minVersion=2");
        documentHtml = http.get(query + "/" + id + "/amendments/document?by=FRA&format=html&minVersion=2");
        readBack = http.postText(query + "/" + id + "/amendments/parse?minVersion=2", null, documentText.body());
        proposed = http.get(query + "/" + id + "/amendments?minVersion=2").json().get("amendments").get(0).get("operations");
        documentHtmlType = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query + "/" + id
                        + "/amendments/document?by=FRA&format=html&minVersion=2")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Content-Type").orElse("");
        accepted = http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void anUnresolvedInstructionIsRefusedWithItsLineAndNothingIsProposed() {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode unresolved = refused.json().get("unresolved");
        assertThat(unresolved).hasSize(1);
        assertThat(unresolved.get(0).get("line").asInt()).isEqualTo(5);
        assertThat(unresolved.get(0).get("why").asText()).contains("there is no operative paragraph 99");
        assertThat(refused.json().get("message").asText()).contains("nothing was proposed");
        // the next import is A1 at version 2: the refused one proposed nothing
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("amendmentId").asText()).isEqualTo("A1");
        assertThat(imported.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void theWordingEndpointGivesTheUnSentences() {
        assertThat(wording).isEqualTo("In operative paragraph 3, replace the word “possible” with “concrete”\n\n"
                + "After operative paragraph 4, insert the following paragraph: “5. " + CALLS_UPON + "”\n");
        assertThat(http.get(query + "/" + id + "/amendments/A1/wording?minVersion=3").body())
                .as("still addressed to the text it was proposed on").isEqualTo(wording);
        assertThat(http.get(query + "/" + id + "/amendments/A9/wording").status()).isEqualTo(404);
    }

    @Test
    void theWordingAsJsonSaysWhichTextItAddresses() throws Exception {
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query + "/" + id
                        + "/amendments/A1/wording?minVersion=3")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Plenary-Addressed-To")).hasValue("1");
        assertThat(json.headers().firstValue("Plenary-Version")).hasValue("3");
        JsonNode body = Json.mapper().readTree(json.body());
        assertThat(body.get("addressedTo").asLong()).isEqualTo(1);
        assertThat(body.get("instructions")).hasSize(2);
        assertThat(body.get("instructions").get(0).asText())
                .isEqualTo("In operative paragraph 3, replace the word “possible” with “concrete”");
        assertThat(documentHtmlType).startsWith("text/html");
    }

    @Test
    void theDelegationsAmendmentDocumentReadsBackToTheSameOperations() {
        assertThat(documentText.status()).isEqualTo(200);
        assertThat(documentText.body()).contains("France: amendments to draft resolution " + symbol + "\n\n"
                + "1. In operative paragraph 3, replace the word “possible” with “concrete”;\n\n"
                + "2. After operative paragraph 4, insert the following paragraph: “5. " + CALLS_UPON + "”.\n");
        assertThat(documentHtml.status()).isEqualTo(200);
        assertThat(documentHtml.body()).contains("<h1>France: amendments to draft resolution " + symbol + "</h1>")
                .contains("<li>In operative paragraph 3, replace the word “possible” with “concrete”;</li>");
        assertThat(http.get(query + "/" + id + "/amendments/document?by=FRA&minVersion=3").status())
                .as("nothing pending once accepted").isEqualTo(404);
        assertThat(http.get(query + "/" + id + "/amendments/document?by=XXX").status()).isEqualTo(400);
        assertThat(http.get(query + "/" + id + "/amendments/document?by=FRA&format=pdf").status()).isEqualTo(400);
    }

    @Test
    void theDocumentServedReadsBackToTheOperationsProposed() {
        assertThat(readBack.status()).as(readBack.body()).isEqualTo(200);
        assertThat(readBack.json().get("unresolved")).isEmpty();
        JsonNode ops = Json.mapper().createArrayNode();
        readBack.json().get("instructions").forEach(i -> i.get("operations").forEach(((ArrayNode) ops)::add));
        assertThat(ops).hasSize(2);
        assertThat(ops.get(0)).isEqualTo(proposed.get(0));
        assertThat(ops.get(1).get("text")).isEqualTo(proposed.get(1).get("text"));
        assertThat(ops.get(1).get("after")).isEqualTo(proposed.get(1).get("after"));
        assertThat(ops.get(1).get("paragraphId").asText()).as("provisional").isEqualTo("new1");
        assertThat(proposed.get(1).get("paragraphId").asText()).as("the draft's own id").matches("op\\d+");
    }

    @Test
    void acceptedTheTextReadsAsTheDocumentSaid() {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode operative = http.get(query + "/" + id + "?minVersion=3").json().get("operative");
        assertThat(operative.get(2).get("text").asText()).contains("to develop concrete conclusions and recommendations");
        assertThat(operative.get(4).get("text").asText()).isEqualTo(CALLS_UPON);
    }

    @Test
    void bothAppsReadADocumentAlikeAndTheQueryAppResolvesIt() {
        String document = "China: amendment to draft resolution " + symbol + "\n\n"
                + "1. Delete paragraph 2(c) and substitute the word \u201cshould\u201d for \u201cmay\u201d in paragraph 4.\n";
        Http.Response onQuery = http.postText(stack.queryUrl() + "/api/documents/parse-amendment", null, document);
        Http.Response onCommand = http.postText(stack.commandUrl() + "/api/documents/parse-amendment", "dev:CHN", document);
        assertThat(onQuery.status()).as(onQuery.body()).isEqualTo(200);
        assertThat(onCommand.status()).as(onCommand.body()).isEqualTo(200);
        assertThat(onCommand.json()).isEqualTo(onQuery.json());
        assertThat(onQuery.json().get("sponsors").get(0).asText()).isEqualTo("China");
        assertThat(onQuery.json().get("target").asText()).isEqualTo(symbol);
        assertThat(http.postText(stack.commandUrl() + "/api/documents/parse-amendment", null, document).status())
                .as("the command app needs a token").isEqualTo(401);

        Http.Response resolved = http.postText(query + "/" + id + "/amendments/parse?minVersion=1", null,
                "1. In operative paragraph 1, replace the word “periodic” with “regular”;\n\n2. Rephrase operative paragraph 2.\n");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        JsonNode op = resolved.json().get("instructions").get(0).get("operations").get(0);
        assertThat(op.get("op").asText()).isEqualTo("replaceText");
        assertThat(op.get("paragraphId").asText()).isEqualTo("op1");
        assertThat(resolved.json().get("unresolved")).as(resolved.body()).hasSize(1);
        assertThat(resolved.json().get("unresolved").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(http.postText(stack.queryUrl() + "/api/documents/parse-amendment", null, "Delete \u0000 x").status())
                .isEqualTo(400);
    }
}
