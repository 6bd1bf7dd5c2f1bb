package org.plenary.shared.document;

/**
 * The header block of a UN document. Every field is optional (null when absent).
 *
 * @param organ            e.g. "Economic and Social Council"
 * @param distribution     e.g. "Distr.: Limited"
 * @param date             e.g. "23 May 2017"
 * @param originalLanguage e.g. "English" (printed as "Original: English")
 * @param body             e.g. "Commission on Crime Prevention and Criminal Justice"
 * @param session          e.g. "Twenty-sixth session"
 * @param placeAndDates    e.g. "Vienna, 22-26 May 2017"
 * @param agendaItem       e.g. "Agenda item 7"
 * @param agendaTitle      the title of the agenda item
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
        String agendaTitle) {

    public static final Header EMPTY = new Header(null, null, null, null, null, null, null, null, null);
}
