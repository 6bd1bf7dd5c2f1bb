package org.plenary.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Refuses (415) a request whose Content-Type names a charset this JVM does not know, before anything decodes
 * the request with it: Spring decodes even the path with the request's charset, and an unknown one was a 500.
 */
public class RequestCharsetFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String charset = request.getCharacterEncoding();
        if (charset != null && !supported(charset)) {
            SecurityErrors.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unknown charset in Content-Type; send UTF-8");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
