package org.plenary.shared.un;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

/**
 * Writes a {@link DraftDocument} as Akoma Ntoso 3.0 XML following the UN's AKN4UN profile: a
 * {@code <doc name="resolution">} with FRBR identification and references in {@code <meta>}, a preface with
 * the header lines, docNumber, one docProponent per sponsor and docTitle, a preamble with the subject formula
 * and preambular paragraphs, a mainBody of numbered {@code <paragraph eId="para_n">} elements whose sub-items
 * are nested {@code <blockList>}s, and footnotes as {@code <authorialNote>} at their calls. The output is valid
 * against the official schema.
 */
public final class AknWriter {

    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private AknWriter() {
    }

    /**
     * @param draftId the tracker's id of the draft, used as the document number when it has no symbol
     * @param date    the date of this version (FRBR work and expression date)
     */
    public static String write(DraftDocument doc, String draftId, LocalDate date) {
        return write(doc, draftId, date, List.of());
    }

    /**
     * The same with the document's lifecycle in {@code <meta><lifecycle>}: an {@code <eventRef>} per event (its
     * submission, revisions, oral revisions, adoption), each referring to a {@code <TLCEvent>} in the references.
     */
    public static String write(DraftDocument doc, String draftId, LocalDate date, List<AknEvent> lifecycle) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(date, "date");
        if (draftId == null || draftId.isBlank()) {
            throw new IllegalArgumentException("draftId must not be blank");
        }
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        doc.footnotes().forEach(f -> footnotes.put(f.marker(), f));
        AknInline inline = new AknInline(footnotes);
        Map<String, String> sponsorIds = AknMeta.sponsorIds(doc);

