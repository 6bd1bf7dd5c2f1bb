package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.shared.delegation.DelegationRegistry;

/**
 * Reads an amendment document, or just its instructions, in the UN wording. The document's lines above the title
 * line ("China: amendment to draft resolution A/HRC/19/L.11", or "Amendments to draft resolution …") are its
 * header: the first line there that is a document symbol is the document's own symbol. Below it, instructions are
 * numbered "1.", "2." …; a line that continues an instruction (no number, or a number inside a quotation or
 * after a colon that announces a text) belongs to it. Without numbers, each block of lines is one instruction.
 *
 * <p>Pure and quick: one pass over the lines, then one pass over each instruction.
 */
public final class AmendmentParser {

    private static final Pattern TITLE = Pattern.compile("(?i)^\\**\\s*(?:(.*?)\\s*:\\s*)?(?:draft\\s+|oral\\s+)?"
            + "amendments?\\s+(?:\\w+\\s+)?to\\s+(?:the\\s+)?(?:revised\\s+)?draft\\s+(?:resolution|decision)\\s+"
            + "([A-Z][A-Za-z0-9./()\\-]*[A-Za-z0-9)])\\.?\\s*\\**\\s*$");
    private static final Pattern SYMBOL = Pattern.compile("^\\**\\s*([A-Z]{1,6}(?:/[A-Za-z0-9.()\\-]+)+)\\s*\\**$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern INTRODUCTION = Pattern.compile("(?i).*\\bas follows\\s*:?\\s*$");

    private AmendmentParser() {
    }

    public static ParsedAmendment parse(String text) {
        List<String> lines = text == null ? List.of() : List.of(text.replace("\r\n", "\n").replace('\r', '\n')
                .split("\n", -1));
        int title = -1;
        Matcher titleMatch = null;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            String line = lines.get(i).strip();
            Matcher m = TITLE.matcher(line);
            if (m.matches()) {
                title = i;
                titleMatch = m;
            } else if (line.endsWith(":") && i + 1 < lines.size()) {
                Matcher joined = TITLE.matcher(line + " " + lines.get(i + 1).strip());
                if (joined.matches()) {
                    title = i + 1;
                    titleMatch = joined;
                }
            }
        }
        String symbol = null;
        List<String> sponsors = List.of();
        String target = null;
        if (titleMatch != null) {
            for (int i = 0; i < title && symbol == null; i++) {
                Matcher m = SYMBOL.matcher(lines.get(i).strip());
                if (m.matches()) {
                    symbol = m.group(1);
                }
            }
            sponsors = sponsors(titleMatch.group(1));
            target = titleMatch.group(2);
        }
        List<ParsedAmendment.Instruction> instructions = new ArrayList<>();
        List<ParsedAmendment.Unresolved> unresolved = new ArrayList<>();
        for (Block block : blocks(lines, title + 1, unresolved)) {
            try {
                instructions.add(new ParsedAmendment.Instruction(block.number, block.line, block.text,
                        InstructionParser.parse(block.text)));
            } catch (Unresolvable e) {
                unresolved.add(new ParsedAmendment.Unresolved(block.line, block.text, e.getMessage()));
            }
        }
        if (instructions.isEmpty() && unresolved.isEmpty()) {
            unresolved.add(new ParsedAmendment.Unresolved(1, text == null ? "" : text.strip(),
                    "no amendment instruction found"));
        }
        return new ParsedAmendment(symbol, sponsors, target, instructions, unresolved);
    }

    private record Block(int number, int line, String text) {
    }

    private static List<Block> blocks(List<String> lines, int from, List<ParsedAmendment.Unresolved> unresolved) {
        boolean numbered = false;
        for (int i = from; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals("1")) {
                numbered = true;
                break;
            }
        }
        List<Block> out = new ArrayList<>();
        StringBuilder current = null;
        int number = 0;
        int line = 0;
        for (int i = from; i < lines.size(); i++) {
            String raw = lines.get(i).stripTrailing();
            Matcher m = NUMBERED.matcher(raw);
            boolean next = numbered ? m.matches() && Integer.parseInt(m.group(1)) == number + 1
                    && (current == null || !awaitsText(current.toString()))
                    : !raw.isBlank() && (current == null || lines.get(i - 1).isBlank());
            if (next) {
                add(out, number, line, current);
                number++;
                line = i + 1;
                current = new StringBuilder(numbered ? m.group(2) : raw.strip());
            } else if (current != null) {
                if (!raw.isBlank()) {
                    current.append('\n').append(raw);
                }
            } else if (!raw.isBlank() && !INTRODUCTION.matcher(raw).matches()) {
                unresolved.add(new ParsedAmendment.Unresolved(i + 1, raw.strip(),
                        "not an instruction: instructions are numbered 1., 2., …"));
            }
        }
        add(out, number, line, current);
        return out;
    }

    private static void add(List<Block> out, int number, int line, StringBuilder text) {
        if (text != null) {
            out.add(new Block(number, line, text.toString().strip()));
        }
    }

    /** True inside an open quotation or right after a colon that announces a text. */
    private static boolean awaitsText(String text) {
        try {
            Quotes.find(text);
        } catch (Unresolvable open) {
            return true;
        }
        return text.stripTrailing().endsWith(":");
    }

    /** "Belarus, China and Trinidad and Tobago" as names; a name that itself holds "and" is kept whole. */
    static List<String> sponsors(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        String names = list.replaceAll("\\*+", "").replaceAll("\\s*\\((?i:on behalf of)[^)]*\\)\\s*$", "").strip();
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < names.length(); i++) {
            char ch = names.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                parts.add(names.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = names.substring(start).strip();
        parts.addAll(splitAnd(last));
        parts.removeIf(String::isEmpty);
        return List.copyOf(parts);
    }

    private static List<String> splitAnd(String segment) {
        DelegationRegistry registry = DelegationRegistry.standard();
        if (registry.byName(segment).isPresent()) {
            return List.of(segment);
        }
        int best = -1;
        for (int at = segment.indexOf(" and "); at >= 0; at = segment.indexOf(" and ", at + 1)) {
            String left = segment.substring(0, at).strip();
            String right = segment.substring(at + 5).strip();
            if (registry.byName(right).isPresent() && (registry.byName(left).isPresent() || best < 0)) {
                best = at;
            }
        }
        if (best < 0) {
            best = segment.lastIndexOf(" and ");
        }
        if (best < 0) {
            return List.of(segment);
        }
        return List.of(segment.substring(0, best).strip(), segment.substring(best + 5).strip());
    }
}
