package org.plenary.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.ServletException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.plenary.command.draft.DraftRejection;
import org.plenary.shared.delegation.UnknownDelegationException;
import org.plenary.shared.un.UnTextFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps refusals to 4xx responses with a message; only real server faults become 500. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DraftRejection.class)
    ResponseEntity<ApiError> rejected(DraftRejection e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return error(status, e.getMessage(), e.kind() == DraftRejection.Kind.CONFLICT ? e.currentVersion() : null, null);
    }

    @ExceptionHandler(UnknownDelegationException.class)
    ResponseEntity<ApiError> unknownDelegation(UnknownDelegationException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), null, null);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), null, e.fields());
    }

    /** A text that does not read in the UN layout: the usual error body plus the (first) line number. */
    @ExceptionHandler(UnTextFormatException.class)
    ResponseEntity<Map<String, Object>> unreadableText(UnTextFormatException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpStatus.BAD_REQUEST.value());
        body.put("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
        body.put("message", e.getMessage());
        body.put("line", e.line());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> notFound(AggregateNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "no draft with id " + e.getAggregateIdentifier(), null, null);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ApiError> concurrent(ConcurrencyException e) {
        return error(HttpStatus.CONFLICT, "the draft was changed concurrently; read it again and retry", null, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        String message = "malformed request body";
        if (e.getCause() instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            message = "malformed request body" + (path.isEmpty() ? "" : " at " + path) + ": " + mapping.getOriginalMessage();
        } else if (e.getCause() != null) {
            message = "malformed request body: " + e.getCause().getMessage();
        }
        return error(HttpStatus.BAD_REQUEST, message, null, null);
    }

    /** Spring Security's firewall, when a controller reads a header or parameter it refuses. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ApiError> rejected(RequestRejectedException e) {
        return error(HttpStatus.BAD_REQUEST, "request rejected: " + e.getMessage(), null, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), null, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), null, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "no such endpoint: " + e.getResourcePath(), null, null);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(PayloadTooLargeException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), null, null);
    }

    /** Spring MVC's own refusals (406, 400 for a bad header ...) keep their status; anything else is a fault. */
    @ExceptionHandler({RuntimeException.class, ServletException.class})
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            return error(status, e.getMessage(), null, null);
        }
        log.error("Unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getClass().getSimpleName(), null, null);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String message, Long currentVersion, Map<String, String> fields) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, currentVersion, fields));
    }
}
