package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: JSON in, status and JSON out. */
final class Http {

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Response get(String url, String token) {
        return send(withToken(HttpRequest.newBuilder(URI.create(url)).GET(), token));
    }

    Response post(String url, String token, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        return send(withToken(builder, token));
    }

    /**
     * Registers the sample draft (shared/samples) as the secretariat at {@code draftsUrl} (a command node's
     * {@code /api/drafts}) and returns its id; fails the test unless it is created.
     */
    String submitSample(String draftsUrl) {
        String sample;
        try {
            sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response created = post(draftsUrl, "dev:SECRETARIAT", sample);
        if (created.status() != 201) {
            throw new AssertionError("the sample draft was not created: " + created.status() + " " + created.body());
        }
        return created.json().get("draftId").asText();
    }

    Response postText(String url, String text) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "text/plain; charset=UTF-8"));
    }

    Response put(String url, String token, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        return send(withToken(builder, token));
    }

    Response postText(String url, String token, String text) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "text/plain; charset=UTF-8");
        return send(withToken(builder, token));
    }

    Response delete(String url, String token) {
        return send(withToken(HttpRequest.newBuilder(URI.create(url)).DELETE(), token));
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
