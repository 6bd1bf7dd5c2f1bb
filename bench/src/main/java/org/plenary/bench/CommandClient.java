package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The HTTP side of the harness: commands as a delegation would send them, and a few queries. */
final class CommandClient {

    static final ObjectMapper JSON = Json.mapper();

    /** The result of one accepted command: the draft's new version (and the amendment id of a proposal). */
    record Accepted(long version, String amendmentId) {
    }

    private final HttpClient http;
    final String commandUrl;
    final String queryUrl;

    CommandClient(String commandUrl, String queryUrl) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpClient http() {
        return http;
    }

    /** Registers draft {@code number} as the secretariat; returns its id. */
    String createDraft(int number) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(DraftModel.document(number, false));
        HttpResponse<String> response = http.send(post("/api/drafts", "SECRETARIAT", body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("creating a draft: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("draftId").asText();
    }

    /** A command as an HTTP call: method, path, acting delegation, JSON body (or null). */
    record Call(String method, String path, String actor, String body) {
    }

    Call call(DraftModel draft, DraftModel.Step step) {
        String base = "/api/drafts/" + draft.draftId;
        return switch (step.kind()) {
            case JOIN -> new Call("POST", base + "/cosponsors", step.actor(), null);
            case WITHDRAW -> new Call("DELETE", base + "/cosponsors/me", step.actor(), null);
            case PROPOSE -> new Call("POST", base + "/amendments", step.actor(), proposal(draft.version, step));
            case ACCEPT -> new Call("POST", base + "/amendments/" + step.amendmentId() + "/accept", step.actor(), null);
            case REJECT -> new Call("POST", base + "/amendments/" + step.amendmentId() + "/reject", step.actor(),
                    "{\"reason\":\"not agreed\"}");
        };
    }

    HttpRequest request(DraftModel draft, DraftModel.Step step) {
        Call call = call(draft, step);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(commandUrl + call.path()))
                .header("Authorization", "Bearer dev:" + call.actor()).timeout(Duration.ofSeconds(30));
        if (call.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body())).build();
    }

    /** Sends the step on a light connection of the calling thread; null when refused. */
    Accepted send(MiniHttp connection, DraftModel draft, DraftModel.Step step) throws IOException {
        Call call = call(draft, step);
        MiniHttp.Response response = connection.send(call.method(), call.path(), "dev:" + call.actor(), call.body());
        if (response.status() / 100 != 2) {
            return null;
        }
        JsonNode node = JSON.readTree(response.body());
        JsonNode amendment = node.get("amendmentId");
        return new Accepted(node.get("version").asLong(), amendment == null ? null : amendment.asText());
    }

    private static String proposal(long baseVersion, DraftModel.Step step) {
        ObjectNode body = JSON.createObjectNode();
        body.put("baseVersion", baseVersion);
        body.put("reason", "benchmark");
        ArrayNode operations = body.putArray("operations");
        for (EditOperation op : step.operations()) {
            operations.add(JSON.valueToTree(op));
        }
        return body.toString();
    }

    private HttpRequest post(String path, String actor, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("Authorization", "Bearer dev:" + actor).timeout(Duration.ofSeconds(30));
        if (json == null) {
            return builder.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Sends the step and waits; null when the command was refused (the model is then left unchanged). */
    Accepted send(DraftModel draft, DraftModel.Step step) throws IOException, InterruptedException {
        return accepted(http.send(request(draft, step), HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<HttpResponse<String>> sendAsync(DraftModel draft, DraftModel.Step step) {
        return http.sendAsync(request(draft, step), HttpResponse.BodyHandlers.ofString());
    }

    static Accepted accepted(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            return null;
        }
        JsonNode node = JSON.readTree(response.body());
        JsonNode amendment = node.get("amendmentId");
        return new Accepted(node.get("version").asLong(), amendment == null ? null : amendment.asText());
    }

    /** GET on the query app; returns status and body. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(queryUrl + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
