package org.plenary.local;

import org.plenary.command.security.Caller;
import org.plenary.command.store.MongoEventStorageEngine;
import org.plenary.command.web.DraftCommandController;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.un.UnTextReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run: the embedded stack with data under {@code ./data}, the sample draft loaded on first start.
 * Options: {@code --data=DIR --command-port=N --query-port=N --kafka-port=N --mongo-port=N --read-models-port=N
 * --bind=ADDRESS} (the read models' MongoDB-protocol server listens on the MongoDB port + 1 unless told).
 * Both apps listen on 127.0.0.1 only unless {@code --bind} names another address: the development tokens it
 * accepts let anyone who reaches it act as any delegation.
 */
public final class PlenaryLocal {

    static final String SAMPLE = "/samples/ccpcj-26-cybercrime-revised-draft.txt";
    static final String LOOPBACK = "127.0.0.1";

    private PlenaryLocal() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(option(args, "data", "data")).toAbsolutePath();
        String bind = option(args, "bind", LOOPBACK);
        int mongoPort = Integer.parseInt(option(args, "mongo-port", "27017"));
        PlenaryStack stack = PlenaryStack.builder()
                .property("server.address", bind)
                .dataDirectory(data)
                .ports(Integer.parseInt(option(args, "command-port", "8080")),
                        Integer.parseInt(option(args, "query-port", "8081")),
                        Integer.parseInt(option(args, "kafka-port", "9092")),
                        mongoPort)
                .readModelsPort(Integer.parseInt(option(args, "read-models-port", Integer.toString(mongoPort + 1))))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "plenary-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Plenary could not start: " + explain(e));
            System.exit(1);
        }
        String loaded = loadSampleIfEmpty(stack);
        System.out.println();
        System.out.println("Plenary is running (data in " + data + ")");
        System.out.println("  web page    : " + stack.queryUrl() + "/"
                + (loaded == null ? "" : "draft.html?id=" + loaded));
        System.out.println("  command API : " + stack.commandUrl() + "/api/drafts");
        System.out.println("  query API   : " + stack.queryUrl() + "/api/drafts");
        System.out.println("  OpenAPI     : " + stack.commandUrl() + "/openapi.yaml");
        System.out.println("  MongoDB     : " + (stack.readModels() == stack.mongo()
                ? stack.mongo().connectionString() + " (events and read models: a data directory written before)"
                : stack.mongo().connectionString() + " (events), " + stack.readModels().connectionString() + " (read models)"));
        if (loaded != null) {
            System.out.println("  sample draft: " + stack.queryUrl() + "/api/drafts/" + loaded + "/text");
        }
        System.out.println("  tokens      : Authorization: Bearer dev:<ISO3> (e.g. dev:BRA) or dev:SECRETARIAT");
        if (!LOOPBACK.equals(bind)) {
            System.out.println("  WARNING     : listening on " + bind + ": anyone who reaches it can act as any delegation");
        }
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    /** Submits the sample draft as the secretariat when the event store is empty; returns its id. */
    static String loadSampleIfEmpty(PlenaryStack stack) throws IOException {
        if (!stack.commandContext().getBean(MongoEventStorageEngine.class).isEmpty()) {
            return null;
        }
        DraftDocument sample = UnTextReader.read(readSample());
        return stack.commandContext().getBean(DraftCommandController.class)
                .submitDocument(sample, new Caller(Actors.SECRETARIAT)).draftId();
    }

    static String readSample() throws IOException {
        try (InputStream in = PlenaryLocal.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("sample " + SAMPLE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A sentence for the usual start-up failures (a port in use), else the innermost cause. */
    static String explain(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof java.net.BindException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof java.net.BindException) {
            return "a port is already in use (" + cause.getMessage() + "); is Plenary already running? Choose other ports "
                    + "with --command-port=N --query-port=N --kafka-port=N --mongo-port=N --read-models-port=N";
        }
        return cause.toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
