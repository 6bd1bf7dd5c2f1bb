package org.plenary.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import java.time.Instant;

/** The one JSON configuration used for messages, in the store, on Kafka and over HTTP. */
public final class Json {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Applies the configuration. Blackbird reads and writes properties through generated lambdas instead of
     * reflection: events are encoded on every command and decoded by every consumer (the command path's profile
     * showed Jackson's reflective record accessors in the event encoding). Instants are read and written without
     * {@link java.time.format.DateTimeFormatter} ({@link IsoInstants}), in the same text.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new BlackbirdModule())
                .registerModule(new SimpleModule("plenary-instants")
                        .addDeserializer(Instant.class, new IsoInstants.Deserializer())
                        .addSerializer(Instant.class, new IsoInstants.Serializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
