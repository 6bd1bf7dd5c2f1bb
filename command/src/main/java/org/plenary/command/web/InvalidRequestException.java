package org.plenary.command.web;

import java.util.Map;

/** A request the API refuses before it becomes a command: 400 with a message per field. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidRequestException(Map<String, String> fields) {
        super("invalid request: " + fields);
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
