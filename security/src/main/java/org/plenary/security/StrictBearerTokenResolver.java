package org.plenary.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the token from the one {@code Authorization: Bearer <token>} header (RFC 6750; the scheme in any case,
 * one space, then visible ASCII without spaces). Tokens in query parameters or bodies are never read. A header
 * of another shape is refused rather than ignored, so a caller never acts anonymously by mistake.
 * Unlike Spring's default resolver it accepts the colon of the development tokens ({@code dev:BRA}).
 */
public final class StrictBearerTokenResolver implements BearerTokenResolver {

    private static final Pattern BEARER = Pattern.compile("(?i:bearer) ([\\x21-\\x7E]+)");

    @Override
    public String resolve(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Authorization");
        if (headers == null || !headers.hasMoreElements()) {
            return null;
        }
        String header = headers.nextElement();
        if (headers.hasMoreElements()) {
            throw new InvalidBearerTokenException("more than one Authorization header");
        }
        Matcher matcher = BEARER.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidBearerTokenException("malformed Authorization header: expected \"Bearer <token>\"");
        }
        return matcher.group(1);
    }
}
