package org.plenary.embedded.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * How documents and index keys are written in the H2 file: a document as its BSON (what the wire carries), an index
 * key as its values one by one, each behind a tag of its own. H2's {@link ObjectDataType} knows neither type and
 * Java-serialized them, a new {@link java.io.ObjectOutputStream} per value, at every write of every page that holds
 * them: after the index order ({@link IndexKeyOrder}) that was the largest item of the file backend's throughput
 * (docs/BENCHMARKS.md, "The H2 file's own costs"). Everything else, and whatever was written before, is written and
 * read as {@link ObjectDataType} does: the tags used here are above its own (0 to 119), so a page written before
 * reads as it did, and a document BSON cannot encode is serialized as before.
 */
public class StoredForm extends ObjectDataType {

    static final byte TAG_DOCUMENT = (byte) 0xF0;
    static final byte TAG_KEY = (byte) 0xF1;

    /** What a page accounts for a document (H2 splits pages by their accounted size); ObjectDataType's guess is 10 KB. */
    static final int DOCUMENT_MEMORY = 1_024;
    static final int KEY_MEMORY = 96;

    /**
     * One encoding buffer per thread (H2 writes pages on a few threads of its own), kept: a new buffer per document
     * grew several times and was released through Netty's allocator metrics, a fifth of the encoding's time.
     */
    private static final ThreadLocal<ByteBuf> ENCODER_BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(16 * 1024));

    @Override
    public int getMemory(Object value) {
        if (value instanceof Document) {
            return DOCUMENT_MEMORY;
        }
        if (value instanceof KeyValue) {
            return KEY_MEMORY;
        }
        return super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Document document) {
            byte[] bson = bson(document);
            if (bson != null) {
                buffer.put(TAG_DOCUMENT).putVarInt(bson.length).put(bson);
                return;
            }
        } else if (value instanceof KeyValue key) {
            buffer.put(TAG_KEY).putVarInt(key.size());
            for (Object part : key) {
                write(buffer, part);
            }
            return;
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get(buffer.position());
        if (tag == TAG_DOCUMENT) {
            buffer.get();
            int length = DataUtils.readVarInt(buffer);
            byte[] bson = new byte[length];
            buffer.get(bson);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        }
        if (tag == TAG_KEY) {
            buffer.get();
            int size = DataUtils.readVarInt(buffer);
            List<Object> parts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                parts.add(read(buffer));
            }
            return new KeyValue(parts);
        }
        return super.read(buffer);
    }

    /** The document's BSON, or null when BSON cannot hold one of its values (then it is serialized as before). */
    private static byte[] bson(Document document) {
        ByteBuf buffer = ENCODER_BUFFER.get().clear();
        try {
            BsonEncoder.encodeDocument(document, buffer);
        } catch (RuntimeException unsupported) {
            return null;
        }
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }
}
