package org.plenary.local.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Drives a negotiation through the command API, asserting that every command succeeds. */
final class Negotiation {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String commands;
    private final String queries;

    Negotiation(String commandUrl, String queryUrl) {
        this.commands = commandUrl + "/api/drafts";
        this.queries = queryUrl + "/api/drafts";
    }

    /** Submits the sample draft (main sponsors include Brazil and China); returns its id. */
    String submitSample() {
        try (InputStream in = Negotiation.class.getResourceAsStream("/samples/ccpcj-26-cybercrime-revised-draft.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String json = Json.mapper().writeValueAsString(UnTextReader.read(text));
            return post(commands, "dev:BRA", json, 201).get("draftId").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    long join(String draftId, String delegation) {
        return post(commands + "/" + draftId + "/cosponsors", "dev:" + delegation, null, 200).get("version").asLong();
    }

    long leave(String draftId, String delegation) {
        return send(HttpRequest.newBuilder(URI.create(commands + "/" + draftId + "/cosponsors/me")).DELETE(),
                "dev:" + delegation, 200).get("version").asLong();
    }

    /** Proposes the operations (a JSON array); returns the answer (amendmentId, version). */
    JsonNode propose(String draftId, String delegation, long baseVersion, String reason, String operations) {
        String body = "{\"baseVersion\":" + baseVersion + ",\"reason\":" + quote(reason) + ",\"operations\":"
                + operations + "}";
        return post(commands + "/" + draftId + "/amendments", "dev:" + delegation, body, 201);
    }

    long accept(String draftId, String amendmentId, String delegation) {
        return post(commands + "/" + draftId + "/amendments/" + amendmentId + "/accept", "dev:" + delegation, null, 200)
                .get("version").asLong();
    }

    /** The draft as the query app serves it, once it has reached {@code minVersion}. */
    JsonNode draft(String draftId, long minVersion) {
        return send(HttpRequest.newBuilder(URI.create(queries + "/" + draftId + "?minVersion=" + minVersion)).GET(),
                null, 200);
    }

    private JsonNode post(String url, String token, String json, int expected) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        return send(builder, token, expected);
    }

    private static JsonNode send(HttpRequest.Builder builder, String token, int expected) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError("expected " + expected + " but got " + response.statusCode() + ": "
                        + response.body());
            }
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String quote(String text) {
        try {
            return Json.mapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
