package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.UnTextFormatException;

/** Every format reads what it writes, and refuses garbage with a 4xx-worthy message. */
class DocumentsTest {

    private final DraftDocument sample = Samples.sample();

    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"TEXT", "DOCX"})
    void readsWhatItWrites(DocumentFormat format) {
        assertThat(Documents.read(Documents.write(sample, format), format, null)).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void refusesGarbage(DocumentFormat format) {
        byte[] random = new byte[4096];
        new Random(16).nextBytes(random);
        byte[] words = "lorem ipsum dolor sit amet consectetur adipiscing elit".getBytes(StandardCharsets.UTF_8);
        byte[] written = Documents.write(sample, format);
        byte[] truncated = java.util.Arrays.copyOf(written, written.length / 3);
        for (byte[] garbage : new byte[][] {random, new byte[0], words, truncated}) {
            if (format == DocumentFormat.TEXT && garbage == truncated) {
                continue; // a third of a text is still text; whether it reads depends on where it is cut
            }
            UnTextFormatException e = catchThrowableOfType(() -> Documents.read(garbage, format, null),
                    UnTextFormatException.class);
            assertThat(e).as("%s: %d bytes", format, garbage.length).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void knowsItsMediaTypeAndExtension(DocumentFormat format) {
        assertThat(DocumentFormat.ofMediaType(format.mediaType() + "; charset=UTF-8")).isEqualTo(format);
        assertThat(DocumentFormat.ofFileName("draft." + format.extension().toUpperCase())).isEqualTo(format);
    }
}
