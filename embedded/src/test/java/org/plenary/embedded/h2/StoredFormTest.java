package org.plenary.embedded.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents and index keys in the H2 file: written as BSON and values, read back equal, and what was written before read as before. */
class StoredFormTest {

    private final StoredForm form = new StoredForm();

    private static Document document() {
        return new Document("_id", "d1/a0@57").append("version", 57L).append("count", 3).append("ratio", 0.25)
                .append("open", true).append("none", null).append("at", Instant.parse("2026-12-06T12:00:00Z"))
                .append("oid", new ObjectId()).append("json", "[{\"amendmentId\":\"A1\"}]")
                .append("nested", new Document("symbol", "A/C.3/76/L.7").append("list", List.of("a", 1, 2L)));
    }

    private Object roundTrip(StoredForm type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        type.write(buffer, "after"); // the next value starts where this one ends
        ByteBuffer read = buffer.getBuffer();
        read.flip();
        Object back = type.read(read);
        assertThat(type.read(read)).isEqualTo("after");
        return back;
    }

    @Test
    void aDocumentIsWrittenAsBsonAndReadBackEqual() {
        Document document = document();
        WriteBuffer buffer = new WriteBuffer();
        form.write(buffer, document);
        assertThat(buffer.getBuffer().get(0)).isEqualTo(StoredForm.TAG_DOCUMENT);

        assertThat(roundTrip(form, document)).isEqualTo(document);
    }

    @Test
    void anIndexKeyIsWrittenValueByValueAndReadBackEqual() {
        for (KeyValue key : List.of(new KeyValue("d1"), new KeyValue("d1", 57L), new KeyValue(7, 2.5, true),
                new KeyValue(new Document("a", 1), "x"), new KeyValue((Object) null))) {
            assertThat(roundTrip(new IndexKeyOrder(), key)).isEqualTo(key);
        }
    }

    @Test
    void whatWasWrittenBeforeReadsAsBefore() {
        ObjectDataType before = new ObjectDataType(); // how mongo-java-server's H2 backend wrote them
        for (Object value : List.of(document(), new KeyValue("d1", 57L), 42L, "text")) {
            WriteBuffer buffer = new WriteBuffer();
            before.write(buffer, value);
            ByteBuffer read = buffer.getBuffer();
            read.flip();

            assertThat(new IndexKeyOrder().read(read)).isEqualTo(value);
        }
    }
}
