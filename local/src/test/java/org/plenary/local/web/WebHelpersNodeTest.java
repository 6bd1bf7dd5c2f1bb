package org.plenary.local.web;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pure helpers of the web page (markup offsets, text changes, track changes, amendment wording), tested
 * with node's own test runner ({@code node --test}, no npm packages). The page's modules
 * (query/src/main/resources/static/js) and the tests (local/src/test/js) are copied into a temporary folder
 * marked as ES modules. Skipped only when node is not installed.
 */
class WebHelpersNodeTest {

    @Test
    void pageHelpersPassTheirNodeTests() throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed");
        Path module = Path.of("").toAbsolutePath();
        Path scripts = module.resolveSibling("query").resolve("src/main/resources/static/js");
        Path tests = module.resolve("src/test/js");
        assertThat(scripts).isDirectory();
        Path work = Files.createTempDirectory("plenary-node-tests");
        try {
            copyAll(scripts, work.resolve("js"));
            copyAll(tests, work.resolve("test"));
            Files.writeString(work.resolve("package.json"), "{\"type\":\"module\"}\n");
            Process node = new ProcessBuilder("node", "--test", "test/").directory(work.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();
            assertThat(node.exitValue()).as(output).isZero();
            assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
