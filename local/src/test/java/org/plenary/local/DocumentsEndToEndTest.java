package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.plenary.documents.DocumentFormat;
import org.plenary.shared.un.UnTextReader;

import javax.xml.namespace.QName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word and PDF in and out over HTTP on the whole stack: import a Word file, export Word (plain and with the pending
 * amendments as tracked changes) and PDF and read them back, turn a delegate's tracked changes into amendments,
 * and refuse garbage with 400 while storing nothing.
 */
class DocumentsEndToEndTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SMALL = """
            France and Ghana: draft resolution

            Oceans and the law of the sea

            The General Assembly,

            *Recalling* its resolution 77/248,

            *Noting* the report of the Secretary-General,

            1. *Requests* the Secretary-General to report;

            2. *Decides* to remain seized of the matter.
            """;

    private static PlenaryStack stack;
    private static MongoClient mongo;
    private static final Http http = new Http();
    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String sample;
    private static String drafts;

    @BeforeAll
    static void start() throws IOException {
        stack = PlenaryStack.builder().build().start();
        mongo = MongoClients.create(stack.mongo().connectionString());
        sample = PlenaryLocal.readSample();
        drafts = stack.queryUrl() + "/api/drafts";
    }

    @AfterAll
    static void stop() {
        mongo.close();
        stack.close();
    }

    @Test
    void aWordFileIsImportedAndWordAndPdfExportsReadBackToTheSameStructure() throws Exception {
        JsonNode parsedText = http.postText(parse(), null, sample).json();
        String textId = created(http.postText(stack.commandUrl() + "/api/drafts/import", "dev:BRA", sample));

        HttpResponse<byte[]> docx = get(drafts + "/" + textId + "/docx?minVersion=1");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(DocumentFormat.DOCX_MEDIA_TYPE);
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + textId + ".docx\"");
        assertThat(post(parse(), null, DocumentFormat.DOCX_MEDIA_TYPE, docx.body()).json()).isEqualTo(parsedText);

        String wordId = created(post(stack.commandUrl() + "/api/drafts/import", "dev:BRA", DocumentFormat.DOCX_MEDIA_TYPE,
                docx.body()));
        Http.Response text = http.get(drafts + "/" + wordId + "/text?minVersion=1");
        assertThat(UnTextReader.read(text.body())).isEqualTo(UnTextReader.read(sample));

        HttpResponse<byte[]> pdf = get(drafts + "/" + wordId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
        JsonNode fromPdf = post(parse(), null, DocumentFormat.PDF_MEDIA_TYPE, pdf.body()).json();
        assertThat(fromPdf.get("header")).isEqualTo(parsedText.get("header"));
        assertThat(fromPdf.get("sponsors")).isEqualTo(parsedText.get("sponsors"));
        assertThat(fromPdf.get("operative").findValuesAsText("id")).isEqualTo(parsedText.get("operative").findValuesAsText("id"));
        assertThat(fromPdf.get("footnotes").findValuesAsText("marker")).containsExactly("1", "2");
    }

    @Test
    void pendingAmendmentsAreTrackedChangesByTheirDelegations() throws Exception {
        String id = created(http.postText(stack.commandUrl() + "/api/drafts/import", "dev:BRA", sample));
        propose(id, "dev:FRA", "{\"op\":\"replaceText\",\"paragraphId\":\"op3\",\"start\":0,\"end\":12,\"text\":\"*Invites*\"}");
        propose(id, "dev:CHN", "{\"op\":\"deleteParagraph\",\"paragraphId\":\"op5\"}");

        HttpResponse<byte[]> tracked = get(drafts + "/" + id + "/docx?amendments=pending&minVersion=3");
        assertThat(tracked.statusCode()).isEqualTo(200);
        List<String[]> changes = trackedChanges(tracked.body());
        assertThat(changes).anySatisfy(c -> assertThat(c).containsExactly("del", "France", "Encourages"))
                .anySatisfy(c -> assertThat(c).containsExactly("ins", "France", "Invites"))
                .anySatisfy(c -> assertThat(c[0] + " " + c[1]).isEqualTo("del China"));
        assertThat(get(drafts + "/" + id + "/docx?amendments=all").statusCode()).isEqualTo(400);
        assertThat(get(drafts + "/nosuchdraft/docx").statusCode()).isEqualTo(404);
    }

    @Test
    void trackedChangesOfADelegateBecomeAmendmentsByTheCaller() throws Exception {
        String id = created(http.postText(stack.commandUrl() + "/api/drafts/import", "dev:FRA", SMALL));
        byte[] exported = get(drafts + "/" + id + "/docx?minVersion=1").body();
        byte[] edited = trackChanges(exported);
        String url = stack.commandUrl() + "/api/drafts/" + id + "/amendments/import-docx";

        assertThat(post(url, null, DocumentFormat.DOCX_MEDIA_TYPE, edited).status()).isEqualTo(401);
        Http.Response imported = post(url, "dev:GHA", DocumentFormat.DOCX_MEDIA_TYPE, edited);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("amendments").findValuesAsText("author")).containsExactly("Jane Doe", "Ahmed Ali");
        assertThat(imported.json().get("amendments").findValuesAsText("amendmentId")).containsExactly("A1", "A2");

        JsonNode amendments = http.get(drafts + "/" + id + "/amendments?minVersion=3").json().get("amendments");
        assertThat(amendments.findValuesAsText("proposer")).containsExactly("GHA", "GHA");
        assertThat(amendments.get(0).get("operations").get(0).get("text").asText()).isEqualTo("78");
        assertThat(amendments.get(1).get("operations").get(0).get("op").asText()).isEqualTo("deleteParagraph");

        long events = storedEvents();
        Http.Response noChanges = post(url, "dev:GHA", DocumentFormat.DOCX_MEDIA_TYPE, exported);
        assertThat(noChanges.status()).isEqualTo(400);
        assertThat(noChanges.json().get("message").asText()).contains("the Word document holds no tracked changes");
        assertThat(post(url, "dev:GHA", DocumentFormat.DOCX_MEDIA_TYPE, "not a word file".getBytes()).status())
                .isEqualTo(400);
        assertThat(post(stack.commandUrl() + "/api/drafts/nosuchdraft/amendments/import-docx", "dev:GHA",
                DocumentFormat.DOCX_MEDIA_TYPE, edited).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void garbageIsRefusedWith400AndNothingIsStored() throws Exception {
        long events = storedEvents();
        byte[] random = new byte[2048];
        new Random(16).nextBytes(random);
        byte[] docx = get(drafts + "/" + created(http.postText(stack.commandUrl() + "/api/drafts/import", "dev:BRA",
                sample)) + "/docx?minVersion=1").body();
        events = storedEvents();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        byte[] words = "lorem ipsum dolor sit amet, consectetur adipiscing elit".getBytes(StandardCharsets.UTF_8);
        List<Object[]> cases = List.of(
                new Object[] {"text/plain", random}, new Object[] {"text/plain", new byte[0]},
                new Object[] {"text/plain", words}, new Object[] {DocumentFormat.DOCX_MEDIA_TYPE, random},
                new Object[] {DocumentFormat.DOCX_MEDIA_TYPE, new byte[0]}, new Object[] {DocumentFormat.DOCX_MEDIA_TYPE, words},
                new Object[] {DocumentFormat.DOCX_MEDIA_TYPE, truncated}, new Object[] {DocumentFormat.PDF_MEDIA_TYPE, random},
                new Object[] {DocumentFormat.PDF_MEDIA_TYPE, words}, new Object[] {DocumentFormat.PDF_MEDIA_TYPE, docx});
        for (Object[] c : cases) {
            String type = (String) c[0];
            byte[] body = (byte[]) c[1];
            Http.Response imported = post(stack.commandUrl() + "/api/drafts/import", "dev:BRA", type, body);
            assertThat(imported.status()).as(type + " " + body.length + ": " + imported.body()).isEqualTo(400);
            assertThat(imported.json().get("message").asText()).isNotBlank();
            Http.Response parsed = post(parse(), null, type, body);
            assertThat(parsed.status()).as(type + " " + body.length + ": " + parsed.body()).isEqualTo(400);
        }
        assertThat(post(stack.commandUrl() + "/api/drafts/import", "dev:BRA", "text/plain", words).json()
                .get("message").asText()).contains("not a resolution");
        assertThat(storedEvents()).isEqualTo(events);
    }

    /** Jane Doe replaces "77/248" by "78/69"; Ahmed Ali deletes the second preambular paragraph; as Word records it. */
    private static byte[] trackChanges(byte[] docx) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int id = 100;
            for (XWPFParagraph p : word.getParagraphs()) {
                String text = p.getText();
                if (text.equals("Recalling its resolution 77/248,")) {
                    CTP ctp = p.getCTP();
                    // The last run " its resolution 77/248," is split where the change starts.
                    ctp.getRArray(ctp.sizeOfRArray() - 1).getTArray(0).setStringValue(" its resolution ");
                    CTRunTrackChange del = ctp.addNewDel();
                    describe(del, "Jane Doe", id++);
                    del.addNewR().addNewDelText().setStringValue("77/248");
                    CTRunTrackChange ins = ctp.addNewIns();
                    describe(ins, "Jane Doe", id++);
                    ins.addNewR().addNewT().setStringValue("78/69");
                    ctp.addNewR().addNewT().setStringValue(",");
                } else if (text.startsWith("Noting the report")) {
                    CTP ctp = p.getCTP();
                    describe(ctp.getPPr().addNewRPr().addNewDel(), "Ahmed Ali", id++);
                    // Each run moves into a w:del with its formatting, its text becoming w:delText.
                    for (int r = ctp.sizeOfRArray() - 1; r >= 0; r--) {
                        CTR run = (CTR) ctp.getRArray(r).copy();
                        String t = run.getTArray(0).getStringValue();
                        ctp.removeR(r);
                        CTRunTrackChange del = ctp.insertNewDel(0);
                        describe(del, "Ahmed Ali", id++);
                        CTR deleted = del.addNewR();
                        deleted.set(run);
                        deleted.removeT(0);
                        deleted.addNewDelText().setStringValue(t);
                    }
                }
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    private static void describe(CTTrackChange change, String author, int id) {
        change.setAuthor(author);
        change.setId(BigInteger.valueOf(id));
        change.setDate(Calendar.getInstance());
    }

    /** Every w:ins and w:del of the body as {element, author, text}. */
    private static List<String[]> trackedChanges(byte[] docx) throws IOException {
        List<String[]> found = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String ns = "declare namespace w='" + W + "' ";
            for (String element : List.of("ins", "del")) {
                for (XmlObject change : word.getDocument().getBody().selectPath(ns + ".//w:" + element)) {
                    StringBuilder text = new StringBuilder();
                    for (XmlObject t : change.selectPath(ns + ".//w:t | .//w:delText")) {
                        try (XmlCursor c = t.newCursor()) {
                            text.append(c.getTextValue());
                        }
                    }
                    try (XmlCursor c = change.newCursor()) {
                        found.add(new String[] {element, c.getAttributeText(new QName(W, "author")), text.toString()});
                    }
                }
            }
        }
        return found;
    }

    private static String parse() {
        return stack.queryUrl() + "/api/documents/parse";
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("draftId").asText();
    }

    private static void propose(String id, String token, String operation) {
        Http.Response proposed = http.post(stack.commandUrl() + "/api/drafts/" + id + "/amendments", token,
                "{\"baseVersion\":1,\"operations\":[" + operation + "]}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Http.Response post(String url, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Response(response.statusCode(), response.body());
    }

    private static long storedEvents() {
        return mongo.getDatabase("plenary").getCollection("events").countDocuments();
    }
}
