package org.plenary.query;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query app's packages in layers, and no use of a class that runs back up or sideways. From the bottom:
 * <ol start="0">
 *   <li>{@code config}, {@code web}: properties, the Mongo client, errors;</li>
 *   <li>{@code projection}: how projections are built, stored and run, and the draft view they all see;</li>
 *   <li>{@code projection.*}: one package per further projection ({@code history}, {@code checkpoint} …);</li>
 *   <li>{@code pastview} (a draft at any point, read from the projections) and {@code replay};</li>
 *   <li>{@code draft}, {@code history}, {@code feed}, {@code document}, {@code consultation}, {@code wording}: what the API serves,
 *   side by side;</li>
 *   <li>the app itself ({@code org.plenary.query}: the application and the projections' registration).</li>
 * </ol>
 * A class may use another package only on a lower layer. Read from the sources (imports and fully qualified
 * names), so the rule holds without a tool.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/plenary/query");
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("config", 0), Map.entry("web", 0), Map.entry("security", 0),
            Map.entry("projection", 1),
            Map.entry("pastview", 3), Map.entry("replay", 3),
            Map.entry("draft", 4), Map.entry("history", 4), Map.entry("feed", 4), Map.entry("document", 4),
            Map.entry("consultation", 4), Map.entry("wording", 4), Map.entry("lifecycle", 4), Map.entry("monitoring", 5));
    private static final Pattern USE = Pattern.compile("\\borg\\.plenary\\.query\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String from = packageOf(source);
                Matcher use = USE.matcher(Files.readString(source));
                while (use.find()) {
                    String to = use.group(1);
                    if (!to.equals(from) && layer(to) >= layer(from)) {
                        violations.add(SOURCES.relativize(source) + " (" + label(from) + ") uses " + to + " (" + label(to) + ")");
                    }
                }
            }
        }
        assertThat(files).as("sources found under %s", SOURCES.toAbsolutePath()).isGreaterThan(50);
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleCatchesAnImportBackUpAndBetweenSiblings() {
        assertThat(layer("projection")).isLessThan(layer("projection.history"));
        assertThat(layer("projection.history")).isEqualTo(layer("projection.checkpoint")); // siblings: neither may use the other
        assertThat(layer("pastview")).isLessThan(layer("feed"));
        assertThat(layer("history")).isEqualTo(layer("draft"));
        assertThat(layer("")).isGreaterThan(layer("replay"));
    }

    private static String packageOf(Path source) {
        Path relative = SOURCES.relativize(source.getParent());
        return relative.toString().replace('/', '.').replace('\\', '.');
    }

    /** The layer of a package of org.plenary.query ("" for the app's own); an unknown one fails the test. */
    private static int layer(String pkg) {
        if (pkg.isEmpty()) {
            return 5;
        }
        if (pkg.startsWith("projection.")) {
            return 2;
        }
        Integer layer = LAYERS.get(pkg);
        if (layer == null) {
            throw new AssertionError("package org.plenary.query." + pkg + " has no layer: add it to " + PackageLayersTest.class.getSimpleName());
        }
        return layer;
    }

    private static String label(String pkg) {
        return "layer " + layer(pkg);
    }
}
