package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.document.Header;

/**
 * Recognises the lines of the header block by their form, in any order: the organ, the body (a Main Committee,
 * a commission, a council, a board, a conference, …), "Distr.: …", the date, "Original: …", the session, place
 * and dates, "Agenda item …" and the document symbol. The agenda title has no form of its own: it is the line
 * after the agenda item. Lines printed side by side in print and extracted as one ("United Nations
 * A/C.3/77/L.5", "General Assembly Distr.: Limited") are read as their parts. A line of no known form is kept as
 * an unrecognised line, and so is a second line of a field that has one already.
 */
final class HeaderLines {

    enum Field { ORGAN, BODY, DISTRIBUTION, DATE, ORIGINAL, SESSION, PLACE_AND_DATES, AGENDA_ITEM, SYMBOL, BANNER }

    /** The principal organs; every other body of the UN system is recognised by {@link #BODY}. */
    static final Set<String> ORGANS = Set.of("General Assembly", "Security Council", "Economic and Social Council",
            "Trusteeship Council", "International Court of Justice", "Secretariat");
    /** The emblem's caption at the top of every UN document: layout, not a field. */
    static final String BANNER = "United Nations";

    static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final Pattern DATE = Pattern.compile("^\\d{1,2} " + MONTH + " \\d{4}$");
    private static final Pattern DISTRIBUTION = Pattern.compile("^Distr\\.:?\\s+\\S.*$");
    static final Pattern ORIGINAL = Pattern.compile("^Original:\\s*(\\S.*)$");
    /** "Twenty-sixth session", "76th session", "2024 session", "Resumed fifty-third session, Part II". */
    private static final Pattern SESSION = Pattern.compile("^(?=.{1,100}$)[^.;:]*\\bsession\\b[^.;:]*$",
            Pattern.CASE_INSENSITIVE);
    /** "Vienna, 22-26 May 2017", "28 February–1 April 2022", "5-9 June 2023, New York". */
    private static final Pattern PLACE_AND_DATES = Pattern.compile("^.{0,80}\\b" + MONTH
            + "\\b.{0,20}\\d{4}(?:,\\s*[A-Z][\\p{L} .'’-]{1,40})?$");
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "^(?:(?:Provisional )?agenda items? \\S.*|Items? \\d.*of the (?:provisional |annotated )?agenda.*)$",
            Pattern.CASE_INSENSITIVE);
    /** A document symbol as printed: "E/CN.15/2017/L.4/Rev.1", "S/RES/2532 (2020)", "A/C.3/77/L.5*". */
    static final String SYMBOL_FORM = "[A-Z][A-Za-z0-9.\\-]*(?:/[A-Za-z0-9.\\-()]+)+(?: \\(\\d{4}\\))?";
    static final Pattern SYMBOL = Pattern.compile("^" + SYMBOL_FORM + "\\*?$");
    /**
     * A body of the UN system by its name: a few capitalised words ending in what the body is ("Third Committee",
     * "Commission on Narcotic Drugs", "Executive Board of …", "Conference of the Parties to …", "Human Rights
     * Council", "United Nations Forum on Forests"). Titles rarely start so ("Strengthening the Commission …").
     */
    private static final Pattern BODY = Pattern.compile("^(?=.{1,250}$)(?:[A-Z][\\p{L}'’-]*(?: and)?\\s+){0,6}"
            + "(?:Commission|Council|Committee|Board|Conference|Assembly|Forum|Working Group|Group of (?:Governmental )?"
            + "Experts|Meeting|Congress|Tribunal|Court|Platform|Mechanism|Fund|Programme)\\b[^.;:]*$");
    /** "General Assembly Distr.: Limited": organ and distribution on one extracted line. */
    private static final Pattern WITH_DISTRIBUTION = Pattern.compile("^(.+?)\\s+(Distr\\.:?\\s+\\S.*)$");
    /** "United Nations A/C.3/77/L.5", "General Assembly A/C.3/77/L.5": a symbol printed top right. */
    private static final Pattern WITH_SYMBOL = Pattern.compile("^(.+?)\\s+(" + SYMBOL_FORM + "\\*?)$");

    private HeaderLines() {
    }

    /** The field a line's form shows, or null for a line of no known form (agenda title or unrecognised). */
    static Field classify(String content) {
        if (ORGANS.contains(content)) {
            return Field.ORGAN;
        }
        if (BANNER.equals(content)) {
            return Field.BANNER;
        }
        if (DISTRIBUTION.matcher(content).matches()) {
            return Field.DISTRIBUTION;
        }
        if (DATE.matcher(content).matches()) {
            return Field.DATE;
        }
        if (ORIGINAL.matcher(content).matches()) {
            return Field.ORIGINAL;
        }
        if (AGENDA_ITEM.matcher(content).matches()) {
            return Field.AGENDA_ITEM;
        }
        if (SYMBOL.matcher(content).matches()) {
            return Field.SYMBOL;
        }
        if (SESSION.matcher(content).matches()) {
            return Field.SESSION;
        }
        if (PLACE_AND_DATES.matcher(content).matches()) {
            return Field.PLACE_AND_DATES;
        }
        if (BODY.matcher(content).matches()) {
            return Field.BODY;
        }
        return null;
    }

    /** Whether the line is a header line of a known form, alone or as parts printed side by side. */
    static boolean recognised(String content) {
        return parts(content).stream().allMatch(part -> classify(part) != null);
    }

    /** The parts of a line that print puts side by side; the line itself when it is one field. */
    static List<String> parts(String content) {
        Matcher m = WITH_SYMBOL.matcher(content);
        if (m.matches() && !SYMBOL.matcher(content).matches()) {
            List<String> head = parts(m.group(1));
            if (head.stream().allMatch(part -> classify(part) != null)) {
                List<String> all = new ArrayList<>(head);
                all.add(m.group(2));
                return all;
            }
        }
        if (classify(content) != null) {
            return List.of(content);
        }
        m = WITH_DISTRIBUTION.matcher(content);
        if (m.matches() && classify(m.group(1)) != null) {
            return List.of(m.group(1), m.group(2));
        }
        return List.of(content);
    }

    /** The header and the symbol (if printed in the header) read from the header lines. */
    record Result(Header header, String symbol) {
    }

    static Result read(List<Line> lines) {
        return new Reading().read(lines);
    }

    /** The state of one reading: the fields found so far. */
    private static final class Reading {
        private String organ, distribution, date, original, body, session, place, agendaItem, agendaTitle, symbol;
        private final List<String> unrecognised = new ArrayList<>();
        private boolean afterAgendaItem;

        Result read(List<Line> lines) {
            for (Line line : lines) {
                if (!line.blank()) {
                    for (String part : parts(line.content())) {
                        accept(part);
                    }
                }
            }
            // A body with limited membership printed without a principal organ is the organ itself.
            if (organ == null && body != null) {
                organ = body;
                body = null;
            }
            return new Result(new Header(organ, distribution, date, original, body, session, place, agendaItem,
                    agendaTitle, unrecognised), symbol);
        }

        private void accept(String c) {
            Field field = classify(c);
            // A second date line is the meeting dates when the place is not printed with them.
            if (field == Field.DATE && date != null) {
                field = Field.PLACE_AND_DATES;
            }
            // A second principal organ ("General Assembly" and "Security Council" on a joint document) is read
            // like the body.
            if (field == Field.ORGAN && organ != null) {
                field = Field.BODY;
            }
            boolean agendaTitleSlot = afterAgendaItem && agendaTitle == null;
            afterAgendaItem = field == Field.AGENDA_ITEM;
            // Agenda titles often mention a session or a body ("… of its twenty-sixth session", "Report of the
            // Human Rights Council"): the line after the agenda item is its title unless it has a field of its own.
            if (agendaTitleSlot && (field == null || (field == Field.SESSION && session != null)
                    || (field == Field.PLACE_AND_DATES && place != null) || (field == Field.BODY && body != null))) {
                agendaTitle = c;
                return;
            }
            if (field == null) {
                unrecognised.add(c);
                return;
            }
            // Two bodies without a principal organ ("United Nations Children's Fund", "Executive Board"): the first
            // is the organ.
            if (field == Field.BODY && organ == null && body != null) {
                organ = body;
                body = null;
            }
            switch (field) {
                case BANNER -> { }
                case ORGAN -> organ = c;
                case BODY -> body = set(body, c);
                case DISTRIBUTION -> distribution = set(distribution, c);
                case DATE -> date = set(date, c);
                case ORIGINAL -> {
                    Matcher m = ORIGINAL.matcher(c);
                    m.matches();
                    original = original == null ? m.group(1) : set(original, c);
                }
                case SESSION -> session = set(session, c);
                case PLACE_AND_DATES -> place = set(place, c);
                case AGENDA_ITEM -> agendaItem = set(agendaItem, c);
                case SYMBOL -> symbol = set(symbol, c);
            }
        }

        /** The value of a field seen for the first time; a second line of it is kept as unrecognised. */
        private String set(String current, String line) {
            if (current != null) {
                unrecognised.add(line);
                return current;
            }
            return line;
        }
    }
}
