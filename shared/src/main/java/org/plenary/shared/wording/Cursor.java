package org.plenary.shared.wording;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.shared.text.Ordinals;

/**
 * Reads an instruction whose quotations were replaced by placeholders (⟦0⟧, ⟦1⟧ …), phrase by phrase, case and
 * spacing ignored. Every method either consumes what it recognises and returns it, or leaves the position as it
 * was and returns null or false, so forms can be tried one after another.
 */
final class Cursor {

    static final char OPEN = '\u27E6';
    static final char CLOSE = '\u27E7';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\s*" + OPEN + "(\\d+)" + CLOSE);
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,4})(?![\\d.]\\d)");
    private static final Pattern ORDINAL = Pattern.compile("\\s*((?:[a-z]+[- ]){0,6}[a-z]+|\\d{1,4}(?:st|nd|rd|th))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("\\s*\\(\\s*([a-z]{1,2}|[ivxlc]{1,7})\\s*\\)");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final String shape;
    private final List<Quotes.Quoted> quotes;
    private final String lower;
    int pos;
    /** The furthest position any attempt reached, to say where an instruction stopped making sense. */
    int furthest;

    Cursor(String shape, List<Quotes.Quoted> quotes) {
        this.shape = shape;
        this.quotes = quotes;
        this.lower = shape.toLowerCase(Locale.ROOT);
    }

    /** Consumes one of the phrases (words separated by single spaces in the pattern; any spacing in the text). */
    boolean lit(String... phrases) {
        for (String phrase : phrases) {
            int at = skipSpace(pos);
            int i = 0;
            boolean ok = true;
            while (i < phrase.length()) {
                char c = phrase.charAt(i);
                if (c == ' ') {
                    int next = skipSpace(at);
                    if (next == at && at < lower.length() && Character.isLetterOrDigit(lower.charAt(at))) {
                        ok = false;
                        break;
                    }
                    at = next;
                } else if (at < lower.length() && lower.charAt(at) == c) {
                    at++;
                } else if (c == '-' && at < lower.length() && (lower.charAt(at) == '\u2010' || lower.charAt(at) == '\u2011')) {
                    at++;
                } else {
                    ok = false;
                    break;
                }
                i++;
            }
            boolean boundary = !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) || at >= lower.length()
                    || !Character.isLetterOrDigit(lower.charAt(at));
            if (ok && boundary) {
                move(at);
                return true;
            }
        }
        return false;
    }

    /** Consumes an optional phrase; always true, for readability in sequences. */
    boolean opt(String... phrases) {
        lit(phrases);
        return true;
    }

    /** The index of a quotation, or null. */
    Integer quote() {
        Matcher m = PLACEHOLDER.matcher(shape).region(pos, shape.length());
        if (m.lookingAt()) {
            move(m.end());
            return Integer.parseInt(m.group(1));
        }
        return null;
    }

    String content(int quote) {
        return quotes.get(quote).content();
    }

    Integer number() {
        Matcher m = NUMBER.matcher(shape).region(pos, shape.length());
        if (m.lookingAt()) {
            move(m.end());
            return Integer.parseInt(m.group(1));
        }
        return null;
    }

    /** An ordinal in words or figures ("fifth", "twenty-first", "one hundred and first", "5th"), or null. */
    Integer ordinal() {
        Matcher m = ORDINAL.matcher(shape).region(pos, shape.length());
        if (!m.lookingAt()) {
            return null;
        }
        // The longest run of words that reads as an ordinal: "twenty-first preambular" reads as "twenty-first".
        String words = m.group(1);
        int start = m.start(1);
        for (int end = words.length(); end > 0; end--) {
            if (end < words.length() && Character.isLetterOrDigit(words.charAt(end))) {
                continue;
            }
            int n = Ordinals.parse(words.substring(0, end));
            if (n > 0) {
                move(start + end);
                return n;
            }
        }
        return null;
    }

    /** An item label in brackets, without them: "c", "ii"; or null. */
    String label() {
        Matcher m = LABEL.matcher(lower).region(pos, lower.length());
        if (m.lookingAt()) {
            move(m.end());
            return m.group(1);
        }
        return null;
    }

    void skipToEnd() {
        move(shape.length());
    }

    /** True when only spaces and final punctuation are left. */
    boolean atEnd() {
        for (int i = pos; i < shape.length(); i++) {
            if (!Character.isWhitespace(shape.charAt(i)) && ";.,".indexOf(shape.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** What is left, with the quotations put back as they were written. */
    String rest() {
        StringBuilder out = new StringBuilder();
        Matcher m = ANY_PLACEHOLDER.matcher(shape).region(pos, shape.length());
        int at = pos;
        while (m.find()) {
            out.append(shape, at, m.start());
            Quotes.Quoted q = quotes.get(Integer.parseInt(m.group(1)));
            out.append(q.open()).append(q.content()).append(q.close());
            at = m.end();
        }
        out.append(shape, at, shape.length());
        return out.toString();
    }

    /** The single quotation that is all that is left (before final punctuation), or null. */
    Integer onlyQuote() {
        int mark = pos;
        Integer q = quote();
        if (q != null && atEnd()) {
            pos = shape.length();
            return q;
        }
        pos = mark;
        return null;
    }

    /** The shape from the current position, for messages. */
    String remaining() {
        return shape.substring(Math.min(furthest, shape.length()));
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    private void move(int to) {
        pos = to;
        furthest = Math.max(furthest, pos);
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < lower.length() && Character.isWhitespace(lower.charAt(at))) {
            at++;
        }
        return at;
    }
}
