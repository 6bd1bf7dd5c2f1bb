package org.plenary.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.plenary.local.PlenaryStack;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The "other session" of the browser tests: delegations acting through the HTTP API, each call asserted. */
final class PlenaryApi {

    private static final String SAMPLE = "/samples/ccpcj-26-cybercrime-revised-draft.txt";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PlenaryStack stack;

    PlenaryApi(PlenaryStack stack) {
        this.stack = stack;
    }

    /** Imports the sample text as Brazil (a main sponsor); returns the draft id. */
    String importSample() throws IOException {
        try (InputStream in = PlenaryApi.class.getResourceAsStream(SAMPLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.commandUrl() + "/api/drafts/import"))
                    .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(text));
            return send(request, "BRA", 201).get("draftId").asText();
        }
    }

    long join(String draftId, String delegation) {
        return command(draftId, "/cosponsors", delegation, null, 200).get("version").asLong();
    }

    /** Proposes the operations (a JSON array) against baseVersion; returns the amendment id. */
    String propose(String draftId, String delegation, long baseVersion, String operations) {
        String body = "{\"baseVersion\":" + baseVersion + ",\"reason\":\"test\",\"operations\":" + operations + "}";
        return command(draftId, "/amendments", delegation, body, 201).get("amendmentId").asText();
    }

    long accept(String draftId, String amendmentId, String delegation) {
        return command(draftId, "/amendments/" + amendmentId + "/accept", delegation, null, 200).get("version").asLong();
    }

    JsonNode draft(String draftId, long minVersion) {
        return send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + draftId + "?minVersion=" + minVersion)),
                null, 200);
    }

    JsonNode amendments(String draftId, long minVersion) {
        return send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + draftId + "/amendments?minVersion="
                + minVersion)), null, 200);
    }

    /** The consultation state (statuses, brackets, alternatives) once the query side has {@code minVersion}. */
    JsonNode consultation(String draftId, long minVersion) {
        return send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/api/drafts/" + draftId + "/consultation?minVersion="
                + minVersion)), null, 200);
    }

    /** The text of a paragraph in the draft as the query side has it. */
    String paragraphText(String draftId, long minVersion, String paragraphId) {
        JsonNode draft = draft(draftId, minVersion);
        for (String section : new String[] {"preamble", "operative"}) {
            for (JsonNode p : draft.get(section)) {
                if (p.get("id").asText().equals(paragraphId)) {
                    return p.get("text").asText();
                }
            }
        }
        throw new AssertionError("no paragraph " + paragraphId);
    }

    JsonNode command(String draftId, String path, String delegation, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.commandUrl() + "/api/drafts/" + draftId + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request, delegation, expected);
    }

    private JsonNode send(HttpRequest.Builder request, String delegation, int expected) {
        if (delegation != null) {
            request.header("Authorization", "Bearer dev:" + delegation);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
