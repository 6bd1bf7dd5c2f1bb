package org.plenary.shared.draft;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum AmendmentStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
