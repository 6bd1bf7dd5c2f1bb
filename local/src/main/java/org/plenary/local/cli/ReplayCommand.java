package org.plenary.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * {@code replay}: asks a query app to rebuild its projections from the topic, draws a progress bar until
 * it has switched over, then prints the checksum comparison. Exit 0 when every draft's rebuilt checksum
 * equals the live one.
 */
final class ReplayCommand {

    static final int FAILED = 1;
    static final int UNAVAILABLE = 69;
    private static final int BAR = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;
    private final Duration pollEvery;

    ReplayCommand(String queryUrl, String token, Duration pollEvery) {
        this.url = queryUrl.replaceAll("/+$", "") + "/api/admin/replay";
        this.token = token;
        this.pollEvery = pollEvery;
    }

    int run(PrintStream out, PrintStream err) {
        try {
            HttpResponse<String> started = http.send(request().POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202 && started.statusCode() != 409) {
                err.println("replay refused (" + started.statusCode() + "): " + started.body());
                return FAILED;
            }
            JsonNode progress = Json.mapper().readTree(started.body());
            while ("RUNNING".equals(progress.path("state").asText())) {
                err.print("\r" + bar(progress));
                err.flush();
                Thread.sleep(pollEvery.toMillis());
                progress = Json.mapper().readTree(http.send(request().GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
            err.println("\r" + bar(progress));
            return report(progress, out, err);
        } catch (IOException e) {
            err.println("cannot reach " + url + ": " + e.getMessage());
            return UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    /** One line: {@code [#######.......]  52%  520/1000 events  12,345 ev/s  ETA 4s  rebuilding}. */
    static String bar(JsonNode p) {
        long done = p.path("eventsDone").asLong();
        long total = Math.max(p.path("eventsTotal").asLong(), done);
        int filled = total == 0 ? BAR : (int) (BAR * done / total);
        String eta = p.path("etaSeconds").isNumber() ? "ETA " + p.path("etaSeconds").asLong() + "s" : "ETA -";
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %d/%d events  %,.0f ev/s  %s  %s",
                "#".repeat(filled), ".".repeat(BAR - filled), total == 0 ? 100 : (int) (100 * done / total), done, total,
                p.path("eventsPerSecond").asDouble(), eta, p.path("phase").asText(""));
    }

    private static int report(JsonNode progress, PrintStream out, PrintStream err) {
        if (!"DONE".equals(progress.path("state").asText())) {
            err.println("replay failed: " + progress.path("error").asText(progress.toString()));
            return FAILED;
        }
        out.println("generation " + progress.path("generation").asInt() + " active; checksums per draft (live = rebuilt):");
        for (Iterator<Map.Entry<String, JsonNode>> it = progress.path("checksums").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> draft = it.next();
            out.println("  " + draft.getKey() + "  " + draft.getValue().path("rebuilt").asText()
                    + (draft.getValue().path("equal").asBoolean() ? "  equal" : "  DIFFERENT from live "
                    + draft.getValue().path("live").asText()));
        }
        return progress.path("allEqual").asBoolean() ? PlenaryCli.OK : FAILED;
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }
}
