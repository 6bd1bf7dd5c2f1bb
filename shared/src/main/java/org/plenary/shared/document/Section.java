package org.plenary.shared.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two sections that hold paragraphs. */
public enum Section {
    PREAMBLE("preamble"),
    OPERATIVE("operative");

    private final String json;

    Section(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Section fromJson(String value) {
        for (Section s : values()) {
            if (s.json.equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("section must be \"preamble\" or \"operative\", not \"" + value + "\"");
    }
}
