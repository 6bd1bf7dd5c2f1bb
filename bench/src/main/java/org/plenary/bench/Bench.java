package org.plenary.bench;

import org.plenary.local.PlenaryStack;
import org.plenary.local.StackSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark harness of Plenary (issue 6). Run with {@code ./bench.sh} (see bench/README.md):
 * per backend it starts the embedded stack (or uses running services), measures raw limits, throughput,
 * latency to observers, time travel and replay, prints a table and writes bench/results/.
 */
public final class Bench {

    private static final String TOPIC = "plenary.draft-events";

    private final Map<String, String> options;
    private final boolean quick;
    private final int clients;
    private final int drafts;
    private final double duration;
    /**
     * Seconds of commands before the throughput is measured. The harness's one JVM holds the broker, the
     * MongoDB-protocol server, both apps and the clients, and on two cores its JIT compilers take minutes to compile
     * their hot code: after 8 s they took 492 µs of CPU per command and the request threads 901 µs, after 150 s 231
     * and 306 (docs/BENCHMARKS.md, fourth session). A node in production serves for hours.
     */
    static final double WARMUP_S = 150;
    private final double warmup;
    private final double rate;
    private final double latencySeconds;
    private final int replayEvents;
    private final int replayEventsPerDraft;
    private final int timeTravelEvents;
    private final int timeTravelReads;
    private final int compilationReads;
    private final int rebaseAccepts;
    private final int amendmentParses;
    private final double rawSeconds;
    private final Set<String> only;
    /** Query nodes of the embedded stack projecting in one consumer group (the first serves the clients). */
    private final int queryNodes;
    private final Map<String, String> stackProperties = new LinkedHashMap<>();
    private int failures;

