package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.document.Header;

/**
 * Reads what stands above the body: header block, sponsors line or adoption block, symbol line, title and subject
 * formula. The sponsors line, the lines of the adoption block (a resolution's heading "Resolution 2532 (2020)",
 * the adoption line and its note) and the symbol line ("anchors") end the header; the subject formula starts the
 * body. When the header prints the document symbol and a resolution number stands before the title as well
 * ("A/RES/76/186" and "76/186."), the symbol is the header's and the number line belongs to the adoption block.
 */
final class FrontReader {

    static final Pattern SUBJECT = Pattern.compile("^\\**The\\s+\\S.*,\\**$");
    static final Pattern ADOPTION = Pattern.compile("^(?:(?:Resolution|Decision) adopted by|Adopted by|Adopted at) \\S.*$");
    /** A resolution's own heading above its adoption line: "Resolution 2532 (2020)", "Decision 2023/201". */
    static final Pattern HEADING = Pattern.compile(
            "^(?:Resolution|Decision)\\s+(?:[A-Z]{1,3}-)?\\d[\\w./-]*(?:\\s+\\(\\d{4}\\))?$");
    private static final Pattern ADOPTION_NOTE = Pattern.compile("^\\[.*]$");
    private static final String SYMBOL_CHARS = "[A-Za-z0-9][A-Za-z0-9.\\-()]*(?:/[A-Za-z0-9.\\-()]+)+(?: \\(\\d{4}\\))?";
    /** "76/186." alone before the title of an adopted resolution, or "76/186. Title" on one line. */
    static final Pattern SYMBOL_LINE = Pattern.compile("^(" + SYMBOL_CHARS + ")\\.(?:\\s+(\\S.*))?$");

    record Front(Header header, String kind, String symbol, List<String> sponsors, String sponsorsNote,
                 String adoption, String title, String subject, int bodyStart) {
    }

    /** A recognised line range [start, end] (indices) above the title. */
    private record Anchor(int start, int end) {
    }

    private final List<Line> lines;
    private String kind, symbol, sponsorsNote, title, subject;
    private List<String> sponsors = List.of();
    private final List<Anchor> anchors = new ArrayList<>();
    /** The lines of the adoption block in order, and where in it the symbol line stood (-1: none). */
    private final List<String> adoptionLines = new ArrayList<>();
    private int symbolLineAt = -1;

    private FrontReader(List<Line> lines) {
        this.lines = lines;
    }

    static Front read(List<Line> lines) {
        return new FrontReader(lines).read();
    }

