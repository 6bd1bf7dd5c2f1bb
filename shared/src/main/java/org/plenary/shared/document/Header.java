package org.plenary.shared.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * The header block of a UN document. Every field is optional (null when absent).
 *
 * @param organ            e.g. "Economic and Social Council"; a body with limited membership printed alone
 *                         ("Human Rights Council") is the organ
 * @param distribution     e.g. "Distr.: Limited"
 * @param date             e.g. "23 May 2017"
 * @param originalLanguage e.g. "English" (printed as "Original: English")
 * @param body             e.g. "Commission on Crime Prevention and Criminal Justice", "Third Committee"
 * @param session          e.g. "Twenty-sixth session"
 * @param placeAndDates    e.g. "Vienna, 22-26 May 2017"
 * @param agendaItem       e.g. "Agenda item 7"
 * @param agendaTitle      the title of the agenda item
 * @param unrecognised     header lines the reader kept without knowing what they are ("Advance unedited
 *                         version"), in order; never null, empty for most documents and then left out of JSON, so
 *                         documents stored before the field existed read as they did
 */
public record Header(
        String organ,
        String distribution,
        String date,
        String originalLanguage,
        String body,
        String session,
        String placeAndDates,
        String agendaItem,
        String agendaTitle,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unrecognised) {

    public static final Header EMPTY = new Header(null, null, null, null, null, null, null, null, null);

    public Header {
        unrecognised = List.copyOf(Objects.requireNonNullElse(unrecognised, List.of()));
    }

    /** A header in which every line is recognised. */
    public Header(String organ, String distribution, String date, String originalLanguage, String body,
                  String session, String placeAndDates, String agendaItem, String agendaTitle) {
        this(organ, distribution, date, originalLanguage, body, session, placeAndDates, agendaItem, agendaTitle,
                List.of());
    }
}
