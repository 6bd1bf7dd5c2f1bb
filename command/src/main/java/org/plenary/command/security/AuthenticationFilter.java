package org.plenary.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.auth.TokenAuthenticator;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Every /api request must carry {@code Authorization: Bearer <token>}; the token decides the caller.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    private final TokenAuthenticator authenticator;

    public AuthenticationFilter(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<String> actor = authenticator.authenticateHeader(header);
        if (actor.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json");
            String message = header == null ? "missing Authorization: Bearer <token> header" : "unknown or invalid token";
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + message + "\"}");
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, new Caller(actor.get()));
        chain.doFilter(request, response);
    }
}
