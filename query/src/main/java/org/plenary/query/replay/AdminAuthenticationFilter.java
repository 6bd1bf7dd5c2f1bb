package org.plenary.query.replay;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.auth.TokenAuthenticator;
import org.plenary.shared.draft.Actors;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** Admin endpoints of the query app ({@code /api/admin/**}) answer the secretariat only. */
public class AdminAuthenticationFilter extends OncePerRequestFilter {

    private final TokenAuthenticator authenticator;

    public AdminAuthenticationFilter(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<String> actor = authenticator.authenticateHeader(header);
        if (actor.isEmpty()) {
            reject(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    header == null ? "missing Authorization: Bearer <token> header" : "unknown or invalid token");
            return;
        }
        if (!Actors.SECRETARIAT.equals(actor.get())) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "only the secretariat may do this");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
