package org.plenary.shared.draft;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes envelopes as JSON: {@code {"eventId","draftId","seq","type","event":{…}}}. The same bytes are
 * stored in the event store and published to Kafka, so an event is serialized once.
 *
 * <p>Both directions stream: the event is written straight from its record and, since {@code type} comes
 * before {@code event}, read straight into its record, without an intermediate JSON tree (this codec runs
 * for every command, every projected event and every replayed one), by a {@link RecordReader} of its type; what
 * that reader declines (anything not written as {@link #encode} writes it) is read again by Jackson's data binding,
 * which accepts or refuses it as before. Envelopes with the fields in another order are still read.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Map<String, Class<? extends DraftEvent>> TYPES = new HashMap<>();
    /**
     * A reader per event type, its type and root deserializer resolved once: {@code ObjectMapper.readValue} resolved
     * both for every event (5 % of the replay threads' samples in a profile of a replay, a seventh of the decoding).
     */
    private static final Map<String, ObjectReader> READERS = new HashMap<>();
    /** A record reader per event type, tried first ({@link RecordReader}); Jackson's reader when it declines. */
    private static final Map<String, RecordReader> RECORDS = new HashMap<>();

    static {
        for (Class<?> type : DraftEvent.class.getPermittedSubclasses()) {
            TYPES.put(type.getSimpleName(), type.asSubclass(DraftEvent.class));
            READERS.put(type.getSimpleName(), MAPPER.readerFor(type));
            RECORDS.put(type.getSimpleName(), RecordReader.of(type, MAPPER));
        }
    }

    private EventCodec() {
    }

    public static Class<? extends DraftEvent> typeOf(String name) {
        return known(TYPES, name);
    }

    private static RecordReader recordReaderOf(String name) {
        return known(RECORDS, name);
    }

    private static ObjectReader readerOf(String name) {
        return known(READERS, name);
    }

    /** What {@code byType} holds for the event type {@code name}; refused for a type no event has. */
    private static <T> T known(Map<String, T> byType, String name) {
        T found = byType.get(name);
        if (found == null) {
            throw new IllegalArgumentException("unknown event type " + name);
        }
        return found;
    }

    public static String encode(EventEnvelope envelope) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("eventId", envelope.eventId());
            json.writeStringField("draftId", envelope.draftId());
            json.writeNumberField("seq", envelope.seq());
            json.writeStringField("type", envelope.type());
            json.writeFieldName("event");
            MAPPER.writeValue(json, envelope.event());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + envelope.type(), e);
        }
        return out.toString();
    }

    public static EventEnvelope decode(String json) {
        return decodeEither(json);
    }

    public static EventEnvelope decode(byte[] json) {
        return decodeEither(json);
    }

    /** With the record reader, or, when it declines, with Jackson ({@code source}: a String or UTF-8 bytes). */
    private static EventEnvelope decodeEither(Object source) {
        try {
            return decodeWithRecords(source);
        } catch (RecordReader.Unexpected notAsWritten) {
            return decodeWithJackson(source);
        }
    }

    /** Reads the envelope with the event type's record reader; {@link RecordReader.Unexpected} if it declines. */
    static EventEnvelope decodeWithRecords(Object source) {
        return decode(source, true);
    }

    /** Reads the envelope with Jackson's reader of its event type (what the record reader declined, and tests). */
    static EventEnvelope decodeWithJackson(Object source) {
        return decode(source, false);
    }

    private static EventEnvelope decode(Object source, boolean records) {
        try (JsonParser parser = source instanceof byte[] bytes ? MAPPER.getFactory().createParser(bytes)
                : MAPPER.getFactory().createParser((String) source)) {
            return decode(parser, source, records);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getMessage(), e);
        }
    }

    private static EventEnvelope decode(JsonParser parser, Object source, boolean records) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not an event envelope: expected a JSON object");
        }
        String eventId = null;
        String draftId = null;
        Long seq = null;
        String type = null;
        DraftEvent event = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "eventId" -> eventId = parser.getValueAsString();
                case "draftId" -> draftId = parser.getValueAsString();
                case "seq" -> seq = parser.getValueAsLong();
                case "type" -> type = parser.getValueAsString();
                case "event" -> {
                    if (type == null) {
                        return decodeTree(source); // "event" before "type": not what encode writes
                    }
                    event = records ? (DraftEvent) recordReaderOf(type).read(parser) : readerOf(type).readValue(parser);
                }
                default -> parser.skipChildren();
            }
        }
        if (draftId == null || seq == null || event == null) {
            throw new IllegalArgumentException("not an event envelope: draftId, seq, type and event are required");
        }
        return new EventEnvelope(eventId, draftId, seq, event);
    }

    private static EventEnvelope decodeTree(Object source) throws IOException {
        JsonNode node = source instanceof byte[] bytes ? MAPPER.readTree(bytes) : MAPPER.readTree((String) source);
        DraftEvent event = MAPPER.treeToValue(node.get("event"), typeOf(node.get("type").asText()));
        return new EventEnvelope(node.path("eventId").asText(null), node.get("draftId").asText(), node.get("seq").asLong(), event);
    }
}
