package org.plenary.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP floor of the command app: the same clients, connections and token as the throughput part, asking
 * {@code GET /api/session} (who the token stands for) back to back. That request crosses everything a command
 * crosses before and after its handler — Tomcat, the servlet filters, Spring Security's chain with the token
 * check, Spring MVC's handler lookup, argument resolution and JSON answer — and nothing of the command itself (no
 * Axon, no store, no publish, no projection). Its CPU per request is what the web stack costs a command at most,
 * and its rate the most commands per second this stack could accept on this machine if a command cost nothing.
 */
final class HttpFloor {

    static final String PATH = "/api/session";

    /**
     * What a run did: requests answered with 200, the rest, seconds, CPU per request (whole JVM, and of it the
     * client threads'), by thread group.
     */
    record Result(long answered, long failed, double seconds, double cpuMicrosPerRequest, double clientMicrosPerRequest,
                  String perGroup) {
        double perSecond() {
            return answered / seconds;
        }
    }

    private final String commandUrl;

    HttpFloor(String commandUrl) {
        this.commandUrl = commandUrl;
    }

    /** {@code threads} clients, one keep-alive connection each, for {@code warmup} then {@code seconds} measured. */
    Result run(int threads, double warmup, double seconds) throws InterruptedException {
        loop(threads, warmup, new AtomicLong(), new AtomicLong(), new AtomicLong());
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        CpuProfile cpu = CpuProfile.start();
        long started = System.nanoTime();
        loop(threads, seconds, answered, failed, clientCpu);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long n = Math.max(1, answered.get());
        return new Result(answered.get(), failed.get(), elapsed, cpu.cpuNanos() / 1000.0 / n,
                clientCpu.get() / 1000.0 / n, cpu.perUnit(n, 8));
    }

    private void loop(int threads, double seconds, AtomicLong answered, AtomicLong failed, AtomicLong clientCpu)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = DraftModel.POOL.get(t % DraftModel.POOL.size());
            Thread worker = new Thread(() -> {
                try (MiniHttp connection = new MiniHttp(commandUrl)) {
                    while (System.nanoTime() < deadline) {
                        try {
                            MiniHttp.Response response = connection.send("GET", PATH, "dev:" + actor, null);
                            (response.status() == 200 ? answered : failed).incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                }
                clientCpu.addAndGet(CpuProfile.currentThreadCpu());
            }, "bench-client-floor-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
