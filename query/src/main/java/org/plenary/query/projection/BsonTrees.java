package org.plenary.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and MongoDB documents without going through JSON text (the projection's
 * hot write path used to serialize each view to a string and parse it again with {@code Document.parse}).
 * The documents are the ones {@code Document.parse} would give for the same JSON: integers that fit in 32
 * bits become {@code Integer}, others {@code Long}; other numbers {@code Double}; so stored documents (and
 * the replay checksums over them) do not change.
 */
final class BsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BsonTrees() {
    }

    static Document toDocument(JsonNode object) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("a document is a JSON object, not " + object.getNodeType());
        }
        Document document = new Document();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            document.put(field.getKey(), toValue(field.getValue()));
        }
        return document;
    }

    private static Object toValue(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return toDocument(node);
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    list.add(toValue(element));
                }
                return list;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isIntegralNumber()) {
                    if (node.canConvertToInt()) {
                        return node.intValue();
                    }
                    if (node.canConvertToLong()) {
                        return node.longValue();
                    }
                    return node.doubleValue(); // beyond 64 bits: as Document.parse reads it
                }
                return node.doubleValue();
            case NULL:
            case MISSING:
                return null;
            default:
                throw new IllegalArgumentException("no BSON form for JSON " + node.getNodeType());
        }
    }

    static ObjectNode toTree(Document document) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Object> field : document.entrySet()) {
            object.set(field.getKey(), toNode(field.getValue()));
        }
        return object;
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Document document) {
            return toTree(document);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toNode(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                array.add(toNode(element));
            }
            return array;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Decimal128 d) {
            return NODES.numberNode(d.bigDecimalValue());
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Date date) {
            return NODES.textNode(date.toInstant().toString());
        }
        return NODES.textNode(value.toString());
    }
}
