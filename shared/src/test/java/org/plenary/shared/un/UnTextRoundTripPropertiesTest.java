package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.shared.document.DraftDocument;

class UnTextRoundTripPropertiesTest {

    @Property(tries = 400)
    void readingAWrittenDocumentGivesItBack(@ForAll("documents") DraftDocument doc) {
        String written = UnTextWriter.write(doc);
        assertThat(UnTextReader.read(written)).as(written).isEqualTo(doc);
    }

    @Property(tries = 200)
    void writingIsStableUnderReading(@ForAll("documents") DraftDocument doc) {
        String written = UnTextWriter.write(doc);
        assertThat(UnTextWriter.write(UnTextReader.read(written))).isEqualTo(written);
    }

    @Property(tries = 200)
    void theReaderAccountsForEveryCharacterOfAWrittenDocument(@ForAll("documents") DraftDocument doc) {
        String written = UnTextWriter.write(doc);
        TextAccounting.assertAccountedFor(written, UnTextReader.read(written));
    }

    @Provide
    Arbitrary<DraftDocument> documents() {
        return GeneratedDocuments.documents();
    }
}
