package org.plenary.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The bodies of the query app's parse endpoints: a size limit on what is read (not on what a header claims), and the
 * charset the request names.
 */
public final class RequestBodies {

    /** The same limit as the command app's default {@code plenary.http.max-body-bytes}. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private RequestBodies() {
    }

    /** The body, or null when it is over the limit (read at most one byte past it: a chunked body has no length). */
    public static byte[] read(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    /** The 413 answer to a body over the limit. */
    public static ResponseEntity<?> tooLarge() {
        return QueryExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, "request body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    /** UTF-8 unless the request names another charset (HTTP's ISO-8859-1 default would garble "¹" and "…"). */
    public static Charset charset(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unsupported charset " + name + "; send UTF-8");
        }
    }
}
