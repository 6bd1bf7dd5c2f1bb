package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sponsors line: "A, B and C: revised draft resolution", "A, B, C: draft resolution",
 * "X* (on behalf of the Group of African States): draft resolution", in bold or not; or the kind alone when it
 * names who submits it ("Draft resolution submitted by the Chair").
 */
final class SponsorsLine {

    static final Pattern KIND = Pattern.compile("(?i)(?:revised\\s+)?draft\\s+(?:resolution|decision)");
    private static final Pattern WITH_KIND = Pattern.compile("^(?:(.*?)\\s*:\\s*)?(" + KIND.pattern() + ")$");
    private static final Pattern NOTE = Pattern.compile("^(.*?)\\s*(\\*?)\\s*\\(([^()]*)\\)\\s*\\*?$");
    /** "Draft resolution submitted by the Vice-Chair of the Committee, …": the kind names its author itself. */
    private static final Pattern SUBMITTED_BY = Pattern.compile("^(?:Revised )?[Dd]raft (?:resolution|decision) "
            + "submitted by \\S.*$");

    /**
     * Member State names that themselves contain " and "; they must not be split. Other names are split at
     * the last " and " of the list.
     */
    private static final List<String> NAMES_WITH_AND = List.of("Antigua and Barbuda", "Bosnia and Herzegovina",
            "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe",
            "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
            "Turks and Caicos Islands", "Wallis and Futuna");

    record Parsed(List<String> sponsors, String note, String kind) {
    }

    private SponsorsLine() {
    }

    /** Removes bold or italic markers around a line or a part of it. */
    static String unbold(String s) {
        String t = s.strip();
        if (t.startsWith("**")) {
            t = t.substring(2);
        }
        if (t.endsWith("**")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.strip();
    }

    static boolean isKindOnly(String cleaned) {
        return KIND.matcher(cleaned).matches();
    }

    /** Parses the text of the sponsors line with bold markers removed, or returns null if it is none. */
    static Parsed parse(String cleaned) {
        Matcher m = WITH_KIND.matcher(cleaned);
        if (m.matches()) {
            return names(m.group(1), m.group(2));
        }
        if (SUBMITTED_BY.matcher(cleaned).matches()) {
            return new Parsed(List.of(), null, cleaned);
        }
        if (cleaned.endsWith(":") && cleaned.length() > 1) {
            return names(cleaned.substring(0, cleaned.length() - 1), null);
        }
        return null;
    }

    private static Parsed names(String list, String kind) {
        if (list == null || list.isBlank()) {
            return new Parsed(List.of(), null, kind);
        }
        String note = null;
        Matcher n = NOTE.matcher(list.strip());
        // The last parenthesis is a note, not part of a name like "Iran (Islamic Republic of)", when it is
        // called by an asterisk or says on whose behalf the sponsor speaks.
        if (n.matches() && (!n.group(2).isEmpty() || n.group(3).strip().toLowerCase().startsWith("on behalf"))) {
            list = n.group(1);
            note = n.group(3).strip();
        }
        List<String> names = new ArrayList<>();
        List<String> segments = splitOutsideParentheses(list.replace("*", ""));
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i).strip();
            if (i == segments.size() - 1) {
                int and = lastSplittingAnd(segment);
                if (and >= 0) {
                    names.add(segment.substring(0, and).strip());
                    segment = segment.substring(and + 5).strip();
                }
            }
            if (!segment.isEmpty()) {
                names.add(segment);
            }
        }
        return new Parsed(List.copyOf(names), note, kind);
    }

    private static List<String> splitOutsideParentheses(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static int lastSplittingAnd(String segment) {
        int found = -1;
        for (int at = segment.indexOf(" and "); at >= 0; at = segment.indexOf(" and ", at + 1)) {
            if (!insideCompoundName(segment, at) && !insideParentheses(segment, at)) {
                found = at;
            }
        }
        return found;
    }

    private static boolean insideCompoundName(String segment, int at) {
        for (String name : NAMES_WITH_AND) {
            for (int p = segment.indexOf(name); p >= 0; p = segment.indexOf(name, p + 1)) {
                if (at > p && at < p + name.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideParentheses(String segment, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += segment.charAt(i) == '(' ? 1 : segment.charAt(i) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** "A", "A and B", "A, B and C": the list as the UN prints it. */
    /** The line below the sponsors line naming the co-sponsors who joined after the text was issued. */
    static final java.util.regex.Pattern SUBSEQUENTLY_JOINED =
            java.util.regex.Pattern.compile("^Subsequently joined by:\\s+\\S.*$");

    /** "Subsequently joined by: France, Germany and Italy" (names as printed), or null when there are none. */
    static String subsequentlyJoined(List<String> names) {
        return names.isEmpty() ? null : "Subsequently joined by: " + join(names);
    }

    static String join(List<String> sponsors) {
        if (sponsors.size() <= 1) {
            return sponsors.isEmpty() ? "" : sponsors.get(0);
        }
        return String.join(", ", sponsors.subList(0, sponsors.size() - 1)) + " and " + sponsors.get(sponsors.size() - 1);
    }
}
