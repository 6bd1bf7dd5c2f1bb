package org.plenary.shared.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes envelopes as JSON: {@code {"eventId","draftId","seq","type","event":{…}}}. The same bytes are
 * stored in the event store and published to Kafka, so an event is serialized once.
 */
public final class EventCodec {

    private static final Map<String, Class<? extends DraftEvent>> TYPES = new HashMap<>();

    static {
        for (Class<?> type : DraftEvent.class.getPermittedSubclasses()) {
            TYPES.put(type.getSimpleName(), type.asSubclass(DraftEvent.class));
        }
    }

    private static final ObjectMapper MAPPER = Json.mapper();

    private EventCodec() {
    }

    public static Class<? extends DraftEvent> typeOf(String name) {
        Class<? extends DraftEvent> type = TYPES.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type " + name);
        }
        return type;
    }

    public static String encode(EventEnvelope envelope) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("eventId", envelope.eventId());
        node.put("draftId", envelope.draftId());
        node.put("seq", envelope.seq());
        node.put("type", envelope.type());
        node.set("event", MAPPER.valueToTree(envelope.event()));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + envelope.type(), e);
        }
    }

    public static EventEnvelope decode(String json) {
        try {
            return decode(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getMessage(), e);
        }
    }

    public static EventEnvelope decode(byte[] json) {
        return decode(new String(json, StandardCharsets.UTF_8));
    }

    private static EventEnvelope decode(JsonNode node) throws IOException {
        DraftEvent event = MAPPER.treeToValue(node.get("event"), typeOf(node.get("type").asText()));
        return new EventEnvelope(node.get("eventId").asText(), node.get("draftId").asText(), node.get("seq").asLong(), event);
    }
}
