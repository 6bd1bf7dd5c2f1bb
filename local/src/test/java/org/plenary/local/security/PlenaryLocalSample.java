package org.plenary.local.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The sample draft of the local run, as text. */
final class PlenaryLocalSample {

    private PlenaryLocalSample() {
    }

    static String text() throws IOException {
        try (InputStream in = PlenaryLocalSample.class.getResourceAsStream("/samples/ccpcj-26-cybercrime-revised-draft.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
