package org.plenary.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.command.store.IdempotencyKeyUsedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A command whose idempotency key the store holds already (a second execution lost the race to store its event):
 * answered as the first execution was, from the event that execution stored.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KeyUsedExceptionHandler {

    private final ObjectMapper mapper;

    public KeyUsedExceptionHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ExceptionHandler(IdempotencyKeyUsedException.class)
    ResponseEntity<byte[]> firstAnswer(IdempotencyKeyUsedException e) {
        IdempotencyRecords.Answered answer = FirstAnswer.of(e.event(), mapper);
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .header(IdempotencyFilter.REPLAYED, "true").body(answer.body());
    }
}
