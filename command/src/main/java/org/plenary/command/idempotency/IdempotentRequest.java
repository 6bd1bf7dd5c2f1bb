package org.plenary.command.idempotency;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * The idempotency key of the request being handled, as {@code <caller>/<Idempotency-Key>}: the command it sends
 * carries it in its metadata, and the event store puts it on the event (see the event store's {@code k}).
 */
public final class IdempotentRequest {

    static final String ATTRIBUTE = IdempotentRequest.class.getName();

    private IdempotentRequest() {
    }

    /** The key of the current request, if it has one. */
    public static Optional<String> currentKey() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
