package org.plenary.local.fuzz;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.PlenaryStack;
import org.plenary.shared.json.Json;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded, bounded fuzz of every endpoint of both apps over plain HTTP, on the embedded stack: wrong types,
 * missing and unknown fields, huge and negative numbers, offsets out of range, unknown ops and ids, invalid UTF-8,
 * NUL bytes, wrong content types, deep nesting, long strings, bad query parameters, bad tokens, paths the firewall
 * refuses. It holds when no answer is 5xx (or missing), no fuzzed command is accepted, and a checksum of every
 * MongoDB collection (event store and projections) is the same after each batch as before it.
 * {@code -Dplenary.fuzz.seed=N} and {@code -Dplenary.fuzz.requests=N} change the run; the figures are printed.
 */
class HostileRequestFuzzTest {

    static final long SEED = Long.getLong("plenary.fuzz.seed", 20261206L);
    static final int REQUESTS = Integer.getInteger("plenary.fuzz.requests", 10_000);
    static final int BATCH = 250;

    private static PlenaryStack stack;
    private static MongoClient mongo;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().property("plenary.queries.min-version-wait", "20ms").build().start();
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
    }

    @Test
    void noAnswerIs5xxAndNoRefusedRequestChangesTheStoreOrTheProjections() throws Exception {
        String sample = sample();
        String draftId = situation(sample);
        List<FuzzRequests.Endpoint> endpoints = new ArrayList<>(endpoints("command", stack.commandContext()));
        endpoints.addAll(endpoints("query", stack.queryContext()));
        FuzzRequests requests = new FuzzRequests(SEED, draftId, 3, sample);
        StoreChecksums checksums = new StoreChecksums(mongo, Set.of("feed_positions", "query_nodes", "publication_marks")); // reads write them; heartbeats
        Map<String, String> before = quiet(checksums);

        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        int batches = 0;
        for (int i = 0; i < REQUESTS; i++) {
            FuzzRequests.Endpoint endpoint = endpoints.get(i % endpoints.size());
            FuzzCase request = requests.next(endpoint);
            RawHttp.Response response = RawHttp.send(request.port(), request.bytes());
            statuses.computeIfAbsent(request.app(), app -> new TreeMap<>()).merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500 || response.status() == 0) {
                serverErrors++;
                failures.add("#" + i + " " + request.endpoint() + " [" + request.fault() + "] -> " + response.status() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            } else if (request.mustBeRefused() && response.status() / 100 == 2) {
                failures.add("#" + i + " accepted: " + request.endpoint() + " [" + request.fault() + "]");
            }
            if ((i + 1) % BATCH == 0 || i + 1 == REQUESTS) {
                batches++;
                Map<String, String> after = checksums.take();
                if (!after.equals(before)) {
                    failures.add("batch ending at #" + i + " changed the store or the projections: " + changed(before, after));
                    before = after;
                }
            }
        }
        System.out.printf("Fuzz: seed %d, %d requests over %d endpoints of both apps, %d batches checked by checksum; "
                        + "5xx or no answer: %d; statuses per app: %s%n",
                SEED, REQUESTS, endpoints.size(), batches, serverErrors, statuses);
        assertThat(failures).as("endpoints: " + endpoints).isEmpty();
    }

    /** The sample draft, France co-sponsor and proposer of pending A1: version 3 on both sides. */
    private static String situation(String sample) throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(command + "/import"))
                .header("Authorization", "Bearer dev:SECRETARIAT").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(sample)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Json.mapper().readTree(created.body()).get("draftId").asText();
        assertThat(post(command + "/" + id + "/cosponsors", null).statusCode()).isEqualTo(200);
        HttpResponse<String> proposed = post(command + "/" + id + "/amendments",
                "{\"baseVersion\":2,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op3\",\"start\":0,\"end\":12,\"text\":\"*Invites*\"}]}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> projected = client.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + id
                + "?minVersion=3")).build(), HttpResponse.BodyHandlers.ofString());
        for (int tries = 0; projected.statusCode() != 200 && tries < 100; tries++) {
            Thread.sleep(100);
            projected = client.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + id + "?minVersion=3")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(projected.statusCode()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer dev:FRA")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every endpoint of the app's handler mappings (Spring's own /error aside). */
    static List<FuzzRequests.Endpoint> endpoints(String app, ConfigurableApplicationContext context) {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        int port = URI.create(PlenaryStack.url(context)).getPort();
        Set<String> seen = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> !path.equals("/error"))
                .forEach(path -> {
                    Set<?> methods = info.getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        seen.add("GET " + path);
                    }
                    methods.forEach(method -> seen.add(method + " " + path));
                }));
        return seen.stream().map(e -> new FuzzRequests.Endpoint(app, port, e.substring(0, e.indexOf(' ')), e.substring(e.indexOf(' ') + 1)))
                .toList();
    }

    /** Checksums once the stack is at rest (the publisher records its marks shortly after the last command). */
    private static Map<String, String> quiet(StoreChecksums checksums) throws InterruptedException {
        Map<String, String> last = checksums.take();
        for (int tries = 0; tries < 50; tries++) {
            Thread.sleep(200);
            Map<String, String> now = checksums.take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the store does not come to rest");
    }

    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> java.util.Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    private static String sample() throws IOException {
        try (InputStream in = HostileRequestFuzzTest.class.getResourceAsStream("/samples/ccpcj-26-cybercrime-revised-draft.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