        // The body is rendered first so that footnotes without a call are known for <meta><notes>.
        String preface = preface(doc, draftId, sponsorIds, inline);
        String preamble = preamble(doc, inline);
        String mainBody = mainBody(doc, inline);
        String conclusions = conclusions(doc, inline);

        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<akomaNtoso xmlns=\"").append(NAMESPACE).append("\">\n<doc name=\"resolution\">\n")
                .append(AknMeta.write(doc, draftId, date, sponsorIds, lifecycle));
        uncalledNotes(doc, inline, out);
        return out.append("</meta>\n").append(preface).append(preamble).append(mainBody).append(conclusions)
                .append("</doc>\n</akomaNtoso>\n").toString();
    }

    private static String preface(DraftDocument doc, String draftId, Map<String, String> sponsorIds, AknInline inline) {
        Header h = doc.header();
        StringBuilder out = new StringBuilder("<preface>\n");
        out.append(line("symbol", "<docNumber>" + AknInline.escape(doc.symbol() != null ? doc.symbol() : draftId)
                + "</docNumber>"));
        tagged(out, "organ", "docAuthority", h.organ());
        tagged(out, "distribution", "docStatus", h.distribution());
        if (h.date() != null) {
            out.append(line("date", docDate(h.date())));
        }
        if (h.originalLanguage() != null) {
            out.append(line("original", "Original: " + AknInline.escape(h.originalLanguage())));
        }
        tagged(out, "body", "docCommittee", h.body());
        tagged(out, "session", "session", h.session());
        tagged(out, "place", null, h.placeAndDates());
        tagged(out, "agendaItem", null, h.agendaItem());
        tagged(out, "agendaTitle", null, h.agendaTitle());
        h.unrecognised().forEach(line -> tagged(out, "unrecognised", null, line));
        if (!doc.sponsors().isEmpty() || doc.kind() != null) {
            out.append(line("sponsors", sponsors(doc, sponsorIds)));
        }
        if (doc.adoption() != null) {
            doc.adoption().lines().forEach(l -> out.append(line("adoption", AknInline.escape(l))));
        }
        if (doc.title() != null) {
            out.append(line("title", "<docTitle>" + inline.render(doc.title()) + "</docTitle>"));
        }
        return out.append("</preface>\n").toString();
    }

    private static String sponsors(DraftDocument doc, Map<String, String> sponsorIds) {
        StringBuilder out = new StringBuilder();
        List<String> names = doc.sponsors();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(i == names.size() - 1 ? " and " : ", ");
            }
            out.append("<docProponent refersTo=\"#").append(sponsorIds.get(names.get(i))).append("\" as=\"#sponsor\">")
                    .append(AknInline.escape(names.get(i))).append("</docProponent>");
        }
        if (doc.sponsorsNote() != null) {
            out.append(" (").append(AknInline.escape(doc.sponsorsNote())).append(")");
        }
        if (doc.kind() != null) {
            out.append(names.isEmpty() ? "" : ": ").append("<docType>").append(AknInline.escape(doc.kind()))
                    .append("</docType>");
        }
        return out.toString();
    }

    private static String preamble(DraftDocument doc, AknInline inline) {
        if (doc.subject() == null && doc.preamble().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<preamble>\n");
        if (doc.subject() != null) {
            out.append("<formula name=\"enactingFormula\"><p>").append(inline.render(doc.subject()))
                    .append("</p></formula>\n");
        }
        for (int i = 0; i < doc.preamble().size(); i++) {
            Paragraph p = doc.preamble().get(i);
            String eId = "preamble__container_" + (i + 1);
            out.append("<container name=\"preambularParagraph\" eId=\"").append(eId).append("\">\n<p>")
                    .append(inline.render(p.text())).append("</p>\n");
            items(p.items(), eId, inline, out);
            out.append("</container>\n");
        }
        return out.append("</preamble>\n").toString();
    }

    private static String mainBody(DraftDocument doc, AknInline inline) {
        StringBuilder out = new StringBuilder("<mainBody>\n");
        if (doc.operative().isEmpty()) {
            // mainBody must not be empty in the schema.
            out.append("<p/>\n");
        }
        for (int i = 0; i < doc.operative().size(); i++) {
            Paragraph p = doc.operative().get(i);
            String eId = "para_" + (i + 1);
            out.append("<paragraph eId=\"").append(eId).append("\">\n<num>").append(i + 1).append(".</num>\n")
                    .append("<content>\n<p>").append(inline.render(p.text())).append("</p>\n");
            items(p.items(), eId, inline, out);
            out.append("</content>\n</paragraph>\n");
        }
        return out.append("</mainBody>\n").toString();
    }

    private static String conclusions(DraftDocument doc, AknInline inline) {
        if (doc.closing().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<conclusions>\n");
        doc.closing().forEach(l -> out.append(line("closing", inline.render(l))));
        return out.append("</conclusions>\n").toString();
    }

    /** Sub-items as a blockList; nested lists go inside their item. Bullets carry no num. */
    private static void items(List<Item> items, String parentEId, AknInline inline, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        String listId = parentEId + "__list_1";
        out.append("<blockList eId=\"").append(listId).append("\">\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String eId = listId + "__item_" + (i + 1);
            out.append("<item eId=\"").append(eId).append("\">");
            if (!item.label().equals("-")) {
                out.append("<num>").append(AknInline.escape(item.label())).append("</num>");
            }
            out.append("<p>").append(inline.render(item.text())).append("</p>\n");
            items(item.items(), eId, inline, out);
            out.append("</item>\n");
        }
        out.append("</blockList>\n");
    }

    /** Notes whose call appears nowhere (possible in documents from the API) are kept in meta. */
    private static void uncalledNotes(DraftDocument doc, AknInline inline, StringBuilder out) {
        List<Footnote> uncalled = doc.footnotes().stream().filter(f -> !inline.placed(f.marker())).toList();
        if (uncalled.isEmpty()) {
            return;
        }
        out.append("<notes source=\"#").append(AknMeta.EDITOR).append("\">\n");
        for (Footnote f : uncalled) {
            out.append("<note eId=\"note_").append(AknMeta.slug(f.marker())).append("\" marker=\"")
                    .append(AknInline.escape(f.marker())).append("\"><p>").append(inline.renderNote(f.text()))
                    .append("</p></note>\n");
        }
        out.append("</notes>\n");
    }

    private static String docDate(String printed) {
        try {
            LocalDate date = LocalDate.parse(printed, PRINTED_DATE);
            return "<docDate date=\"" + date + "\">" + AknInline.escape(printed) + "</docDate>";
        } catch (DateTimeParseException e) {
            return AknInline.escape(printed);
        }
    }

    private static void tagged(StringBuilder out, String cssClass, String element, String value) {
        if (value == null) {
            return;
        }
        String text = AknInline.escape(value);
        out.append(line(cssClass, element == null ? text : "<" + element + ">" + text + "</" + element + ">"));
    }

    private static String line(String cssClass, String content) {
        return "<p class=\"" + cssClass + "\">" + content + "</p>\n";
    }
}
