package org.plenary.query.projection;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projections' one write path: the bytes it encodes are the driver's, {@code _id} first, and what is stored. */
class WriteTargetTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final List<String> STRINGS = List.of("", "plain ASCII", "a question? yes?", "décidée",
            "Côte d’Ivoire", "emoji \uD83D\uDE00 pair", "nul \u0000 inside", "x".repeat(70_000));
    private static final List<String> LONE_SURROGATES = List.of("lone \uD800 surrogate", "lone low \uDC00?");

    private static Document sample() {
        return sample(STRINGS);
    }

    private static Document sample(List<String> strings) {
        Document nested = new Document("list", List.of("a", "é", 3L, 2.5)).append("flag", true);
        Document document = new Document("version", 7L).append("count", 3).append("at", Date.from(Instant.parse(
                "2026-12-06T17:00:00Z"))).append("nested", nested).append("missing", null);
        for (int i = 0; i < strings.size(); i++) {
            document.append("s" + i, strings.get(i));
        }
        document.append("_id", "d1/page"); // last, as the projections build their documents
        return document;
    }

    /** What the driver sends for a document it inserts: its codec with {@code _id} first. */
    private static byte[] driverBytes(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        MongoClientSettings.getDefaultCodecRegistry().get(Document.class).encode(new BsonBinaryWriter(buffer), document,
                EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        return buffer.toByteArray();
    }

    private static byte[] bytesOf(RawBsonDocument document) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void encodesEveryStringAsTheDriverDoesWithTheIdFirst() {
        WriteTarget target = new ProjectionStore(mongo.emptyDatabase("write-target-encode")).writeTarget("pages");
        Document document = sample();

        RawBsonDocument bytes = target.encode(document);

        assertThat(bytesOf(bytes)).isEqualTo(driverBytes(document));
        assertThat(bytes.keySet().iterator().next()).isEqualTo("_id");
        for (int i = 0; i < STRINGS.size(); i++) {
            assertThat(bytes.getString("s" + i).getValue()).isEqualTo(STRINGS.get(i));
        }
        // a lone surrogate is a '?', where the driver sends bytes that are not UTF-8
        RawBsonDocument lone = target.encode(sample(LONE_SURROGATES));
        assertThat(lone.getString("s0").getValue()).isEqualTo("lone ? surrogate");
        assertThat(lone.getString("s1").getValue()).isEqualTo("lone low ??");
        assertThatThrownBy(() -> target.encode(new Document("_id", "x").append("a\u0000b", 1)))
                .isInstanceOf(BsonSerializationException.class).hasMessageContaining("null character");
        // the thread's buffer is reused: a second, smaller document is encoded alone
        Document small = new Document("_id", "d2").append("v", 1L);
        assertThat(bytesOf(target.encode(small))).isEqualTo(driverBytes(small));
    }

    @Test
    void storesExactlyTheBytesItSendsAndARebuildRecordsTheirDigest() {
        MongoDatabase database = mongo.emptyDatabase("write-target-store");
        ProjectionStore rebuild = new ProjectionStore(database).forRebuild(1, 10);
        List<String> strings = new java.util.ArrayList<>(STRINGS);
        strings.addAll(LONE_SURROGATES);
        Document document = sample(strings);
        byte[] sent = bytesOf(rebuild.writeTarget("pages").encode(document));

        Documents.writeAll(rebuild.writeTarget("pages"), List.of(document), d -> d, d -> true);

        RawBsonDocument stored = database.getCollection("pages_g1", RawBsonDocument.class)
                .find(Filters.eq("_id", "d1/page")).first();
        assertThat(stored).isNotNull();
        assertThat(bytesOf(stored)).isEqualTo(sent);
        Map<String, byte[]> fromWrites = rebuild.storedDigests("pages", List.of("d1/page", "absent"), 10);
        Map<String, byte[]> readBack = new ProjectionStore(database, 1).storedDigests("pages", List.of("d1/page", "absent"), 10);
        assertThat(fromWrites).containsOnlyKeys("d1/page");
        assertThat(readBack).containsOnlyKeys("d1/page");
        assertThat(fromWrites.get("d1/page")).isEqualTo(readBack.get("d1/page"))
                .isEqualTo(WrittenDigests.digest(new RawBsonDocument(sent)));
    }
}
