package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UN documents in and out over HTTP on the whole stack: import the sample text on the command side, read it
 * back as text, HTML and Akoma Ntoso on the query side, parse without storing, and refuse unreadable text
 * with its line number while storing nothing.
 */
class ImportExportEndToEndTest {

    private static PlenaryStack stack;
    private static MongoClient mongo;
    private static final Http http = new Http();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static String sample;
    private static String imports;
    private static String drafts;
    private static String parse;

    @BeforeAll
    static void start() throws IOException {
        stack = PlenaryStack.builder().build().start();
        mongo = MongoClients.create(stack.mongo().connectionString());
        sample = PlenaryLocal.readSample();
        imports = stack.commandUrl() + "/api/drafts/import";
        drafts = stack.queryUrl() + "/api/drafts";
        parse = stack.queryUrl() + "/api/documents/parse";
    }

    @AfterAll
    static void stop() {
        mongo.close();
        stack.close();
    }

    private static String importSample() {
        Http.Response created = http.postText(imports, "dev:BRA", sample);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        return created.json().get("draftId").asText();
    }

    @Test
    void importedTextIsRegisteredAndReadsBackToTheSameStructure() throws Exception {
        // No charset in the content type: read as UTF-8 all the same, so "¹" and "…" survive.
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(imports))
                .header("Authorization", "Bearer dev:BRA").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(sample)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Json.mapper().readTree(created.body()).get("draftId").asText();

        Http.Response text = http.get(drafts + "/" + id + "/text?minVersion=1");
        assertThat(text.status()).isEqualTo(200);
        assertThat(UnTextReader.read(text.body())).isEqualTo(UnTextReader.read(sample));

        JsonNode draft = http.get(drafts + "/" + id).json();
        assertThat(draft.get("submittedBy").asText()).isEqualTo("BRA");
        assertThat(draft.get("mainSponsors")).hasSize(12);
        JsonNode parsed = http.postText(parse, null, sample).json();
        parsed.fieldNames().forEachRemaining(field ->
                assertThat(draft.get(field)).as(field).isEqualTo(parsed.get(field)));
    }

    @Test
    void unreadableTextIsRefusedWithItsLineAndNothingIsStored() {
        assertThat(http.get(drafts + "/" + importSample() + "?minVersion=1").status()).isEqualTo(200);
        List<String> listed = new ArrayList<>(http.get(drafts).json().findValuesAsText("draftId"));
        long events = storedEvents();

        String broken = sample.replace("3. *Encourages*", "9. *Encourages*");
        Http.Response refused = http.postText(imports, "dev:BRA", broken);
        assertThat(refused.status()).isEqualTo(400);
        int line = lineOf(broken, "9. *Encourages*");
        assertThat(refused.json().get("line").asInt()).isEqualTo(line);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("line " + line + ": operative paragraph numbered \"9.\"; expected \"3.\" "
                        + "(operative paragraphs are numbered 1., 2., … in order)");

        Http.Response empty = http.postText(imports, "dev:BRA", "\n\n");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("line").asInt()).isEqualTo(1);
        assertThat(http.postText(imports, null, sample).status()).isEqualTo(401);
        assertThat(http.post(imports, "dev:BRA", "{\"title\":\"JSON is not the UN layout\"}").status()).isEqualTo(415);
        assertThat(http.postText(imports, "dev:FRA", sample).status()).as("FRA is not a sponsor").isEqualTo(403);

        assertThat(storedEvents()).isEqualTo(events);
        // A later import, once projected, shows that the refused ones did not reach the query side either.
        String marker = importSample();
        assertThat(http.get(drafts + "/" + marker + "?minVersion=1").status()).isEqualTo(200);
        listed.add(marker);
        assertThat(http.get(drafts).json().findValuesAsText("draftId")).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void parseAnswersTheStructureWithoutStoringIt() throws Exception {
        long events = storedEvents();

        // No charset in the content type: UTF-8 all the same, so "¹" stays a footnote call.
        HttpResponse<String> parsed = send(HttpRequest.newBuilder(URI.create(parse))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(sample)));
        assertThat(parsed.statusCode()).isEqualTo(200);
        JsonNode document = Json.mapper().readTree(parsed.body());
        assertThat(document).isEqualTo(Json.mapper().valueToTree(DocumentView.of(UnTextReader.read(sample))));
        assertThat(document.get("header").get("organ").asText()).isEqualTo("Economic and Social Council");
        assertThat(document.get("sponsors")).hasSize(12);
        assertThat(document.get("operative").findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(document.get("footnotes").findValuesAsText("marker")).containsExactly("1", "2");

        Http.Response refused = http.postText(parse, null, "A and B: draft resolution\n\nTitle\n\nThe General Assembly,\n\n"
                + "1. *Decides* a.\n\n² Orphan note.\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("line").asInt()).isEqualTo(9);
        assertThat(refused.json().get("message").asText()).startsWith("line 9: footnote note ² is never called");
        assertThat(http.post(parse, null, "{}").status()).isEqualTo(415);

        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void htmlIsTheFullPageOfTheCurrentText() throws Exception {
        String id = importSample();

        HttpResponse<String> page = get(drafts + "/" + id + "/html?minVersion=1", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Plenary-Version")).hasValue("1");
        assertThat(page.body()).startsWith("<!DOCTYPE html>")
                .contains("<title>Strengthening international cooperation to combat cybercrime</title>")
                .contains("<a href=\"#fn1\" id=\"fnref1\" role=\"doc-noteref\"");

        assertThat(get(drafts + "/nosuchdraft/html", "text/html").statusCode()).isEqualTo(404);
        assertThat(get(drafts + "/" + id + "/html?minVersion=x", "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void aknIsValidAkomaNtosoDatedByTheSubmission() throws Exception {
        String id = importSample();

        HttpResponse<String> akn = get(drafts + "/" + id + "/akn?minVersion=1", "*/*");
        assertThat(akn.statusCode()).isEqualTo(200);
        assertThat(akn.headers().firstValue("Content-Type")).hasValue("application/akn+xml;charset=UTF-8");
        schema().newValidator().validate(new StreamSource(new StringReader(akn.body())));
        String submitted = LocalDate.ofInstant(Instant.parse(http.get(drafts + "/" + id).json()
                .get("submittedAt").asText()), ZoneOffset.UTC).toString();
        assertThat(akn.body()).contains("<FRBRdate date=\"" + submitted + "\" name=\"submission\"/>",
                "<FRBRuri value=\"/akn/un/doc/resolution/" + submitted + "/" + id + "\"/>");

        HttpResponse<String> xml = get(drafts + "/" + id + "/akn", "application/xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        assertThat(xml.body()).isEqualTo(akn.body());
    }

    private static long storedEvents() {
        return mongo.getDatabase("plenary").getCollection("events").countDocuments();
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static Schema schema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ImportExportEndToEndTest.class.getResource("/akn/akomantoso30.xsd"));
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
