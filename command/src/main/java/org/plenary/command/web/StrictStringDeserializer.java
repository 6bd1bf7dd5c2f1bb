package org.plenary.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Every string field of a request body: a JSON string and nothing else (a number or a boolean is not text), and
 * text by {@link TextRules}. One place, so no field of any command can let a control character through.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        String problem = TextRules.problem(text);
        if (problem != null) {
            return (String) context.handleWeirdStringValue(String.class, text, "the text contains " + problem);
        }
        return text;
    }
}