    private Bench(Map<String, String> options, List<String> sets) {
        this.options = options;
        this.quick = options.containsKey("quick");
        this.clients = integer("clients", 16);
        this.drafts = integer("drafts", 200);
        this.duration = number("duration", quick ? 6 : 30);
        this.warmup = number("warmup", quick ? 3 : WARMUP_S);
        this.rate = number("rate", 1000);
        this.latencySeconds = number("latency-seconds", quick ? 5 : 20);
        this.replayEvents = integer("replay-events", quick ? 100_000 : 1_000_000);
        this.replayEventsPerDraft = integer("replay-events-per-draft", quick ? 250 : 500);
        this.timeTravelEvents = integer("timetravel-events", quick ? 2_000 : 10_000);
        this.timeTravelReads = integer("timetravel-reads", quick ? 300 : 2_000);
        this.compilationReads = integer("compilation-reads", quick ? 200 : 1_000);
        this.rebaseAccepts = integer("rebase-accepts", quick ? 100 : 500);
        this.amendmentParses = integer("amendment-parses", quick ? 500 : 2_000);
        this.rawSeconds = number("raw-seconds", quick ? 1 : 3);
        this.queryNodes = integer("query-nodes", 1);
        this.only = Set.of(options.getOrDefault("only", "raw,throughput,latency,timetravel,compilation,amendmentparse,rebase,vote,negotiation,replay").split(","));
        stackProperties.put("logging.level.state.change.logger", "WARN");
        stackProperties.put("logging.level.kafka", "WARN");
        stackProperties.put("logging.level.org.apache.kafka", "WARN");
        for (String set : sets) {
            int eq = set.indexOf('=');
            stackProperties.put(set.substring(0, eq), set.substring(eq + 1));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                usage("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String value = "true";
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (!name.equals("quick") && !name.equals("help")) {
                if (i + 1 >= args.length) {
                    usage("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("help")) {
                usage(null);
            }
            if (name.equals("set")) {
                sets.add(value);
            } else {
                options.put(name, value);
            }
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        int exit = new Bench(options, sets).run();
        System.exit(exit);
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("""
                usage: ./bench.sh [--quick] [--backend memory|file|both] [--command-url URL --query-url URL [--kafka HOST:PORT] [--mongo URI]]
                       [--clients 16] [--drafts 200] [--duration 30] [--rate 1000] [--latency-seconds 20]
                       [--replay-events 1000000] [--timetravel-events 10000] [--compilation-reads 1000]
                       [--amendment-parses 2000] [--rebase-accepts 500] [--query-nodes 1]
                       [--only raw,throughput,latency,timetravel,compilation,amendmentparse,rebase,vote,negotiation,replay]
                       [--set property=value ...] [--replay-jvm-opts "..."] [--out bench/results]""");
        System.exit(problem == null ? 0 : 64);
    }

    private int integer(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name).replace("_", "")) : fallback;
    }

    private double number(String name, double fallback) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
    }

    private int run() throws Exception {
        String load = Machine.loadAverage();
        String machine = Machine.line(load);
        System.out.println("machine: " + machine);
        if (Machine.load1() > 1.0) {
            System.out.println("NOTE: load average " + load + " at start: other work shares the CPUs; figures are lower bounds.");
        }
        List<String> backends;
        boolean external = options.containsKey("command-url") || options.containsKey("query-url");
        if (external) {
            backends = List.of("external");
        } else {
            String backend = options.getOrDefault("backend", "both");
            backends = switch (backend) {
                case "memory" -> List.of("memory");
                case "file" -> List.of("file");
                case "both" -> List.of("memory", "file");
                default -> throw new IllegalArgumentException("--backend memory|file|both, not " + backend);
            };
        }
        List<BackendResult> results = new ArrayList<>();
        boolean failed = false;
        for (String backend : backends) {
            BackendResult result = new BackendResult(backend);
            results.add(result);
            try {
                if (external) {
                    measure(result, options.get("command-url"), options.get("query-url"), options.get("kafka"),
                            options.get("mongo"), null);
                } else {
                    embedded(result);
                }
            } catch (Exception e) {
                failed = true;
                result.notes.add("FAILED: " + e);
                e.printStackTrace();
            }
            System.out.println();
            result.notes.forEach(note -> System.out.println(backend + ": " + note));
            System.out.println(Report.table(results));
        }
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Map<String, String> settings = settings();
        String command = options.getOrDefault("command-line", "./bench.sh " + String.join(" ", options.keySet()));
        Report.write(out, machine, command, results, settings);
        System.out.println("machine: " + machine);
        System.out.println("load average now: " + Machine.loadAverage());
        System.out.println("results: " + out.toAbsolutePath() + "/{results.md,results.csv,summary.json,latency.svg}");
        return failed || failures > 0 ? 1 : 0;
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("clients", String.valueOf(clients));
        settings.put("drafts", String.valueOf(drafts));
        settings.put("duration_s", String.valueOf(duration));
        settings.put("warmup_s", String.valueOf(warmup));
        settings.put("rate_per_s", String.valueOf(rate));
        settings.put("latency_s", String.valueOf(latencySeconds));
        settings.put("replay_events", String.valueOf(replayEvents));
        settings.put("timetravel_events", String.valueOf(timeTravelEvents));
        settings.put("compilation_reads", String.valueOf(compilationReads));
        settings.put("rebase_accepts", String.valueOf(rebaseAccepts));
        settings.put("amendment_parses", String.valueOf(amendmentParses));
        settings.put("query_nodes", String.valueOf(queryNodes));
        if (!stackProperties.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>(stackProperties);
            shown.keySet().removeIf(k -> k.startsWith("logging."));
            if (!shown.isEmpty()) {
                settings.put("properties", shown.toString());
            }
        }
        return settings;
    }

    /** Issue 14: a recorded vote of 193 members (command), the negotiation at a random instant of a long draft. */
    private void lifecycle(BackendResult result, String commandUrl, CommandClient client, String bootstrap) {
        LifecycleRun.Result r = new LifecycleRun.Result();
        try {
            if (only.contains("vote")) {
                System.out.printf("[%s] vote: %d recorded votes of 193 members ...%n", result.backend, compilationReads);
                LifecycleRun.votes(r, commandUrl, client, compilationReads);
                result.add("vote", "recorded vote of 193 members, p50", r.vote.percentileMs(50), "ms", "vote_p50_ms", "");
                result.add("vote", "recorded vote of 193 members, p99", r.vote.percentileMs(99), "ms", "vote_p99_ms",
                        "target ≤ 20 ms");
            }
            if (only.contains("negotiation")) {
                if (bootstrap == null) {
                    result.notes.add("negotiation: skipped (needs --kafka to produce the long draft)");
                } else {
                    System.out.printf("[%s] negotiation: a draft of %d events ...%n", result.backend, timeTravelEvents);
                    LifecycleRun.negotiation(r, client, bootstrap, TOPIC, timeTravelEvents, timeTravelReads);
                    result.add("negotiation", "negotiation?asOf= on a " + timeTravelEvents + "-event draft, p50",
                            r.negotiation.percentileMs(50), "ms", "negotiation_p50_ms", "");
                    result.add("negotiation", "negotiation?asOf= on a " + timeTravelEvents + "-event draft, p99",
                            r.negotiation.percentileMs(99), "ms", "negotiation_p99_ms", "target ≤ 10 ms");
                }
            }
        } catch (Exception e) {
            failures++;
            result.notes.add("lifecycle FAILED: " + e);
            e.printStackTrace();
        }
    }

    private void embedded(BackendResult result) throws Exception {
        Path directory = Files.createTempDirectory("plenary-bench-" + result.backend + "-");
        StackSettings builder = PlenaryStack.builder();
        if (result.backend.equals("file")) {
            builder.dataDirectory(directory.resolve("data"));
        }
        stackProperties.forEach(builder::property);
        long started = System.nanoTime();
        PlenaryStack stack = builder.build().start();
        List<org.springframework.context.ConfigurableApplicationContext> moreQueryNodes = new ArrayList<>();
        try {
            for (int node = 2; node <= queryNodes; node++) {
                moreQueryNodes.add(stack.startAnotherQueryNode(Map.of("plenary.projection.node-id", "bench-" + node)));
            }
            System.out.printf("[%s] stack started in %.1f s (command %s, query %s, kafka %s, mongo %s)%n", result.backend,
                    (System.nanoTime() - started) / 1e9, stack.commandUrl(), stack.queryUrl(),
                    stack.kafka().bootstrapServers(), stack.mongo().connectionString());
            measure(result, stack.commandUrl(), stack.queryUrl(), stack.kafka().bootstrapServers(),
                    stack.mongo().connectionString(), stack);
        } finally {
            moreQueryNodes.forEach(org.springframework.context.ConfigurableApplicationContext::close);
            stack.close();
            deleteTree(directory);
        }
    }

    private void measure(BackendResult result, String commandUrl, String queryUrl, String bootstrap, String mongoUri,
                         PlenaryStack stack) throws Exception {
        String backend = result.backend;
        RawLimits raw = null;
        if (only.contains("raw") && bootstrap != null && mongoUri != null) {
            System.out.printf("[%s] raw limits ...%n", backend);
            raw = new RawLimits(bootstrap, mongoUri, DirectEvents.samples(400), rawSeconds, clients);
            raw.run();
            result.add("raw", "Kafka produce (acks=all, idempotent, linger 2 ms), " + raw.recordBytes + " B records",
                    raw.kafkaProducePerS, "records/s", "raw_kafka_produce_per_s", "");
            result.add("raw", "Kafka consume from offset 0", raw.kafkaConsumePerS, "records/s", "raw_kafka_consume_per_s", "");
            result.add("raw", "Kafka end to end at 1,000/s, p50", raw.kafkaEndToEnd.percentileMs(50), "ms",
                    "raw_kafka_e2e_p50_ms", "");
            result.add("raw", "Kafka end to end at 1,000/s, p99", raw.kafkaEndToEnd.percentileMs(99), "ms",
                    "raw_kafka_e2e_p99_ms", "");
            result.add("raw", "Mongo insertOne, 1 thread", raw.mongoInsertOnePerS, "docs/s", "raw_mongo_insert_one_per_s", "");
            result.add("raw", "Mongo insertOne, " + clients + " threads", raw.mongoInsertOneConcurrentPerS, "docs/s",
                    "raw_mongo_insert_one_concurrent_per_s", "");
            result.add("raw", "Mongo insertMany (500 per call)", raw.mongoInsertManyPerS, "docs/s",
                    "raw_mongo_insert_many_per_s", "");
            result.add("raw", "Mongo bulk updates by _id (500 per call)", raw.mongoBulkUpdatePerS, "updates/s",
                    "raw_mongo_bulk_update_per_s", "");
            result.add("raw", "Mongo find by _id, p99", raw.mongoFindById.percentileMs(99), "ms",
                    "raw_mongo_find_by_id_p99_ms", "");
        }
        double rawWrite = raw == null ? Double.NaN : raw.mongoInsertOneConcurrentPerS;
        CommandClient client = new CommandClient(commandUrl, queryUrl);
        Workload workload = new Workload(client);
        if (only.contains("throughput") || only.contains("latency")) {
            System.out.printf("[%s] creating %d drafts ...%n", backend, drafts);
            workload.createDrafts(drafts, clients);
        }
        if (only.contains("throughput")) {
            try {
                System.out.printf("[%s] warm-up %.0f s, then throughput %.0f s with %d clients ...%n", backend, warmup,
                        duration, clients);
                workload.closedLoop(clients, warmup, 1);
                workload.awaitProjected(Duration.ofMinutes(5));
                CpuProfile cpu = CpuProfile.start();
                Workload.ThroughputResult t = workload.closedLoop(clients, duration, 2);
                t.drainMs = workload.awaitProjected(Duration.ofMinutes(10));
                double cpuPerCommand = cpu.cpuNanos() / 1000.0 / Math.max(1, t.accepted);
                double endToEnd = t.accepted / (t.seconds + t.drainMs / 1000);
                result.add("throughput", "commands accepted", t.acceptedPerS, "cmds/s", "throughput_cmds_per_s",
                        BackendResult.ratio(t.acceptedPerS, rawWrite, "raw insertOne (" + clients + " threads)"));
                result.summary.put("throughput_ratio_to_raw", Double.isNaN(rawWrite) ? null
                        : BackendResult.round(t.acceptedPerS / rawWrite));
                result.add("throughput", "commands accepted vs 1-thread insertOne", t.acceptedPerS, "cmds/s", null,
                        BackendResult.ratio(t.acceptedPerS, raw == null ? Double.NaN : raw.mongoInsertOnePerS,
                                "raw insertOne (1 thread)"));
                result.add("throughput", "query side applied all, after the load ended", t.drainMs, "ms",
                        "throughput_drain_ms", "");
                result.add("throughput", "applied end to end (accepted / (load + drain))", endToEnd, "cmds/s",
                        "throughput_applied_per_s", BackendResult.ratio(endToEnd, raw == null ? Double.NaN
                                : raw.kafkaProducePerS, "raw Kafka produce"));
                result.add("throughput", "command round trip p50", t.commandLatency.percentileMs(50), "ms",
                        "throughput_command_p50_ms", "");
                result.add("throughput", "command round trip p99", t.commandLatency.percentileMs(99), "ms",
                        "throughput_command_p99_ms", "");
                result.add("throughput", "CPU per command, whole stack + clients (load and drain)", cpuPerCommand, "µs",
                        "throughput_cpu_us_per_cmd", "");
                double clientsPerCommand = t.clientCpuNanos / 1000.0 / Math.max(1, t.accepted);
                result.add("throughput", "CPU per command, without the harness clients", cpuPerCommand - clientsPerCommand,
                        "µs", "throughput_cpu_us_per_cmd_system", "");
                result.notes.add(String.format("throughput: %d accepted, %d refused in %.1f s; %.2f cores busy; CPU per command: harness clients %d µs, %s",
                        t.accepted, t.refused, t.seconds, cpu.coresBusy(), Math.round(clientsPerCommand),
                        cpu.perUnit(t.accepted, 16)));
                HttpFloor.Result floor = new HttpFloor(commandUrl).run(clients, Math.min(warmup, 3), Math.min(duration, 10));
                result.add("throughput", "HTTP floor: GET " + HttpFloor.PATH + " answered", floor.perSecond(), "req/s",
                        "http_floor_req_per_s", BackendResult.ratio(floor.perSecond(), rawWrite,
                                "raw insertOne (" + clients + " threads)"));
                result.add("throughput", "commands accepted / HTTP floor", t.acceptedPerS / floor.perSecond(), "×",
                        "throughput_share_of_http_floor", "");
                result.add("throughput", "HTTP floor: CPU per request, whole stack + clients", floor.cpuMicrosPerRequest(),
                        "µs", "http_floor_cpu_us_per_req", "");
                result.add("throughput", "HTTP floor: CPU per request, without the harness clients",
                        floor.cpuMicrosPerRequest() - floor.clientMicrosPerRequest(), "µs", "http_floor_cpu_us_per_req_system", "");
                result.notes.add(String.format("HTTP floor (%s, %d clients): %d answered, %d failed in %.1f s; CPU per request: harness clients %d µs, %s",
                        HttpFloor.PATH, clients, floor.answered(), floor.failed(), floor.seconds(),
                        Math.round(floor.clientMicrosPerRequest()), floor.perGroup()));
            } catch (Exception e) {
                failures++;
                result.notes.add("throughput FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("latency")) {
            try {
                System.out.printf("[%s] latency to observers at %.0f commands/s for %.0f s ...%n", backend, rate, latencySeconds);
                CpuProfile cpu = CpuProfile.start();
                Workload.LatencyResult l = workload.openLoop(rate, latencySeconds, 3);
                double rawP99 = raw == null ? Double.NaN : raw.kafkaEndToEnd.percentileMs(99);
                result.add("latency to observer", "achieved rate", l.achievedPerS, "cmds/s", "feed_rate_per_s", "");
                result.add("latency to observer", "p50", l.toObserver.percentileMs(50), "ms", "feed_latency_p50_ms",
                        BackendResult.ratio(l.toObserver.percentileMs(50),
                                raw == null ? Double.NaN : raw.kafkaEndToEnd.percentileMs(50), "raw Kafka e2e p50"));
                result.add("latency to observer", "p90", l.toObserver.percentileMs(90), "ms", "feed_latency_p90_ms", "");
                result.add("latency to observer", "p99", l.toObserver.percentileMs(99), "ms", "feed_latency_p99_ms",
                        BackendResult.ratio(l.toObserver.percentileMs(99), rawP99, "raw Kafka e2e p99"));
                result.add("latency to observer", "max", l.toObserver.maxMs(), "ms", "feed_latency_max_ms", "");
                result.add("latency to observer", "command round trip p99", l.commandLatency.percentileMs(99), "ms",
                        "feed_command_p99_ms", "");
                result.summary.put("feed_method", l.method);
                result.distributions.put("accepted → observer", l.toObserver);
                result.distributions.put("command round trip", l.commandLatency);
                result.notes.add(String.format("latency: observer via %s; offered %d, accepted %d, not sent (every draft busy) %d,"
                        + " never seen %d; %.2f cores busy; CPU per command: %s", l.method, l.offered, l.accepted, l.skipped,
                        l.missing, cpu.coresBusy(), cpu.perUnit(l.accepted, 8)));
            } catch (Exception e) {
                failures++;
                result.notes.add("latency FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("timetravel")) {
            try {
                if (bootstrap == null) {
                    result.notes.add("time travel: skipped (needs --kafka to produce the long draft)");
                } else {
                    System.out.printf("[%s] time travel: a draft of %d events ...%n", backend, timeTravelEvents);
                    TimeTravelRun.Result tt = TimeTravelRun.run(client, bootstrap, TOPIC, timeTravelEvents, timeTravelReads);
                    double rawFind = raw == null ? Double.NaN : raw.mongoFindById.percentileMs(99);
                    result.add("time travel", "text at a random version, p50", tt.latency.percentileMs(50), "ms",
                            "timetravel_p50_ms", "");
                    result.add("time travel", "text at a random version, p99", tt.latency.percentileMs(99), "ms",
                            "timetravel_p99_ms", BackendResult.ratio(tt.latency.percentileMs(99), rawFind, "raw find by _id p99"));
                    result.add("time travel", "projecting the " + timeTravelEvents + "-event draft", tt.projectMs, "ms",
                            "timetravel_project_ms", "");
                }
            } catch (Exception e) {
                failures++;
                result.notes.add("timetravel FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("compilation")) {
            try {
                if (bootstrap == null) {
                    result.notes.add("compilation: skipped (needs --kafka to produce the consultation draft)");
                } else {
                    System.out.printf("[%s] compilation: 300 pending amendments, 50 brackets ...%n", backend);
                    CompilationRun.Result c = CompilationRun.run(client, bootstrap, TOPIC, 300, 50, compilationReads);
                    result.add("compilation", "text, 300 amendments and 50 brackets, p50", c.text.percentileMs(50), "ms",
                            "compilation_p50_ms", "");
                    result.add("compilation", "text, 300 amendments and 50 brackets, p99", c.text.percentileMs(99), "ms",
                            "compilation_p99_ms", "target ≤ 50 ms");
                    result.add("compilation", "HTML, the same, p99", c.html.percentileMs(99), "ms", "compilation_html_p99_ms", "");
                }
            } catch (Exception e) {
                failures++;
                result.notes.add("compilation FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("rebase")) {
            try {
                System.out.printf("[%s] rebase: accepting amendments on a draft with 500 pending ...%n", backend);
                RebaseRun.Result r = RebaseRun.run(client, 500, rebaseAccepts);
                result.add("rebase", "accept with 500 pending amendments rebased, p50", r.accept.percentileMs(50), "ms",
                        "rebase_accept_p50_ms", "");
                result.add("rebase", "accept with 500 pending amendments rebased, p99", r.accept.percentileMs(99), "ms",
                        "rebase_accept_p99_ms", "target ≤ 20 ms");
                result.add("rebase", "accept with 500 pending amendments rebased, max", r.accept.maxMs(), "ms",
                        "rebase_accept_max_ms", "");
                result.notes.add(String.format("rebase: %d accepts measured (after 20 unmeasured), each followed by a new"
                        + " proposal; making the draft with %d amendments took %.0f ms", r.accepts, r.pending, r.setupMs));
            } catch (Exception e) {
                failures++;
                result.notes.add("rebase FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("amendmentparse")) {
            try {
                System.out.printf("[%s] amendment parse: a 20-instruction document, %d parses ...%n", backend, amendmentParses);
                AmendmentParseRun.Result p = AmendmentParseRun.run(client, amendmentParses);
                result.add("amendment parse", "parse-amendment, 20 instructions, p50", p.parse.percentileMs(50), "ms",
                        "amendment_parse_p50_ms", "");
                result.add("amendment parse", "parse-amendment, 20 instructions, p99", p.parse.percentileMs(99), "ms",
                        "amendment_parse_p99_ms", "target ≤ 5 ms");
            } catch (Exception e) {
                failures++;
                result.notes.add("amendment parse FAILED: " + e);
                e.printStackTrace();
            }
        }
        if (only.contains("vote") || only.contains("negotiation")) {
            lifecycle(result, commandUrl, client, bootstrap);
        }
        if (only.contains("replay")) {
            try {
                if (stack == null) {
                    result.notes.add("replay: skipped (needs the embedded stack, for a query node in its own JVM)");
                } else {
                    replay(result, stack, raw);
                }
            } catch (Exception e) {
                failures++;
                result.notes.add("replay FAILED: " + e);
                e.printStackTrace();
            }
        }
    }

    private void replay(BackendResult result, PlenaryStack stack, RawLimits raw) throws Exception {
        String backend = result.backend;
        stack.stopQuery(); // the in-process query node would project the generated events meanwhile
        if (queryNodes > 1) {
            result.notes.add("replay: the other in-process query nodes keep projecting the generated events meanwhile");
        }
        int replayDrafts = Math.max(1, replayEvents / replayEventsPerDraft);
        System.out.printf("[%s] replay: producing %,d events for %d drafts ...%n", backend, replayEvents, replayDrafts);
        long t = System.nanoTime();
        long produced = DirectEvents.produce(stack.kafka().bootstrapServers(), TOPIC, "rp" + Long.toString(System.nanoTime(), 36)
                + "-", replayDrafts, replayEventsPerDraft, 5);
        System.out.printf("[%s] produced %,d events in %.1f s; starting a query JVM with -Xmx512m ...%n", backend, produced,
                (System.nanoTime() - t) / 1e9);
        Path jar = queryJar();
        Path work = Path.of(options.getOrDefault("out", "bench/results")).resolve("work-" + backend);
        ReplayRun.Result r = ReplayRun.run(jar, stack.readModels().connectionString(), stack.kafka().bootstrapServers(), TOPIC,
                work, options.get("replay-jvm-opts"), Duration.ofMinutes(quick ? 5 : 30));
        double rawConsume = raw == null ? Double.NaN : raw.kafkaConsumePerS;
        result.add("replay", "events rebuilt per second (POST → DONE)", r.first.eventsPerS(), "events/s", "replay_events_per_s",
                BackendResult.ratio(r.first.eventsPerS(), rawConsume, "raw Kafka consume"));
        result.add("replay", "events on the topic", r.first.events, "events", "replay_events", "");
        if (r.warm != null) {
            result.add("replay", "again in the same JVM (warm, live projections to compare), events/s", r.warm.eventsPerS(),
                    "events/s", "replay_warm_events_per_s", BackendResult.ratio(r.warm.eventsPerS(),
                            rawConsume, "raw Kafka consume"));
            result.add("replay", "again in the same JVM: CPU of the query JVM per event", r.warm.cpuMicrosPerEvent, "µs",
                    "replay_warm_cpu_us_per_event", "");
            result.notes.add(String.format("replay again in the same JVM: %s in %.1f s (rebuild %.1f s)", r.warm.state,
                    r.warm.seconds, r.warm.rebuildSeconds));
        }
        result.add("replay", "peak heap of the query JVM (-Xmx512m)", r.peakHeapMb, "MB", "replay_peak_heap_mb", "");
        result.add("replay", "largest heap after a GC (live set)", r.peakLiveMb, "MB", "replay_peak_live_heap_mb", "");
        result.add("replay", "CPU of the query JVM per event (POST → DONE)", r.first.cpuMicrosPerEvent, "µs",
                "replay_cpu_us_per_event", "");
        result.summary.put("replay_state", r.first.state);
        result.notes.add(String.format("replay: %s in %.1f s (rebuild %.1f s, then checksums and switch; its own rate"
                + " %.0f events/s), %d GCs; JVM: %s%s", r.first.state, r.first.seconds, r.first.rebuildSeconds, r.first.reportedPerS, r.gcs, r.jvm, r.first.error == null ? "" : "; error " + r.first.error));
    }

    private Path queryJar() throws IOException {
        String given = options.getOrDefault("query-jar", System.getProperty("bench.queryJar"));
        if (given != null) {
            return Path.of(given);
        }
        for (String dir : List.of("query/target-bench", "query/target")) {
            Path folder = Path.of(dir);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Path jar = files.filter(p -> p.getFileName().toString().matches("plenary-query-.*-exec\\.jar"))
                            .findFirst().orElse(null);
                    if (jar != null) {
                        return jar;
                    }
                }
            }
        }
        throw new IllegalStateException("no query/target*/plenary-query-*-exec.jar: build first or pass --query-jar");
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans up
        }
    }
}
