package org.plenary.shared.draft;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.json.IsoInstants;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record straight from the parser into its canonical constructor: the values Plenary's events are made of
 * (strings, numbers, booleans, instants, lists of strings, lists of edit operations) read by the streaming parser
 * itself, anything else by Jackson for that value alone. Jackson's data binding read every event through its general
 * machinery (a deserialization context, a property buffer, a type deserializer per operation): 28-34 % of a replay's
 * projecting threads (docs/BENCHMARKS.md, "The eighth session").
 *
 * <p>It reads what {@link EventCodec#encode} writes, the same as Jackson reads it: a field it does not know is
 * skipped, a missing one is null (0 or false for a primitive). Anything written otherwise (a number where a string
 * is expected, a null for a primitive, an operation whose {@code op} is not its first field…) throws {@link
 * Unexpected}, and the caller reads the whole envelope with Jackson, which accepts or refuses it as before.
 * {@code RecordReaderTest} holds both readers equal for every kind of event.
 */
final class RecordReader {

    /** What this reader does not read as Jackson would; the caller reads the envelope with Jackson instead. */
    static final class Unexpected extends RuntimeException {
        static final Unexpected INSTANCE = new Unexpected();

        private Unexpected() {
            super("read by Jackson", null, false, false);
        }
    }

    /** The field naming an operation's type, written first ({@link JsonTypeInfo} on {@link EditOperation}). */
    private static final String TYPE_PROPERTY = EditOperation.class.getAnnotation(JsonTypeInfo.class).property();

    @FunctionalInterface
    private interface Value {
        /** Reads the value at the parser's current token. */
        Object read(JsonParser parser) throws IOException;
    }

    private final Map<String, Integer> positions = new HashMap<>();
    private final Value[] values;
    private final Object[] defaults;
    private final MethodHandle constructor;

    private RecordReader(Class<?> type, ObjectMapper mapper) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length > Long.SIZE) {
            throw new IllegalArgumentException(type + " has more than " + Long.SIZE + " components");
        }
        values = new Value[components.length];
        defaults = new Object[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            positions.put(components[i].getName(), i);
            values[i] = valueOf(components[i].getGenericType(), mapper);
            parameters[i] = components[i].getType();
            defaults[i] = defaultOf(parameters[i]);
        }
        try {
            constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, parameters))
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor on " + type, e);
        }
    }

    /** A reader for the record {@code type}. */
    static RecordReader of(Class<?> type, ObjectMapper mapper) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        return new RecordReader(type, mapper);
    }

    /** Reads the record whose object starts at the parser's current token. */
    Object read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw Unexpected.INSTANCE;
        }
        return readFields(parser);
    }

    /** Reads the fields up to the object's end, then makes the record. */
    private Object readFields(JsonParser parser) throws IOException {
        Object[] arguments = defaults.clone();
        long seen = 0; // a field given twice is not what encode writes: Jackson decides which one counts
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer position = positions.get(parser.currentName());
            parser.nextToken();
            if (position == null) {
                parser.skipChildren();
            } else {
                if ((seen & (1L << position)) != 0) {
                    throw Unexpected.INSTANCE;
                }
                seen |= 1L << position;
                arguments[position] = values[position].read(parser);
            }
        }
        try {
            return constructor.invoke(arguments);
        } catch (RuntimeException refused) {
            throw Unexpected.INSTANCE; // what the constructor refuses, Jackson reports in its own words
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object defaultOf(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Value valueOf(Type type, ObjectMapper mapper) {
        if (type == String.class) {
            return RecordReader::string;
        }
        if (type == long.class || type == Long.class) {
            return parser -> nullOr(parser, type == long.class, p -> {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw Unexpected.INSTANCE;
                }
                return p.getLongValue();
            });
        }
        if (type == int.class || type == Integer.class) {
            return parser -> nullOr(parser, type == int.class, p -> {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                    throw Unexpected.INSTANCE;
                }
                return p.getIntValue();
            });
        }
        if (type == boolean.class || type == Boolean.class) {
            return parser -> nullOr(parser, type == boolean.class, p -> switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> throw Unexpected.INSTANCE;
            });
        }
        if (type == Instant.class) {
            return parser -> {
                String text = string(parser);
                try {
                    return text == null ? null : IsoInstants.parse(text);
                } catch (DateTimeException notAnInstant) {
                    throw Unexpected.INSTANCE; // Jackson refuses it in its own words
                }
            };
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return parser -> list(parser, RecordReader::string);
            }
            if (element == EditOperation.class) {
                Map<String, RecordReader> byName = operations(mapper);
                return parser -> list(parser, p -> operation(p, byName));
            }
        }
        ObjectReader jackson = mapper.readerFor(mapper.constructType(type));
        return parser -> parser.currentToken() == JsonToken.VALUE_NULL ? null : jackson.readValue(parser);
    }

    /** A reader per operation type, by the name {@link EditOperation}'s {@link JsonSubTypes} gives it. */
    private static Map<String, RecordReader> operations(ObjectMapper mapper) {
        Map<String, RecordReader> byName = new HashMap<>();
        for (JsonSubTypes.Type type : EditOperation.class.getAnnotation(JsonSubTypes.class).value()) {
            byName.put(type.name(), new RecordReader(type.value(), mapper));
        }
        return byName;
    }

    /** An operation: its type's name first ({@code "op"}, as Jackson writes it), then its fields. */
    private static Object operation(JsonParser parser, Map<String, RecordReader> byName) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                || !TYPE_PROPERTY.equals(parser.currentName()) || parser.nextToken() != JsonToken.VALUE_STRING) {
            throw Unexpected.INSTANCE;
        }
        RecordReader reader = byName.get(parser.getText());
        if (reader == null) {
            throw Unexpected.INSTANCE;
        }
        return reader.readFields(parser);
    }

    private static String string(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw Unexpected.INSTANCE;
        };
    }

    private static List<Object> list(JsonParser parser, Value element) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw Unexpected.INSTANCE;
        }
        List<Object> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Object value = element.read(parser);
            if (value == null) {
                throw Unexpected.INSTANCE; // Jackson keeps a null element; the records' List.copyOf would not
            }
            out.add(value);
        }
        return out;
    }

    /** Null for a JSON null (declined for a primitive), else what {@code value} reads. */
    private static Object nullOr(JsonParser parser, boolean primitive, Value value) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            if (primitive) {
                throw Unexpected.INSTANCE;
            }
            return null;
        }
        return value.read(parser);
    }
}
