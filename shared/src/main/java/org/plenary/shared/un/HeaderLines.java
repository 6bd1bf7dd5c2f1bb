package org.plenary.shared.un;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.plenary.shared.document.Header;

/**
 * Recognises the lines of the header block. Most fields have a recognisable form ("Distr.: Limited",
 * "Original: English", "Agenda item 7"); the body ("Commission on …") and the agenda title do not, so they are
 * "weak" lines placed by position.
 */
final class HeaderLines {

    enum Field { ORGAN, DISTRIBUTION, DATE, ORIGINAL, SESSION, PLACE_AND_DATES, AGENDA_ITEM, SYMBOL }

    static final Set<String> ORGANS = Set.of("General Assembly", "Security Council", "Economic and Social Council",
            "Trusteeship Council", "International Court of Justice", "Secretariat");

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final Pattern DATE = Pattern.compile("^\\d{1,2} " + MONTH + " \\d{4}$");
    private static final Pattern DISTRIBUTION = Pattern.compile("^Distr\\.:?\\s+\\S.*$");
    static final Pattern ORIGINAL = Pattern.compile("^Original:\\s*(\\S.*)$");
    private static final Pattern SESSION = Pattern.compile("^[^,]{0,60}\\bsession\\b[^,]{0,30}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_AND_DATES = Pattern.compile("^.{0,80}\\b" + MONTH + "\\b.{0,20}\\d{4}$");
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "^(?:(?:Provisional )?agenda items? \\S.*|Items? \\d.*of the (?:provisional )?agenda.*)$",
            Pattern.CASE_INSENSITIVE);
    /** A document symbol alone on a line, as printed at the top of a draft: "E/CN.15/2017/L.4/Rev.1". */
    static final Pattern SYMBOL = Pattern.compile("^[A-Z][A-Za-z0-9.\\-]*(?:/[A-Za-z0-9.\\-()]+)+$");

    private HeaderLines() {
    }

    /** The field a line's form shows, or null for a weak line (body or agenda title). */
    static Field classify(String content) {
        if (ORGANS.contains(content)) {
            return Field.ORGAN;
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
        return null;
    }

    /** The header and the symbol (if printed at the top) read from the header lines. */
    record Result(Header header, String symbol) {
    }

    static Result read(List<Line> lines) {
        String organ = null, distribution = null, date = null, original = null, body = null, session = null;
        String place = null, agendaItem = null, agendaTitle = null, symbol = null;
        boolean afterAgendaItem = false;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            String c = line.content();
            Field field = classify(c);
            // A second date line is the meeting dates when the place is not printed with them.
            if (field == Field.DATE && date != null) {
                field = Field.PLACE_AND_DATES;
            }
            if (field == Field.ORGAN && organ != null) {
                field = null;
            }
            boolean agendaTitleSlot = afterAgendaItem && agendaTitle == null;
            afterAgendaItem = false;
            // Agenda titles often mention a session ("… of its twenty-sixth session"): read one as the title.
            if (agendaTitleSlot && ((field == Field.SESSION && session != null)
                    || (field == Field.PLACE_AND_DATES && place != null))) {
                field = null;
            }
            if (field == null) {
                if (agendaTitleSlot) {
                    agendaTitle = c;
                } else if (body == null) {
                    body = c;
                } else {
                    throw new UnTextFormatException(line.number(), "unrecognised header line \"" + c
                            + "\"; expected the organ, \"Distr.: …\", a date, \"Original: …\", the body, the session, "
                            + "place and dates, \"Agenda item …\" and its title, or the sponsors line \"A, B and C: "
                            + "draft resolution\"");
                }
                continue;
            }
            String already = switch (field) {
                case ORGAN -> organ;
                case DISTRIBUTION -> distribution;
                case DATE -> date;
                case ORIGINAL -> original;
                case SESSION -> session;
                case PLACE_AND_DATES -> place;
                case AGENDA_ITEM -> agendaItem;
                case SYMBOL -> symbol;
            };
            if (already != null) {
                throw new UnTextFormatException(line.number(), "a second " + describe(field) + " line \"" + c
                        + "\" in the header; expected each header field once");
            }
            switch (field) {
                case ORGAN -> organ = c;
                case DISTRIBUTION -> distribution = c;
                case DATE -> date = c;
                case ORIGINAL -> {
                    var m = ORIGINAL.matcher(c);
                    m.matches();
                    original = m.group(1);
                }
                case SESSION -> session = c;
                case PLACE_AND_DATES -> place = c;
                case AGENDA_ITEM -> {
                    agendaItem = c;
                    afterAgendaItem = true;
                }
                case SYMBOL -> symbol = c;
            }
        }
        return new Result(new Header(organ, distribution, date, original, body, session, place, agendaItem,
                agendaTitle), symbol);
    }

    private static String describe(Field field) {
        return field.name().toLowerCase().replace('_', ' ');
    }
}
