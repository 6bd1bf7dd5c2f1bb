package org.plenary.local.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzzed requests for the endpoints of both apps, from a seed. A command request always carries a fault
 * that must get it refused (no or a bad token, an unknown or malformed id, a path the firewall refuses, a wrong
 * method, a faulty body); a query request gets random parameters, ids, headers and bodies, valid or not.
 */
final class FuzzRequests {

    /** An endpoint as the app's handler mapping lists it. */
    record Endpoint(String app, int port, String method, String pattern) {
        boolean command() {
            return app.equals("command");
        }

        @Override
        public String toString() {
            return app + " " + method + " " + pattern;
        }
    }

    private static final String[] TOKENS_REFUSED = {null, "Bearer dev:fra", "Bearer dev:secretariat", "Bearer ", "Basic ZGV2OkJSQQ==",
            "Bearer dev:XXX", "Bearer a.b.c", "Bearer dev:BRA dev:FRA", "bearer\tdev:BRA", "Bearer dev:BRA\u0000",
            "Bearer " + "t".repeat(9000), "Bearer eyJhbGciOiJub25lIn0.eyJwbGVuYXJ5X2FjdG9yIjoiQlJBIn0."};
    private static final String[] ACTORS = {"dev:BRA", "dev:FRA", "dev:DEU", "dev:SECRETARIAT"};
    private static final String[] PARAMETERS = {"minVersion", "version", "asOf", "from", "to", "format", "after", "actor", "type",
            "page", "size", "x", "minversion"};
    private static final String[] VALUES = {"1", "2", "3", "0", "-1", "0x10", "%2310", "+1", "99999999999999999999", "9223372036854775807",
            "1e3", "1.5", "", "%00", "%C3%28", "%FF", "2017-05-23T15:00:00Z", "2100-01-01T00:00:00Z", "not-a-date", "a".repeat(3000),
            ",", ",,", ",x:1", "html", "json", "xml", "FRA", "fra", "AmendmentProposed", "%E2%80%AE", "%0D%0AX-Injected:%201",
            "1&version=2", "[1]", "%7B%7D", "null", "true", "A1", "op1", "op1:2"};

    private final Random random;
    private final FuzzBodies bodies;
    private final String draftId;
    private final long version;
    private final String sample;

    FuzzRequests(long seed, String draftId, long version, String sample) {
        this.random = new Random(seed);
        this.bodies = new FuzzBodies(random);
        this.draftId = draftId;
        this.version = version;
        this.sample = sample;
    }

    FuzzCase next(Endpoint endpoint) {
        return endpoint.command() ? command(endpoint) : query(endpoint);
    }

    private FuzzCase command(Endpoint endpoint) {
        boolean reads = endpoint.method().equals("GET");
        String path = path(endpoint.pattern(), false);
        String token = "Bearer " + bodies.pick(ACTORS);
        String method = endpoint.method();
        FuzzBodies.Body body = null;
        String fault;
        List<String> kinds = new ArrayList<>(List.of("token", "path", "method"));
        boolean hasBody = bodyKind(endpoint) != null;
        if (hasBody) {
            kinds.addAll(List.of("body", "body", "body"));
        }
        if (!endpoint.pattern().contains("{") && !kinds.contains("body")) {
            kinds.remove("path");
        }
        switch (kinds.get(random.nextInt(kinds.size()))) {
            case "token" -> {
                token = bodies.pick(TOKENS_REFUSED);
                fault = "token " + describe(token);
                body = hasBody ? valid(endpoint) : null;
            }
            case "path" -> {
                path = refusedPath(endpoint.pattern());
                fault = "path " + path;
                body = hasBody ? valid(endpoint) : null;
            }
            case "method" -> {
                method = bodies.pick("PUT", "PATCH", reads ? "POST" : "GET".equals(method) ? "DELETE" : "PUT");
                fault = "method " + method;
            }
            default -> {
                body = body(endpoint);
                fault = "body: " + body.fault();
            }
        }
        return build(endpoint, method, path, token, body, fault, !reads);
    }

