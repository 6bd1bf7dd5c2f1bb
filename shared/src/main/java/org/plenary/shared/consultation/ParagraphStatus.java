package org.plenary.shared.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a paragraph is settled in informal consultations: {@code open} (the default), {@code agreed-ad-ref}
 * (agreed by the negotiators ad referendum, pending their capitals' approval), then {@code agreed}. A settled
 * paragraph (ad ref or agreed) takes no amendment, bracket or alternative until it is reopened.
 */
public enum ParagraphStatus {
    OPEN("open", null),
    AGREED_AD_REF("agreed-ad-ref", "agreed ad ref"),
    AGREED("agreed", "agreed");

    private final String json;
    private final String printed;

    ParagraphStatus(String json, String printed) {
        this.json = json;
        this.printed = printed;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** As the UN prints it beside the paragraph ("agreed ad ref"); null for an open paragraph, which shows nothing. */
    public String printed() {
        return printed;
    }

    /** Ad ref or agreed: the text stands as it is. */
    public boolean settled() {
        return this != OPEN;
    }

    @JsonCreator
    public static ParagraphStatus fromJson(String value) {
        for (ParagraphStatus status : values()) {
            if (status.json.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be \"open\", \"agreed-ad-ref\" or \"agreed\", not \""
                + value + "\"");
    }
}
