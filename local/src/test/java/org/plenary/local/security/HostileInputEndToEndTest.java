package org.plenary.local.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.PlenaryStack;
import org.plenary.shared.json.Json;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects found by probing the local run as an outsider would (issue 11), each reproduced over HTTP against
 * the real embedded stack: paths that dodged authorisation, 500s, chunked bodies past the limit, input that was
 * coerced or stored instead of refused, script links, development tokens in loose forms, the network interface.
 * Every refused command leaves the draft's version as it was.
 */
class HostileInputEndToEndTest {

    static final String DRAFT = """
            {"title": "Hostile input", "sponsors": ["Brazil"],
             "preamble": [{"text": "*Recalling* its resolutions,"}],
             "operative": [{"text": "*Decides* to act [click](JavaScript:alert(3)) and [that](data:text/html,x);"},
                           {"text": "*Requests* a report."}]}
            """;

    private static PlenaryStack stack;
    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static String command;
    private static String query;
    private static String draftId;

    @BeforeAll
    static void start() throws Exception {
        stack = PlenaryStack.builder().property("plenary.queries.min-version-wait", "200ms").build().start();
        command = stack.commandUrl();
        query = stack.queryUrl();
        HttpResponse<String> created = send(json("POST", command + "/api/drafts", "dev:BRA", DRAFT));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        draftId = tree(created).get("draftId").asText();
        assertThat(send(json("POST", command + "/api/drafts/" + draftId + "/cosponsors", "dev:FRA", null)).statusCode())
                .isEqualTo(200);
        awaitProjectedVersion(2);
    }

    // The tests read the draft from the query side; min-version-wait is short here, so wait once for the projection.
    private static void awaitProjectedVersion(long version) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (send(get(query + "/api/drafts/" + draftId + "?minVersion=" + version)).statusCode() != 200) {
            assertThat(System.nanoTime()).as("draft projected to version " + version).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    // Defect 1: the admin filter compared the raw URI; the dispatcher matches the decoded, normalised path.
    @Test
    void adminReplayNeedsTheSecretariatWhateverThePathSpelling() throws Exception {
        for (String path : new String[]{"/api;x/admin/replay", "/api/%61dmin/replay", "/api/admin/replay",
                "/api/admin/./replay", "/api/admin//replay", "/api/admin/replay;x=1"}) {
            HttpResponse<String> response = send(json("POST", query + path, null, null));
            assertThat(response.statusCode()).as(path + " " + response.body()).isIn(400, 401);
        }
        HttpResponse<String> anonymous = send(json("POST", query + "/api/admin/replay", null, null));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(tree(anonymous).get("status").asInt()).isEqualTo(401);

        HttpResponse<String> delegation = send(json("POST", query + "/api/%61dmin/replay", "dev:FRA", null));
        assertThat(delegation.statusCode()).isEqualTo(403);
        assertThat(tree(delegation).get("message").asText()).contains("secretariat");
    }

    // Defect 4: matrix parameters and encoded letters in command paths, odd feed positions: 500s.
    @Test
    void oddPathsAndFeedPositionsAreClientErrorsOrHandled() throws Exception {
        long before = version();
        HttpResponse<String> matrix = send(json("POST", command + "/api;x/drafts/" + draftId + "/cosponsors", "dev:DEU", null));
        assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(400);
        HttpResponse<String> session = send(json("POST", command + "/api;jsessionid=1/drafts/" + draftId + "/cosponsors", "dev:DEU", null));
        assertThat(session.statusCode()).as(session.body()).isBetween(400, 499);
        assertThat(version()).isEqualTo(before);

        HttpResponse<String> anonymous = send(json("POST", command + "/%61pi/drafts/" + draftId + "/cosponsors", null, null));
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        HttpResponse<String> encoded = send(json("POST", command + "/%61pi/drafts/" + draftId + "/cosponsors", "dev:ITA", null));
        assertThat(encoded.statusCode()).as(encoded.body()).isEqualTo(200);
        assertThat(tree(encoded).get("version").asLong()).isEqualTo(before + 1);

        assertThat(send(get(query + "/api/feed?after=,")).statusCode()).isEqualTo(400);
        assertThat(send(get(query + "/api/feed?after=,,x")).statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(URI.create(query + "/api/feed")).header("Last-Event-ID", ",,")
                .timeout(Duration.ofSeconds(10))).statusCode()).isEqualTo(400);
    }

