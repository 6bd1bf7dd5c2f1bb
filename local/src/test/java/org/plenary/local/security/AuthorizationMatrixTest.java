package org.plenary.local.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.documents.DocumentFormat;
import org.plenary.local.PlenaryStack;
import org.plenary.local.StackSettings;
import org.plenary.shared.json.Json;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint called by every role against the same situation, with the status each must get:
 * a draft with main sponsor Brazil, France a co-sponsor, the proposer of pending amendment A1, of bracket B1 and of
 * Alt 1 of op2, Germany neither. Each cell runs on a fresh draft. Where a right is missing the answer is not 2xx and the event store is
 * unchanged. The endpoints are read from the command app's handler mappings: an endpoint added without a column
 * here fails the test by name. A role is one line in {@link #ROWS}.
 */
class AuthorizationMatrixTest {

    static final String DRAFT = """
            {"title": "Matrix", "sponsors": ["Brazil"], "operative": [{"text": "*Decides* to act;"}, {"text": "*Requests* a report."}]}
            """;

    /** An amendment document in the UN wording for the matrix draft (its op2 reads "*Requests* a report."). */
    static final String AMENDMENT_DOCUMENT = """
            1. In operative paragraph 2, replace the word “report” with “full report”.
            """;

    /** A command endpoint: its handler mapping, and the request that exercises it in the situation. */
    record Endpoint(String mapping, Function<String, HttpRequest.Builder> request) {
    }

    /** A role: how it signs in, and the status it gets from each endpoint, in the order of {@link #ENDPOINTS}. */
    record Row(String role, Function<TestIdentityProvider, String> authorization, int... expected) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /api/drafts", id -> json("/api/drafts", DRAFT)),
            new Endpoint("POST /api/drafts/import", id -> HttpRequest.newBuilder(uri("/api/drafts/import"))
                    .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(AuthorizationMatrixTest.sample))),
            new Endpoint("POST /api/drafts/{draftId}/cosponsors", id -> post("/api/drafts/" + id + "/cosponsors")),
            new Endpoint("DELETE /api/drafts/{draftId}/cosponsors/me", id -> HttpRequest.newBuilder(uri("/api/drafts/" + id + "/cosponsors/me")).DELETE()),
            new Endpoint("POST /api/drafts/{draftId}/amendments", id -> json("/api/drafts/" + id + "/amendments",
                    "{\"baseVersion\":3,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op2\"}]}")),
            new Endpoint("POST /api/drafts/{draftId}/amendments/{amendmentId}/accept", id -> post("/api/drafts/" + id + "/amendments/A1/accept")),
            new Endpoint("POST /api/drafts/{draftId}/amendments/{amendmentId}/reject", id -> post("/api/drafts/" + id + "/amendments/A1/reject")),
            new Endpoint("POST /api/drafts/{draftId}/amendments/{amendmentId}/withdraw", id -> post("/api/drafts/" + id + "/amendments/A1/withdraw")),
            new Endpoint("POST /api/drafts/{draftId}/amendments/import-docx", id -> HttpRequest.newBuilder(uri(
                    "/api/drafts/" + id + "/amendments/import-docx")).header("Content-Type", DocumentFormat.DOCX_MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(trackedChanges(id)))),
            new Endpoint("GET /api/session", id -> HttpRequest.newBuilder(uri("/api/session")).GET()),
            new Endpoint("POST /api/drafts/{draftId}/paragraphs/{paragraphId}/status", id -> json("/api/drafts/" + id
                    + "/paragraphs/op2/status", "{\"status\":\"agreed-ad-ref\"}")),
            new Endpoint("POST /api/drafts/{draftId}/brackets", id -> json("/api/drafts/" + id + "/brackets",
                    "{\"paragraphId\":\"op2\",\"start\":0,\"end\":10}")),
            new Endpoint("DELETE /api/drafts/{draftId}/brackets/{bracketId}", id -> HttpRequest.newBuilder(uri("/api/drafts/" + id
                    + "/brackets/B1")).DELETE()),
            new Endpoint("POST /api/drafts/{draftId}/paragraphs/{paragraphId}/alternatives", id -> json("/api/drafts/" + id
                    + "/paragraphs/op1/alternatives", "{\"text\":\"*Decides* to act at once;\"}")),
            new Endpoint("POST /api/drafts/{draftId}/paragraphs/{paragraphId}/alternatives/{number}/choose", id -> post(
                    "/api/drafts/" + id + "/paragraphs/op2/alternatives/1/choose")),
            new Endpoint("POST /api/documents/parse-amendment", id -> text("/api/documents/parse-amendment", AMENDMENT_DOCUMENT)),
            new Endpoint("POST /api/drafts/{draftId}/amendments/import", id -> text("/api/drafts/" + id + "/amendments/import",
                    AMENDMENT_DOCUMENT)),
            new Endpoint("POST /api/drafts/{draftId}/amendments/{amendmentId}/revise", id -> json("/api/drafts/" + id
                    + "/amendments/A1/revise", "{\"baseVersion\":5,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\","
                    + "\"start\":10,\"end\":16,\"text\":\"go ahead\"}]}")),
            new Endpoint("POST /api/drafts/{draftId}/compromises", id -> json("/api/drafts/" + id + "/compromises",
                    "{\"baseVersion\":5,\"supersedes\":[\"A1\"],\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\","
                    + "\"start\":10,\"end\":16,\"text\":\"move on\"}]}")),
            // the lifecycle (issue 14)
            new Endpoint("POST /api/drafts/{draftId}/facilitator", id -> json("/api/drafts/" + id + "/facilitator",
                    "{\"delegation\":\"SWE\"}")),
            new Endpoint("POST /api/drafts/{draftId}/withdraw", id -> json("/api/drafts/" + id + "/withdraw",
                    "{\"reason\":\"superseded\"}")),
            new Endpoint("POST /api/drafts/{draftId}/revisions", id -> json("/api/drafts/" + id + "/revisions",
                    "{\"baseVersion\":5,\"note\":\"as agreed\"}")),
            new Endpoint("POST /api/drafts/{draftId}/oral-revisions", id -> json("/api/drafts/" + id + "/oral-revisions",
                    "{\"baseVersion\":5,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op2\",\"start\":11,\"end\":19,\"text\":\"a full report\"}]}")),
            new Endpoint("PUT /api/drafts/{draftId}/members", id -> HttpRequest.newBuilder(uri("/api/drafts/" + id + "/members"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"members\":[\"BRA\",\"FRA\",\"DEU\"]}"))),
            new Endpoint("POST /api/drafts/{draftId}/action", id -> json("/api/drafts/" + id + "/action",
                    "{\"method\":\"consensus\",\"resolutionSymbol\":\"1/1\"}")));

    static final List<Row> ROWS = List.of(
            //      role                       Authorization header                        submit import join leave propose accept reject withdraw docx session
            //                                                                                  status bracket lift alternative choose
            //                                                                                  parse-amendment import revise compromise
            //                                                                                  facilitator withdraw revision oral members action
            new Row("no token",                 idp -> null,                                  401,   401,  401, 401,  401,    401,   401,    401,    401,   401,
                    401, 401, 401, 401, 401, 401, 401, 401, 401,
                    401, 401, 401, 401, 401, 401),
            new Row("malformed token",          idp -> "Bearer dev:fra",                      401,   401,  401, 401,  401,    401,   401,    401,    401,   401,
                    401, 401, 401, 401, 401, 401, 401, 401, 401,
                    401, 401, 401, 401, 401, 401),
            new Row("wrong scheme",             idp -> "Basic ZGV2OkZSQQ==",                  401,   401,  401, 401,  401,    401,   401,    401,    401,   401,
                    401, 401, 401, 401, 401, 401, 401, 401, 401,
                    401, 401, 401, 401, 401, 401),
            new Row("observer (JWT, no role)",  idp -> "Bearer " + idp.token(null),           403,   403,  403, 403,  403,    403,   403,    403,    403,   403,
                    403, 403, 403, 403, 403, 403, 403, 403, 403,
                    403, 403, 403, 403, 403, 403),
            new Row("unknown delegation (JWT)", idp -> "Bearer " + idp.token("XYZ"),          403,   403,  403, 403,  403,    403,   403,    403,    403,   403,
                    403, 403, 403, 403, 403, 403, 403, 403, 403,
                    403, 403, 403, 403, 403, 403),
            new Row("delegation (proposer, co-sponsor)", idp -> "Bearer dev:FRA",             403,   403,  409, 200,  201,    403,   403,    200,    201,   200,
                    403, 201, 200, 201, 403, 200, 201, 200, 403,
                    403, 403, 403, 403, 403, 403),
            new Row("other delegation",         idp -> "Bearer " + idp.token("DEU"),          403,   403,  200, 409,  201,    403,   403,    403,    201,   200,
                    403, 201, 403, 201, 403, 200, 201, 403, 403,
                    403, 403, 403, 403, 403, 403),
            new Row("main sponsor",             idp -> "Bearer dev:BRA",                      201,   201,  409, 409,  201,    200,   200,    403,    201,   200,
                    200, 201, 200, 201, 200, 200, 201, 403, 201,
                    403, 200, 201, 201, 403, 403),
            new Row("facilitator",              idp -> "Bearer dev:NOR",                      403,   403,  200, 409,  201,    200,   200,    403,    201,   200,
                    200, 201, 200, 201, 200, 200, 201, 403, 201,
                    403, 403, 201, 201, 403, 403),
            new Row("secretariat",              idp -> "Bearer dev:SECRETARIAT",              201,   201,  403, 409,  403,    403,   403,    403,    403,   200,
                    403, 403, 403, 403, 403, 200, 403, 403, 403,
                    200, 403, 403, 403, 200, 200));

    private static TestIdentityProvider identity;
    private static PlenaryStack stack;
    private static MongoClient mongo;
    private static String sample;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sample = PlenaryLocalSample.text();
        identity = TestIdentityProvider.start();
        StackSettings builder = PlenaryStack.builder();
        identity.properties().forEach(builder::property);
        stack = builder.build().start();
        mongo = MongoClients.create(stack.mongo().connectionString());
    }

    @AfterAll
    static void stop() {
        if (mongo != null) {
            mongo.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    @Test
    void everyEndpointHasAColumnAndEveryRoleARow() {
        RequestMappingHandlerMapping mappings = stack.commandContext()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + path))));
        Set<String> listed = new TreeSet<>(ENDPOINTS.stream().map(Endpoint::mapping).toList());
        assertThat(mapped).as("command endpoints without a column in the authorization matrix").isSubsetOf(listed);
        assertThat(listed).as("columns without an endpoint").isSubsetOf(mapped);
        ROWS.forEach(row -> assertThat(row.expected()).as(row.role()).hasSize(ENDPOINTS.size()));
    }

    @Test
    void everyRoleGetsExactlyItsRightsOnEveryEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        int granted = 0;
        StringBuilder table = new StringBuilder();
        for (Row row : ROWS) {
            table.append(String.format("%-36s", row.role()));
            for (int i = 0; i < ENDPOINTS.size(); i++) {
                Endpoint endpoint = ENDPOINTS.get(i);
                String draftId = situation();
                long eventsBefore = events();
                HttpRequest.Builder request = endpoint.request().apply(draftId).timeout(Duration.ofSeconds(30));
                String authorization = row.authorization().apply(identity);
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int expected = row.expected()[i];
                table.append(String.format(" %d", response.statusCode()));
                if (response.statusCode() != expected) {
                    wrong.add(row.role() + " × " + endpoint.mapping() + ": " + response.statusCode() + " (expected " + expected
                            + ") " + response.body());
                }
                if (expected / 100 == 2) {
                    granted++;
                } else {
                    refused++;
                    if (events() != eventsBefore) {
                        wrong.add(row.role() + " × " + endpoint.mapping() + ": refused, yet the event store changed");
                    }
                    if (response.statusCode() / 100 == 2) {
                        wrong.add(row.role() + " × " + endpoint.mapping() + ": succeeded without the right");
                    }
                }
            }
            table.append('\n');
        }
        System.out.printf("Authorization matrix: %d roles × %d endpoints = %d cells (%d granted, %d refused)%n%s",
                ROWS.size(), ENDPOINTS.size(), ROWS.size() * ENDPOINTS.size(), granted, refused, table);
        assertThat(wrong).isEmpty();
    }

    /**
     * A fresh draft: Brazil main sponsor, France co-sponsor and proposer of pending A1 (version 3), of bracket B1 around
     * "*Decides*" in op1 (version 4) and of Alt 1 of op2 (version 5); Norway facilitator (version 6).
     */
    private static String situation() throws Exception {
        HttpResponse<String> created = client.send(json("/api/drafts", DRAFT).header("Authorization", "Bearer dev:SECRETARIAT").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Json.mapper().readTree(created.body()).get("draftId").asText();
        assertThat(client.send(post("/api/drafts/" + id + "/cosponsors").header("Authorization", "Bearer dev:FRA").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> proposed = client.send(json("/api/drafts/" + id + "/amendments",
                        "{\"baseVersion\":2,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":10,\"end\":16,\"text\":\"proceed\"}]}")
                        .header("Authorization", "Bearer dev:FRA").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> bracket = client.send(json("/api/drafts/" + id + "/brackets",
                        "{\"paragraphId\":\"op1\",\"start\":0,\"end\":9}").header("Authorization", "Bearer dev:FRA").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bracket.statusCode()).as(bracket.body()).isEqualTo(201);
        HttpResponse<String> alternative = client.send(json("/api/drafts/" + id + "/paragraphs/op2/alternatives",
                        "{\"text\":\"*Requests* a full report.\"}").header("Authorization", "Bearer dev:FRA").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(alternative.statusCode()).as(alternative.body()).isEqualTo(201);
        HttpResponse<String> facilitator = client.send(json("/api/drafts/" + id + "/facilitator", "{\"delegation\":\"NOR\"}")
                .header("Authorization", "Bearer dev:SECRETARIAT").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(facilitator.statusCode()).as(facilitator.body()).isEqualTo(200);
        return id;
    }

    /** The draft's pending amendments as Word tracked changes, as the query app exports them (A1 by France). */
    private static byte[] trackedChanges(String draftId) {
        try {
            HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + draftId
                    + "/docx?amendments=pending&minVersion=3")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            return docx.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long events() {
        return mongo.getDatabase("plenary").getCollection("events").countDocuments();
    }

    private static URI uri(String path) {
        return URI.create(stack.commandUrl() + path);
    }

    private static HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private static HttpRequest.Builder text(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
