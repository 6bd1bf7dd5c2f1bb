package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement 3: a query node in its own JVM ({@code -Xmx512m}, GC log to a file) rebuilds every projection
 * from the topic (POST /api/admin/replay) while the harness polls GET until it is done. Its live projection
 * is off and it uses a database of its own, so the replay is the only work it does; the peak heap is the
 * largest heap occupancy its GC log shows (before each collection, and the last one after).
 */
final class ReplayRun {

    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static final class Result {
        Once first;
        Once warm; // a second replay by the same JVM, or null
        double peakHeapMb = Double.NaN;
        double peakLiveMb = Double.NaN;
        int gcs;
        String jvm;
    }

    private ReplayRun() {
    }

    static Result run(Path queryJar, String mongoUri, String bootstrap, String topic, Path work, String jvmOptions,
                      Duration timeout) throws Exception {
        Result result = new Result();
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(work);
        Path gcLog = work.resolve("replay-gc.log");
        Path out = work.resolve("replay-query.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Xlog:gc:file=" + gcLog + ":uptime", "-Daxoniq.update-checker.disabled=true"));
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", queryJar.toString(), "--spring.profiles.active=local",
                "--server.address=127.0.0.1", "--server.port=" + port, "--plenary.mongo.uri=" + mongoUri,
                "--plenary.mongo.database=bench_replay_" + System.currentTimeMillis(),
                "--plenary.kafka.bootstrap-servers=" + bootstrap, "--plenary.kafka.topic=" + topic,
                "--plenary.projection.enabled=false"));
        result.jvm = String.join(" ", command.subList(1, command.indexOf("-jar"))) + " -jar " + queryJar.getFileName();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Thread reaper = new Thread(process::destroyForcibly, "bench-replay-reaper"); // if the harness exits first
        Runtime.getRuntime().addShutdownHook(reaper);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String url = "http://127.0.0.1:" + port + "/api/admin/replay";
        try {
            long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the query JVM ended at start; see " + out);
                }
                try {
                    if (http.send(get(url), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > ready) {
                    throw new IllegalStateException("the query JVM did not answer within 120 s; see " + out);
                }
                Thread.sleep(200);
            }
            result.first = once(http, url, process, timeout);
            if ("DONE".equals(result.first.state)) {
                // the same node again, JIT-compiled and with live projections to compare against, as a replay
                // on a node that has been serving for a while
                result.warm = once(http, url, process, timeout);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(reaper);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        readGcLog(gcLog, result);
        return result;
    }

    /** One replay: POST, then GET every 100 ms until it is done. */
    static final class Once {
        double seconds;
        double rebuildSeconds = Double.NaN;
        String state;
        String error;
        long events;
        double reportedPerS;
        double cpuMicrosPerEvent = Double.NaN;

        double eventsPerS() {
            return events / seconds;
        }
    }

    private static Once once(HttpClient http, String url, Process process, Duration timeout) throws Exception {
        Once result = new Once();
        java.util.Optional<Duration> cpuAtStart = process.toHandle().info().totalCpuDuration();
        long started = System.nanoTime();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer dev:SECRETARIAT").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (post.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST replay: " + post.statusCode() + " " + post.body());
        }
        int generation = CommandClient.JSON.readTree(post.body()).path("generation").asInt();
        long deadline = started + timeout.toNanos();
        JsonNode progress;
        while (true) {
            progress = CommandClient.JSON.readTree(http.send(get(url), HttpResponse.BodyHandlers.ofString()).body());
            String state = progress.path("state").asText();
            if (Double.isNaN(result.rebuildSeconds) && !progress.path("phase").asText().equals("rebuilding")
                    && !progress.path("phase").asText().equals("starting")) {
                result.rebuildSeconds = (System.nanoTime() - started) / 1e9;
            }
            if ((state.equals("DONE") || state.equals("FAILED")) && progress.path("generation").asInt() == generation) {
                break;
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("replay not done within " + timeout + ": " + progress.path("phase")
                        + " " + progress.path("eventsDone") + "/" + progress.path("eventsTotal"));
            }
            Thread.sleep(100);
        }
        result.seconds = (System.nanoTime() - started) / 1e9;
        result.state = progress.path("state").asText();
        result.error = progress.path("error").isMissingNode() || progress.path("error").isNull()
                ? null : progress.path("error").asText();
        result.events = progress.path("eventsDone").asLong();
        result.reportedPerS = progress.path("eventsPerSecond").asDouble();
        process.toHandle().info().totalCpuDuration().ifPresent(cpu -> result.cpuMicrosPerEvent =
                (cpu.toNanos() - cpuAtStart.map(Duration::toNanos).orElse(0L)) / 1000.0 / Math.max(1, result.events));
        return result;
    }

    private static void readGcLog(Path gcLog, Result result) throws IOException {
        if (!Files.exists(gcLog)) {
            return;
        }
        long peak = 0;
        long lastAfter = 0;
        long live = 0;
        int gcs = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                gcs++;
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                lastAfter = Long.parseLong(m.group(2));
                live = Math.max(live, lastAfter);
            }
        }
        result.gcs = gcs;
        result.peakHeapMb = Math.max(peak, lastAfter);
        result.peakLiveMb = live;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer dev:SECRETARIAT")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }
}