    private Front read() {
        int firstOperative = firstMatching(BodyReader.OPERATIVE, 0, lines.size(), lines.size());
        int subjectAt = firstMatching(SUBJECT, 0, firstOperative, -1);
        int searchEnd = subjectAt >= 0 ? subjectAt : firstOperative;
        findAnchors(searchEnd);

        int headerEnd;
        int bodyStart;
        if (!anchors.isEmpty()) {
            headerEnd = anchors.get(0).start();
            checkNothingBetweenAnchors();
            bodyStart = readTitleZone(anchors.get(anchors.size() - 1).end() + 1, searchEnd, subjectAt >= 0);
        } else if (subjectAt >= 0) {
            List<int[]> blocks = blocks(0, subjectAt);
            int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && !isHeaderBlock(last)) {
                headerEnd = last[0];
                title = joinBlock(last);
            } else {
                headerEnd = subjectAt;
            }
            bodyStart = subjectAt;
        } else {
            headerEnd = leadingHeaderEnd(searchEnd);
            bodyStart = readTitleZone(headerEnd, searchEnd, false);
        }
        if (subjectAt >= 0) {
            subject = lines.get(subjectAt).content();
            bodyStart = subjectAt + 1;
        }
        HeaderLines.Result header = HeaderLines.read(lines.subList(0, headerEnd));
        if (header.symbol() != null) {
            if (symbol != null) {
                adoptionLines.add(symbolLineAt, symbol + ".");
            }
            symbol = header.symbol();
        }
        String adoption = adoptionLines.isEmpty() ? null : String.join("\n", adoptionLines);
        return new Front(header.header(), kind, symbol, sponsors, sponsorsNote, adoption, title, subject, bodyStart);
    }

    private void findAnchors(int end) {
        boolean adopted = false;
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String cleaned = SponsorsLine.unbold(line.content());
            int next = nextNonBlank(i + 1, end);
            if (kind == null && sponsors.isEmpty() && cleaned.endsWith(":") && next == i + 1
                    && SponsorsLine.isKindOnly(SponsorsLine.unbold(lines.get(next).content()))) {
                sponsorsLine(SponsorsLine.parse(cleaned + " " + SponsorsLine.unbold(lines.get(next).content())), i, next);
                i = next;
            } else if (kind == null && sponsors.isEmpty() && isSponsorsLine(line.content(), cleaned)) {
                sponsorsLine(SponsorsLine.parse(cleaned), i, i);
            } else if (!sponsors.isEmpty() && SponsorsLine.SUBSEQUENTLY_JOINED.matcher(line.content()).matches()) {
                anchors.add(new Anchor(i, i)); // who joined since the text was issued: kept by the negotiation, not the text
            } else if (!adopted && ADOPTION.matcher(line.content()).matches()) {
                adopted = true;
                adoptionLines.add(line.content());
                int last = i;
                if (next >= 0 && ADOPTION_NOTE.matcher(lines.get(next).content()).matches()) {
                    adoptionLines.add(lines.get(next).content());
                    last = next;
                }
                anchors.add(new Anchor(i, last));
                i = last;
            } else if (!adopted && adoptionLines.isEmpty() && HEADING.matcher(line.content()).matches()) {
                adoptionLines.add(line.content());
                anchors.add(new Anchor(i, i));
            } else if (symbol == null && SYMBOL_LINE.matcher(line.content()).matches()) {
                Matcher m = SYMBOL_LINE.matcher(line.content());
                m.matches();
                symbol = m.group(1);
                title = m.group(2);
                symbolLineAt = adoptionLines.size();
                anchors.add(new Anchor(i, i));
            }
        }
    }

    private static boolean isSponsorsLine(String raw, String cleaned) {
        SponsorsLine.Parsed parsed = SponsorsLine.parse(cleaned);
        // Without the document kind only a bold "A and B:" line is taken for sponsors.
        return parsed != null && (parsed.kind() != null || (raw.startsWith("**") && raw.endsWith(":**")));
    }

    private void sponsorsLine(SponsorsLine.Parsed parsed, int start, int end) {
        kind = parsed.kind();
        sponsors = parsed.sponsors();
        sponsorsNote = parsed.note();
        anchors.add(new Anchor(start, end));
    }

    private void checkNothingBetweenAnchors() {
        for (int a = 1; a < anchors.size(); a++) {
            int from = anchors.get(a - 1).end() + 1;
            int stray = nextNonBlank(from, anchors.get(a).start());
            if (stray >= 0) {
                throw new UnTextFormatException(lines.get(stray).number(), "unexpected text \""
                        + lines.get(stray).content() + "\"; expected the sponsors line, the adoption line or the "
                        + "symbol line (\"76/186.\") before the title");
            }
        }
    }

    /** Reads the title between the anchors (or header) and the subject; returns where the body starts. */
    private int readTitleZone(int from, int end, boolean subjectFollows) {
        List<int[]> blocks = blocks(from, end);
        if (blocks.isEmpty()) {
            return end;
        }
        if (title != null || startsBody(blocks.get(0))) {
            if (subjectFollows) {
                throw unexpectedBeforeSubject(blocks.get(0));
            }
            return blocks.get(0)[0];
        }
        title = joinBlock(blocks.get(0));
        if (blocks.size() > 1 && subjectFollows) {
            throw unexpectedBeforeSubject(blocks.get(1));
        }
        return blocks.get(0)[1] + 1;
    }

    private UnTextFormatException unexpectedBeforeSubject(int[] block) {
        Line line = lines.get(block[0]);
        return new UnTextFormatException(line.number(), "unexpected text \"" + line.content() + "\" after the title; "
                + "expected the subject formula (\"The General Assembly,\")");
    }

    private boolean startsBody(int[] block) {
        String c = lines.get(block[0]).content();
        return BodyReader.OPERATIVE.matcher(c).matches() || BodyReader.ITEM.matcher(c).matches()
                || BodyReader.BULLET.matcher(c).matches() || BodyReader.NOTE.matcher(c).matches()
                || BodyReader.RULE.matcher(c).matches();
    }

    /** Without anchors or subject: the header is the leading run of recognisable header lines. */
    private int leadingHeaderEnd(int end) {
        boolean afterAgendaItem = false;
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (!HeaderLines.recognised(line.content()) && !afterAgendaItem) {
                return i;
            }
            afterAgendaItem = HeaderLines.classify(line.content()) == HeaderLines.Field.AGENDA_ITEM;
        }
        return end;
    }

    private boolean isHeaderBlock(int[] block) {
        int previous = previousNonBlank(block[0] - 1);
        if (previous >= 0 && HeaderLines.classify(lines.get(previous).content()) == HeaderLines.Field.AGENDA_ITEM) {
            return true;
        }
        // A body's name can be a title too ("Security Council reform"): only lines of a stronger form make the
        // block before the subject a header block.
        for (int i = block[0]; i <= block[1]; i++) {
            String content = lines.get(i).content();
            if (!HeaderLines.recognised(content) || HeaderLines.classify(content) == HeaderLines.Field.BODY) {
                return false;
            }
        }
        return true;
    }

    private String joinBlock(int[] block) {
        StringBuilder text = new StringBuilder();
        for (int i = block[0]; i <= block[1]; i++) {
            text.append(text.length() == 0 ? "" : " ").append(SponsorsLine.unbold(lines.get(i).content()));
        }
        return text.toString();
    }

    /** Runs of non-blank lines in [from, end) as {first, last} index pairs. */
    private List<int[]> blocks(int from, int end) {
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        for (int i = from; i < end; i++) {
            if (lines.get(i).blank()) {
                if (start >= 0) {
                    blocks.add(new int[] {start, i - 1});
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            blocks.add(new int[] {start, end - 1});
        }
        return blocks;
    }

    private int firstMatching(Pattern pattern, int from, int end, int none) {
        for (int i = from; i < end; i++) {
            if (pattern.matcher(lines.get(i).content()).matches()) {
                return i;
            }
        }
        return none;
    }

    private int nextNonBlank(int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    private int previousNonBlank(int from) {
        for (int i = from; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }
}
