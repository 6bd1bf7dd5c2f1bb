package org.plenary.command.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.plenary.command.publish.PublisherUnavailableException;
import org.plenary.command.store.EventTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals that come from storing and publishing rather than from the draft: an event too large to publish (413,
 * nothing stored) and the store or Kafka out of reach (503, with what the client may do). Ahead of
 * {@link ApiExceptionHandler}, whose catch-all would make them 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreExceptionHandler.class);

    @ExceptionHandler(EventTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(EventTooLargeException e) {
        return ApiExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), null, null);
    }

    @ExceptionHandler(PublisherUnavailableException.class)
    ResponseEntity<ApiError> publisherUnavailable(PublisherUnavailableException e) {
        return ApiExceptionHandler.error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + "; nothing was recorded, retry later",
                null, null);
    }

    /** The write may or may not have reached the store: a retry with the same Idempotency-Key is safe. */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ApiError> storeUnavailable(RuntimeException e) {
        log.warn("The event store is out of reach: {}", e.toString());
        return ApiExceptionHandler.error(HttpStatus.SERVICE_UNAVAILABLE, "the event store is out of reach; the command may "
                + "not have been recorded: retry with the same Idempotency-Key header, or read the draft first", null, null);
    }
}
