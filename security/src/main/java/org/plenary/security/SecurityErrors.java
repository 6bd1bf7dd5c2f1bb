package org.plenary.security;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.json.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals of the security layer, written in the apps' error shape {@code {"status","error","message"}}:
 * 401 with {@code WWW-Authenticate: Bearer} (RFC 6750), 403, 503 when a token cannot be checked now, and 400
 * for requests the firewall rejects (matrix parameters, encoded slashes, control characters ...).
 */
public final class SecurityErrors {

    static final String MISSING_TOKEN = "missing Authorization: Bearer <token> header";

    private SecurityErrors() {
    }

    /** 401 (or 503 when the identity provider cannot be reached). */
    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof SignInUnavailableException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                write(response, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
                return;
            }
            boolean invalid = e instanceof InvalidBearerTokenException;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, invalid ? e.getMessage() : MISSING_TOKEN);
        };
    }

    /** 403 with the app's sentence for a signed-in caller without the right. */
    public static AccessDeniedHandler forbidden(String message) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            write(response, HttpStatus.FORBIDDEN, message);
        };
    }

    /** 400 for what the firewall refuses before any filter or controller sees it. */
    public static RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response, HttpStatus.BAD_REQUEST, "request rejected: " + e.getMessage());
    }

    public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Json.mapper().writeValue(response.getOutputStream(), body);
    }
}
