package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.un.InlineSpans.Span;

class InlineSpansTest {

    @Test
    void givesVisibleTextWithItsMarkupOffsets() {
        String text = "*Requests* the report [A/76/479](#) now;¹";
        List<Span> spans = InlineSpans.of(text);
        assertThat(spans).containsExactly(
                new Span("Requests", 1, true, false, null, null),
                new Span(" the report ", 10, false, false, null, null),
                new Span("A/76/479", 23, false, false, "#", null),
                new Span(" now;", 35, false, false, null, null),
                new Span("¹", 40, false, false, null, "1"));
        for (Span span : spans) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
    }

    @Test
    void flagsTheUnmarkedOpeningOfAParagraph() {
        assertThat(InlineSpans.ofParagraph("Recalling also its resolution,")).containsExactly(
                new Span("Recalling also", 0, false, true, null, null),
                new Span(" its resolution,", 14, false, false, null, null));
        assertThat(InlineSpans.ofParagraph("*Recalling* it,")).extracting(Span::opening).containsOnly(false);
    }

    @Property(tries = 100)
    void everySpanIsTheMarkupTextAtItsOffsets(@ForAll("documents") DraftDocument doc) {
        for (Paragraph p : doc.operative()) {
            for (Span span : InlineSpans.ofParagraph(p.text())) {
                assertThat(p.text().substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
    }

    @Provide
    Arbitrary<DraftDocument> documents() {
        return GeneratedDocuments.documents();
    }
}