    private FuzzCase query(Endpoint endpoint) {
        String path = path(endpoint.pattern(), random.nextInt(4) == 0);
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? '?' : '&').append(bodies.pick(PARAMETERS)).append('=').append(bodies.pick(VALUES));
        }
        String method = random.nextInt(10) == 0 ? bodies.pick("POST", "PUT", "DELETE", "PATCH", "GET") : endpoint.method();
        String token = endpoint.pattern().startsWith("/api/admin") ? bodies.pick(TOKENS_REFUSED[0], "Bearer dev:FRA", "Bearer dev:fra")
                : random.nextInt(5) == 0 ? bodies.pick(TOKENS_REFUSED) : null;
        FuzzBodies.Body body = null;
        if (method.equals("POST") && (endpoint.pattern().equals("/api/documents/parse-amendment")
                || endpoint.pattern().endsWith("/amendments/parse"))) {
            body = random.nextInt(4) == 0 ? new FuzzBodies.Body("valid amendment", FuzzBodies.AMENDMENT.getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8") : bodies.amendmentText(random.nextBoolean());
        } else if (method.equals("POST") && endpoint.pattern().equals("/api/documents/parse")) {
            body = random.nextInt(5) == 0 ? new FuzzBodies.Body("valid text", sample.getBytes(StandardCharsets.UTF_8), "text/plain")
                    : bodies.text(sample);
        } else if (random.nextInt(8) == 0) {
            body = bodies.any(version, sample);
        }
        String fault = "query " + query + (body == null ? "" : " body: " + body.fault());
        return build(endpoint, method, path + query, token, body, fault, false);
    }

    private FuzzCase build(Endpoint endpoint, String method, String target, String token, FuzzBodies.Body body, String fault,
                           boolean mustBeRefused) {
        StringBuilder headers = new StringBuilder();
        if (token != null) {
            headers.append("Authorization: ").append(token).append("\r\n");
        }
        if (body != null && !body.contentType().isEmpty()) {
            headers.append("Content-Type: ").append(body.contentType()).append("\r\n");
        }
        switch (random.nextInt(12)) {
            case 0 -> headers.append("Last-Event-ID: ").append(bodies.pick(",,", ",", "x:1,y", "\u0000", "a".repeat(2000), "1", "-5")).append("\r\n");
            case 1 -> headers.append("Accept: ").append(bodies.pick("text/event-stream", "application/xml", "image/png", "*/*;q=x", "")).append("\r\n");
            case 2 -> headers.append("X-").append(bodies.pick("Actor", "Delegation", "Forwarded-User")).append(": USA\r\n");
            default -> {
            }
        }
        boolean chunked = body != null && random.nextInt(3) == 0;
        byte[] bytes = RawHttp.request(method, target, endpoint.port(), headers.toString(), body == null ? null : body.bytes(), chunked);
        return new FuzzCase(endpoint.app(), endpoint.port(), endpoint.toString(), fault + (chunked ? " (chunked)" : ""), bytes,
                mustBeRefused);
    }

    private String path(String pattern, boolean fuzzIds) {
        String path = pattern.replace("{draftId}", fuzzIds ? id() : draftId).replace("{amendmentId}", fuzzIds ? id() : "A1")
                .replace("{paragraphId}", fuzzIds ? id() : "op1");
        return path.replaceAll("\\{[^}]+}", fuzzIds ? id() : "x");
    }

    /** A path the command app must refuse whatever the token: unknown or malformed ids, what the firewall blocks. */
    private String refusedPath(String pattern) {
        String path = path(pattern, false);
        int kinds = pattern.contains("{amendmentId}") ? 6 : pattern.contains("{") ? 4 : 3;
        return switch (random.nextInt(kinds)) {
            case 0 -> path.replaceFirst("/api", "/api;" + bodies.pick("x", "jsessionid=1", "a=b"));
            case 1 -> path.replaceFirst("/api", "/api" + bodies.pick("/", "%2F", "/%2e%2e", "%00", "/.%2e"));
            case 2 -> path + bodies.pick(";x=1", "%00", "/..", "%2F..");
            case 3 -> pattern.replace("{draftId}", bodies.pick("zzzzzzzzzzzz", "unknown", "a" + random.nextInt(1000)))
                    .replace("{amendmentId}", "A1").replaceAll("\\{[^}]+}", "x");
            case 5 -> pattern.replace("{draftId}", draftId).replace("{amendmentId}", bodies.pick("A999", "B1", "a1", "A0"))
                    .replaceAll("\\{[^}]+}", "x");
            default -> pattern.replace("{draftId}", bodies.pick("..", "a%20b", "%C3%A9", "a'b", "x".repeat(65), "-a", "%25", "a%3Bb"))
                    .replace("{amendmentId}", "A1").replaceAll("\\{[^}]+}", "x");
        };
    }

    private String id() {
        return bodies.pick(draftId, "zzzzzzzzzzzz", "A1", "op1", "..", "%2e%2e", "a%2Fb", "%00", "x".repeat(300), "%C3%A9", "op1.2",
                "A" + random.nextInt(100), "%F0%9F%98%80", "-", "%20");
    }

    private String bodyKind(Endpoint endpoint) {
        if (!endpoint.method().equals("POST")) {
            return null;
        }
        String p = endpoint.pattern();
        if (p.equals("/api/drafts")) {
            return "draft";
        }
        if (p.equals("/api/drafts/import")) {
            return "text";
        }
        if (p.equals("/api/documents/parse-amendment")) {
            return "amendment text";
        }
        if (p.endsWith("/amendments/import")) {
            return "amendment import";
        }
        if (p.endsWith("/amendments")) {
            return "proposal";
        }
        if (p.endsWith("/reject")) {
            return "rejection";
        }
        return null;
    }

    private FuzzBodies.Body body(Endpoint endpoint) {
        return switch (bodyKind(endpoint)) {
            case "draft" -> bodies.draft();
            case "text" -> bodies.text(sample);
            case "proposal" -> bodies.proposal(version);
            case "amendment text" -> bodies.amendmentText(false);
            case "amendment import" -> bodies.amendmentText(true);
            default -> bodies.rejection();
        };
    }

    /** A well-formed body for the endpoint (the request's fault is elsewhere). */
    private FuzzBodies.Body valid(Endpoint endpoint) {
        return switch (bodyKind(endpoint)) {
            case "draft" -> new FuzzBodies.Body("valid", FuzzBodies.DRAFT.getBytes(StandardCharsets.UTF_8), "application/json");
            case "text" -> new FuzzBodies.Body("valid", sample.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
            case "proposal" -> new FuzzBodies.Body("valid", ("{\"baseVersion\":" + version + ",\"operations\":[" + FuzzBodies.OPERATION + "]}")
                    .getBytes(StandardCharsets.UTF_8), "application/json");
            case "amendment text", "amendment import" -> new FuzzBodies.Body("valid", FuzzBodies.AMENDMENT.getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8");
            default -> new FuzzBodies.Body("valid", "{\"reason\":\"no\"}".getBytes(StandardCharsets.UTF_8), "application/json");
        };
    }

    private static String describe(String token) {
        return token == null ? "none" : token.length() > 40 ? token.substring(0, 40) + "…" : token.replace("\u0000", "\\0");
    }
}
