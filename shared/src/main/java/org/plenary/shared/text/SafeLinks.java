package org.plenary.shared.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets a page written by Plenary may carry: http and https URLs and relative references, never a
 * URL a browser would run or render as a document ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:} ...). Schemes are read as a browser reads them: in any case, and after dropping the tabs, line
 * breaks and leading spaces or control characters a browser ignores.
 */
public final class SafeLinks {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private SafeLinks() {
    }

    /** Whether {@code href} is an http(s) URL or a relative reference (including {@code #fragment} and {@code //host}). */
    public static boolean isSafe(String href) {
        if (href == null) {
            return false;
        }
        StringBuilder seen = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c <= ' ' && seen.isEmpty()) {
                continue;
            }
            seen.append(c);
        }
        Matcher scheme = SCHEME.matcher(seen);
        if (!scheme.find()) {
            return true;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return name.equals("http") || name.equals("https");
    }
}
