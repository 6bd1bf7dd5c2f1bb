package org.plenary.command.web;

import org.springframework.http.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The charset of a text body the command app reads (a draft in the UN layout, an amendment document). */
final class TextCharsets {

    private TextCharsets() {
    }

    /** UTF-8 unless the Content-Type names another (unknown charsets are refused before, by RequestCharsetFilter). */
    static Charset of(MediaType contentType) {
        try {
            return contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Map.of("Content-Type", "unknown charset; send UTF-8"));
        }
    }
}
