package org.plenary.shared.un;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents under src/test/resources/un/. */
final class Resources {

    static final String SAMPLE = "ccpcj-26-cybercrime-revised-draft.txt";

    private Resources() {
    }

    static String un(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/un/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource un/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
