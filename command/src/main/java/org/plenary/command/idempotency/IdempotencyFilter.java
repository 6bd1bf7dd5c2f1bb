package org.plenary.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.command.security.Caller;
import org.plenary.command.store.MongoEventStorageEngine;
import org.plenary.command.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every command (POST and DELETE under {@code /api/}): per authenticated caller, the same
 * key with the same request returns the first answer (status and body; header {@code Idempotent-Replayed: true}) and
 * changes nothing more; with a different request it is 422. Of several requests with one key arriving at once, on any
 * nodes, one executes and the others wait for its answer (up to {@code plenary.idempotency.in-progress-wait}, then
 * 409). A 5xx answer is not kept: the key may be retried. A request whose node stopped after storing its event but
 * before recording the answer is answered from the stored event, never executed again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Set<String> COMMAND_METHODS = Set.of("POST", "DELETE");

    private final IdempotencyRecords records;
    private final MongoEventStorageEngine events;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final Duration inProgressWait;

    public IdempotencyFilter(IdempotencyRecords records, MongoEventStorageEngine events, ObjectMapper mapper,
                             long maxBodyBytes, Duration inProgressWait) {
        this.records = Objects.requireNonNull(records, "records");
        this.events = Objects.requireNonNull(events, "events");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.maxBodyBytes = maxBodyBytes;
        this.inProgressWait = Objects.requireNonNull(inProgressWait, "in-progress wait");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !COMMAND_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Caller caller = Caller.current().orElse(null);
        if (caller == null) {
            chain.doFilter(request, response); // not authenticated, or an observer: refused further on
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            refuse(response, 400, HEADER + " must be 1 to 255 visible ASCII characters (a UUID, for instance)");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            refuse(response, 413, "request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        String id = caller.actor() + "/" + key;
        String fingerprint = fingerprint(request, body);
        long deadline = System.nanoTime() + inProgressWait.toNanos();
        while (true) {
            IdempotencyRecords.Claim claim = records.claim(id, fingerprint);
            if (claim instanceof IdempotencyRecords.Claimed claimed) {
                execute(new CachedBodyRequest(request, body), response, chain, id, claimed.owner());
                return;
            } else if (claim instanceof IdempotencyRecords.Answered answered) {
                replay(answered, response);
                return;
            } else if (claim instanceof IdempotencyRecords.Mismatch) {
                refuse(response, 422, HEADER + " " + key + " was used for a different request (method, path or body); "
                        + "use a new key for a new request");
                return;
            } else if (System.nanoTime() > deadline) {
                refuse(response, 409, "a request with " + HEADER + " " + key + " is still being carried out; retry later "
                        + "with the same key to get its answer");
                return;
            }
            sleep();
        }
    }

    private void execute(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id,
                         String owner) throws IOException, ServletException {
        Optional<StoredEvent> done = events.eventWithKey(id);
        if (done.isPresent()) { // stored by an execution that never recorded its answer
            IdempotencyRecords.Answered answer = FirstAnswer.of(done.get(), mapper);
            records.complete(id, owner, answer.status(), answer.contentType(), answer.body());
            replay(answer, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        request.setAttribute(IdempotentRequest.ATTRIBUTE, id);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException e) {
            records.release(id, owner);
            throw e;
        }
        if (captured.getStatus() >= 500) {
            records.release(id, owner);
        } else {
            try {
                records.complete(id, owner, captured.getStatus(), captured.getContentType(), captured.getContentAsByteArray());
            } catch (RuntimeException e) {
                // the command's events are durable: a retry is answered from them, so the answer may still be sent
                log.warn("Could not record the answer to {} {}: {}", HEADER, id, e.toString());
            }
        }
        captured.copyBodyToResponse();
    }

    private static void replay(IdempotencyRecords.Answered answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(mapper.writeValueAsString(java.util.Map.of("status", status,
                "error", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase(), "message", message)));
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + Objects.requireNonNullElse(request.getQueryString(), "") + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request with the same key", e);
        }
    }

    /** The request with its body read already (to fingerprint it), readable again by the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
