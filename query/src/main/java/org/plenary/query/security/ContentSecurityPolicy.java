package org.plenary.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.URI;
import java.util.Locale;

/**
 * The Content-Security-Policy of every answer of the query app. The web pages (and their scripts and styles) may
 * run only this app's scripts and talk only to this app and to the command API they send changes to
 * ({@code plenary.web.command-url}). API answers that are documents (the {@code /html} export, track-changes
 * HTML) run no script at all; their one inline style sheet is what they need to print alone.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String DOCUMENTS = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private final String pages;

    ContentSecurityPolicy(String commandUrl) {
        this.pages = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + origin(commandUrl) + "; object-src 'none'; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'";
    }

    String pages() {
        return pages;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, api.matches(request) ? DOCUMENTS : pages);
        }
    }

    /** scheme://host[:port] of an http(s) URL; anything else is a configuration mistake, refused at start. */
    static String origin(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plenary.web.command-url is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalStateException("plenary.web.command-url must be an http(s) URL with a host: " + url);
        }
        return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