    // Defect 2 (body part): the limit held for a declared Content-Length only; chunked bodies were read whole.
    @Test
    void chunkedBodiesOverTheLimitAre413AndNotReadWhole() throws Exception {
        byte[] twoMiB = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMiB, (byte) 'a');
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(command + "/api/drafts/import"))
                .header("Authorization", "Bearer dev:BRA").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(twoMiB))));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(413);

        AtomicLong sent = new AtomicLong();
        long huge = 256L * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(URI.create(command + "/api/drafts"))
                .header("Authorization", "Bearer dev:BRA").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new EndlessJson(huge, sent))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        } catch (IOException closedWhileSending) {
            // The server answered 413 and closed the connection while the client was still sending: also a refusal.
        }
        // What the client got rid of before the refusal reached it, not what the server read: the server reads the
        // limit (1 MiB), Tomcat then swallows at most 2 MiB before closing, and the rest sat in the sockets' buffers,
        // which Linux grows on loopback up to net.ipv4.tcp_rmem's maximum (32 MiB on this machine kind) plus the
        // sender's (4 MiB). A bound of 16 MiB failed once (22.6 MiB) for that reason alone; a quarter of the body is
        // above every buffer, and far below what a server reading the whole body would let through.
        assertThat(sent.get()).as("bytes the client could send before the server gave up").isLessThan(huge / 4);
    }

    // Defect 5: coerced numbers and text, missing offsets, control characters, invalid UTF-8, bad drafts and ids.
    @Test
    void amendmentsWithWrongTypesMissingNumbersOrControlCharactersAre400() throws Exception {
        long before = version();
        String[] operations = {
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":\"0\",\"end\":3,\"text\":\"x\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":12.7,\"text\":\"x\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":3,\"text\":42}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":true,\"end\":3,\"text\":\"x\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"end\":3,\"text\":\"x\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":null,\"text\":\"x\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":3,\"text\":\"a\\u0000b\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":3,\"text\":\"a\\u0007b\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":3,\"text\":\"two\\nlines\"}",
                "{\"op\":\"replaceText\",\"paragraphId\":\"../../etc/passwd\",\"start\":0,\"end\":3,\"text\":\"x\"}",
                "{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":\"op1\",\"text\":\"\"}",
                "{\"op\":\"insertParagraph\",\"section\":1,\"after\":\"op1\",\"text\":\"*Notes* it;\"}",
        };
        for (String operation : operations) {
            String body = "{\"baseVersion\":" + before + ",\"operations\":[" + operation + "]}";
            HttpResponse<String> response = send(json("POST", command + "/api/drafts/" + draftId + "/amendments", "dev:FRA", body));
            assertThat(response.statusCode()).as(operation + " -> " + response.body()).isEqualTo(400);
        }
        HttpResponse<String> baseAsText = send(json("POST", command + "/api/drafts/" + draftId + "/amendments", "dev:FRA",
                "{\"baseVersion\":\"" + before + "\",\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"}]}"));
        assertThat(baseAsText.statusCode()).as(baseAsText.body()).isEqualTo(400);
        HttpResponse<String> actorInBody = send(json("POST", command + "/api/drafts/" + draftId + "/amendments", "dev:FRA",
                "{\"baseVersion\":" + before + ",\"actor\":\"USA\",\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"}]}"));
        assertThat(actorInBody.statusCode()).as(actorInBody.body()).isEqualTo(400);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void invalidUtf8IsRefusedInJsonAndInImports() throws Exception {
        long before = version();
        byte[] title = "{\"title\":\"Bad \u00ff\u00fe\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides* to act;\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(command + "/api/drafts"))
                .header("Authorization", "Bearer dev:BRA").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(title)));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
        byte[] surrogate = "{\"baseVersion\":1,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":1,\"text\":\"X\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] lone = replace(surrogate, (byte) 'X', new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        HttpResponse<String> loneSurrogate = send(HttpRequest.newBuilder(URI.create(command + "/api/drafts/" + draftId + "/amendments"))
                .header("Authorization", "Bearer dev:FRA").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(lone)));
        assertThat(loneSurrogate.statusCode()).as(loneSurrogate.body()).isEqualTo(400);

        byte[] text = (PlenaryLocalSample.text().replace("Recalling", "Recalling\u00ff")).getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(command + "/api/drafts/import"))
                .header("Authorization", "Bearer dev:BRA").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        HttpResponse<String> parsed = send(HttpRequest.newBuilder(URI.create(query + "/api/documents/parse"))
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(text)));
        assertThat(parsed.statusCode()).as(parsed.body()).isEqualTo(400);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void draftsWithEmptyParagraphsLineBreaksControlCharactersOrPathIdsAre400() throws Exception {
        String[] drafts = {
                "{\"title\":\"T\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides* to act;\"},{\"text\":\"\"}]}",
                "{\"title\":\"T\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"   \"}]}",
                "{\"title\":\"T\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides*\\nto act;\"}]}",
                "{\"title\":\"T\\u0000\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides* to act;\"}]}",
                "{\"title\":\"T\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"id\":\"../../etc/passwd\",\"text\":\"*Decides* to act;\"}]}",
                "{\"title\":\"T\",\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides*:\",\"items\":[{\"id\":\"a/b\",\"label\":\"(a)\",\"text\":\"x;\"}]}]}",
                "{\"title\":42,\"sponsors\":[\"Brazil\"],\"operative\":[{\"text\":\"*Decides* to act;\"}]}",
        };
        for (String draft : drafts) {
            HttpResponse<String> response = send(json("POST", command + "/api/drafts", "dev:BRA", draft));
            assertThat(response.statusCode()).as(draft + " -> " + response.body()).isEqualTo(400);
        }
    }

    @Test
    void numbersInQueryParametersAreDecimalOnly() throws Exception {
        assertThat(send(get(query + "/api/drafts/" + draftId + "?version=1")).statusCode()).isEqualTo(200);
        for (String value : new String[]{"0x10", "%2310", "+1", "%201", "1.0", "1e1"}) {
            HttpResponse<String> response = send(get(query + "/api/drafts/" + draftId + "?version=" + value));
            assertThat(response.statusCode()).as(value + " -> " + response.body()).isEqualTo(400);
        }
    }

    // Defect 6: links with script schemes in /html; no Content-Security-Policy.
    @Test
    void htmlLinksAreHttpOrRelativeAndEveryHtmlAnswerHasAContentSecurityPolicy() throws Exception {
        HttpResponse<String> html = send(get(query + "/api/drafts/" + draftId + "/html"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body().toLowerCase()).doesNotContain("javascript:").doesNotContain("href=\"data:");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
        for (String page : new String[]{"/", "/index.html", "/draft.html?id=" + draftId, "/js/api.js"}) {
            HttpResponse<String> response = send(get(query + page));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("connect-src 'self' " + command));
        }
    }

    // Defect 7: development tokens in loose forms; the local run listened on every interface.
    @Test
    void devTokensOnlyInTheirExactFormsAndTheLocalRunListensOnLoopbackOnly() throws Exception {
        for (String token : new String[]{"dev:fra", "dev:secretariat", "dev:\tFRA", "dev: FRA", "dev:FRA x", "dev:FRA%20"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(command + "/api/session"))
                    .header("Authorization", "Bearer " + token));
            assertThat(response.statusCode()).as(token).isEqualTo(401);
        }
        assertThat(send(HttpRequest.newBuilder(URI.create(command + "/api/session")).header("Authorization", "Bearer dev:FRA"))
                .statusCode()).isEqualTo(200);
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[]{stack.commandContext(), stack.queryContext()}) {
            Connector connector = ((TomcatWebServer) ((ServletWebServerApplicationContext) app).getWebServer()).getTomcat().getConnector();
            Object address = connector.getProperty("address");
            assertThat(address).as("bind address").isInstanceOf(InetAddress.class);
            assertThat(((InetAddress) address).isLoopbackAddress()).isTrue();
        }
    }

    // Defect 8: the README says delegations propose amendments; the secretariat could.
    @Test
    void theSecretariatDoesNotProposeAmendments() throws Exception {
        long before = version();
        HttpResponse<String> response = send(json("POST", command + "/api/drafts/" + draftId + "/amendments", "dev:SECRETARIAT",
                "{\"baseVersion\":" + before + ",\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"}]}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(version()).isEqualTo(before);
    }

    // For operators (the actuator comes with another change): probes need no token, other actuator paths do.
    @Test
    void healthAndMetricsProbesNeedNoTokenOtherActuatorPathsDo() throws Exception {
        for (String app : new String[]{command, query}) {
            for (String probe : new String[]{"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
                assertThat(send(get(app + probe)).statusCode()).as(app + probe).isNotIn(401, 403);
            }
            assertThat(send(get(app + "/actuator/env")).statusCode()).as(app).isEqualTo(401);
        }
    }

    private static long version() throws Exception {
        HttpResponse<String> session = send(json("POST", command + "/api/drafts/" + draftId + "/cosponsors", "dev:FRA", null));
        // FRA is a co-sponsor already: the conflict answers the draft's current version and changes nothing.
        assertThat(session.statusCode()).as(session.body()).isEqualTo(409);
        return tree(session).get("currentVersion").asLong();
    }

    private static HttpRequest.Builder json(String method, String url, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode tree(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private static byte[] replace(byte[] in, byte marker, byte[] with) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : in) {
            if (b == marker) {
                out.writeBytes(with);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** A JSON body of {@code size} bytes made on the fly ({"title":"aaaa…), counting what was read from it. */
    private static final class EndlessJson extends InputStream {
        private final byte[] head = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private final AtomicLong read;

        EndlessJson(long size, AtomicLong read) {
            this.size = size;
            this.read = read;
        }

        @Override
        public int read() {
            long position = read.get();
            if (position >= size) {
                return -1;
            }
            read.incrementAndGet();
            return position < head.length ? head[(int) position] : 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
