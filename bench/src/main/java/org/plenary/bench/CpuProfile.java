package org.plenary.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM (harness clients + embedded stack) over a phase, in total and per thread group (the JVM's own
 * threads included, from {@code /proc}): the cost per command, which the shared 2-core machine does not distort as
 * much as wall-clock rates.
 */
final class CpuProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long processStart;
    private final Map<Long, Long> threadStart = new HashMap<>();
    private final Map<String, Long> vmStart = vmThreads();
    private final long wallStart = System.nanoTime();

    private CpuProfile() {
        processStart = processCpu();
        for (long id : THREADS.getAllThreadIds()) {
            threadStart.put(id, THREADS.getThreadCpuTime(id));
        }
    }

    static CpuProfile start() {
        return new CpuProfile();
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU nanoseconds of the calling thread so far: what a client thread reports as it ends, since the thread groups
     * ({@link #groups}) no longer see a thread that has ended.
     */
    static long currentThreadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Process CPU nanoseconds since start. */
    long cpuNanos() {
        return processCpu() - processStart;
    }

    /** Cores busy on average (CPU time / wall time). */
    double coresBusy() {
        return cpuNanos() / (double) (System.nanoTime() - wallStart);
    }

    /** CPU nanoseconds per thread group (thread names with digits folded), largest first. */
    Map<String, Long> groups() {
        Map<String, Long> groups = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            long now = THREADS.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            long used = now - threadStart.getOrDefault(id, 0L);
            groups.merge(group(info.getThreadName()), used, Long::sum);
        }
        vmThreads().forEach((group, nanos) -> groups.merge(group, nanos - vmStart.getOrDefault(group, 0L), Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * CPU nanoseconds of the JVM's own threads, which {@link ThreadMXBean} does not list (garbage collector, JIT
     * compilers, the VM thread), by group, from {@code /proc/self/task/<tid>/stat} (user + system clock ticks, taken as
     * 100 per second); empty where there is no {@code /proc}.
     */
    static Map<String, Long> vmThreads() {
        Map<String, Long> groups = new HashMap<>();
        File[] tasks = new File("/proc/self/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String group = vmGroup(name);
                if (group == null) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                groups.merge(group, ticks * 10_000_000L, Long::sum);
            } catch (IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return groups;
    }

    private static String vmGroup(String name) {
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "JVM: garbage collector";
        }
        if (name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler")) {
            return "JVM: JIT compilers";
        }
        if (name.equals("VM Thread") || name.startsWith("VM Periodic")) {
            return "JVM: VM thread";
        }
        return null;
    }

    private static String group(String name) {
        if (name.startsWith("http-nio")) {
            return name.contains("exec") ? "http request threads (Tomcat)" : "http acceptor/poller (Tomcat)";
        }
        if (name.startsWith("mongo-server")) {
            return "MongoDB-protocol server";
        }
        if (name.startsWith("data-plane-kafka") || name.startsWith("kafka-") && !name.contains("producer")
                || name.startsWith("broker-") || name.startsWith("quorum") || name.startsWith("raft")) {
            return "Kafka broker";
        }
        if (name.startsWith("bench-client") || name.startsWith("HttpClient") || name.startsWith("bench-observer")) {
            return "harness clients";
        }
        return name.replaceAll("\\d+", "N");
    }

    /** "group µs, …" per unit of work, the largest groups first. */
    String perUnit(long units, int top) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Long> e : groups().entrySet()) {
            if (n++ == top) {
                break;
            }
            out.append(n == 1 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(Math.round(e.getValue() / 1000.0 / Math.max(1, units))).append(" µs");
        }
        return out.toString();
    }
}
