package org.plenary.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One collection of a generation as the projections write it ({@link Documents#writeAll}): each document encoded
 * once, here, with {@code _id} first (where a MongoDB server stores it, so the bytes sent are the bytes kept), and
 * sent as those bytes. A rebuild's target also records a digest of what it wrote ({@link WrittenDigests}).
 */
public final class WriteTarget {

    /** As the driver encodes a document it inserts: {@code _id} first. */
    private static final EncoderContext COLLECTIBLE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    private final MongoCollection<RawBsonDocument> collection;
    private final String name;
    private final Codec<Document> codec;
    private final WrittenDigests written;

    WriteTarget(MongoCollection<Document> collection, WrittenDigests written) {
        this.collection = collection.withDocumentClass(RawBsonDocument.class);
        this.name = collection.getNamespace().getCollectionName();
        this.codec = collection.getCodecRegistry().get(Document.class);
        this.written = written;
    }

    MongoCollection<RawBsonDocument> collection() {
        return collection;
    }

    /** The document's bytes as they are sent and stored. */
    RawBsonDocument encode(Document document) {
        StringsAtOnce buffer = BUFFER.get();
        try {
            codec.encode(new BsonBinaryWriter(buffer), document, COLLECTIBLE);
            return new RawBsonDocument(buffer.toByteArray());
        } finally {
            if (buffer.getInternalBuffer().length > KEPT_BUFFER_BYTES) {
                BUFFER.remove();
            } else {
                buffer.truncateToPosition(0);
            }
        }
    }

    /** {@code document} is stored now under {@code id}, as sent. */
    void stored(Object id, RawBsonDocument document) {
        if (written != null && id instanceof String key) {
            written.written(name, key, document);
        }
    }

    /** What is stored under {@code id} is not what was sent (a newer document was there and stays). */
    void notStored(Object id) {
        if (written != null && id instanceof String key) {
            written.forget(name, List.of(key));
        }
    }

    /**
     * Deletes the documents with these ids, a bounded request at a time: one unordered bulk of single deletes by
     * {@code _id} per request, not one {@code deleteMany} with {@code $in}. The MongoDB-protocol server finds the
     * documents of an {@code $in} through its index but then matches each of them against every id of the list again
     * (a comparison that builds a stream per id): quadratic in the ids per request, it was a fifth of the server's CPU
     * in the throughput benchmark (a draft's changed pages replace their old ones at every write), and a bulk of
     * 256 deletes took half the time of the {@code $in} in a scratch test (docs/BENCHMARKS.md, "The tenth session").
     * Real MongoDB runs both as one delete command.
     */
    public void deleteIds(List<String> ids, int perRequest) {
        for (int from = 0; from < ids.size(); from += perRequest) {
            List<String> some = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + perRequest)));
            List<DeleteOneModel<RawBsonDocument>> deletes = new ArrayList<>(some.size());
            for (String id : some) {
                deletes.add(new DeleteOneModel<>(Filters.eq("_id", id)));
            }
            collection.bulkWrite(deletes, Documents.UNORDERED);
            if (written != null) {
                written.forget(name, some);
            }
        }
    }

    /** A buffer per writing thread, kept between documents unless a large one grew it beyond this. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    private static final ThreadLocal<StringsAtOnce> BUFFER = ThreadLocal.withInitial(StringsAtOnce::new);

    /**
     * Writes each string's UTF-8 bytes at once ({@link String#getBytes}, a copy for ASCII) where {@code OutputBuffer}
     * writes them a byte at a time with a bounds check each: that was nearly all of this class's encoding, a quarter
     * of the replay threads' samples, in a profile of a replay (whose documents are mostly the events' JSON). The
     * bytes are the driver's for every string but one with a lone surrogate (which JSON can carry as an escape): the
     * driver sends it as bytes that are not UTF-8, which the MongoDB-protocol server decodes to U+FFFD and stores so,
     * and so the bytes kept would not be the bytes sent; here it is a '?' either way ({@code WriteTargetTest}).
     */
    private static final class StringsAtOnce extends BasicOutputBuffer {

        StringsAtOnce() {
            super(4096);
        }

        @Override
        public void writeString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeInt32(bytes.length + 1);
            writeBytes(bytes, 0, bytes.length);
            writeByte(0);
        }

        @Override
        public void writeCString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            for (byte each : bytes) {
                if (each == 0) {
                    throw new BsonSerializationException("a field name cannot contain a null character: " + value);
                }
            }
            writeBytes(bytes, 0, bytes.length);
            writeByte(0);
        }
    }
}
