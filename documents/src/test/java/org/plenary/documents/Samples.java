package org.plenary.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.UnTextReader;

/** The reference sample and the reader's corpus (shared/src/test/resources/un/), read in place. */
public final class Samples {

    private static final Path UN = Path.of("..", "shared", "src", "test", "resources", "un");
    public static final String SAMPLE = "ccpcj-26-cybercrime-revised-draft.txt";

    private Samples() {
    }

    public static String text(String name) {
        try {
            return Files.readString(UN.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DraftDocument sample() {
        return UnTextReader.read(text(SAMPLE));
    }

    /** The sample, the reader's variations and the corpus, by file name under un/. */
    public static List<String> all() {
        try (Stream<Path> corpus = Files.list(UN.resolve("corpus"))) {
            List<String> names = new java.util.ArrayList<>(List.of(SAMPLE, "ga-76-186-adopted.txt",
                    "hrc-african-group-draft.txt", "sc-draft-no-title.txt", "minimal-no-header.txt",
                    "ecosoc-comma-sponsors-wrapped.txt"));
            corpus.map(p -> "corpus/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
