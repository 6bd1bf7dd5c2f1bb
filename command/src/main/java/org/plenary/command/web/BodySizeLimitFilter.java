package org.plenary.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Refuses declared bodies above the limit with 413 before they are read. */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    public BodySizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"request body is larger than "
                    + limit + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
