package org.plenary.shared.un;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plenary.shared.document.DraftDocument;

/**
 * The {@code <meta>} block: FRBR identification of work, expression and manifestation following the Akoma
 * Ntoso naming convention with country "un", and the references (TLCs) that sponsors, author and editor
 * point to.
 */
final class AknMeta {

    static final String EDITOR = "plenary";

    private AknMeta() {
    }

    /** Sponsor name → TLC eId, unique and without white space. */
    static Map<String, String> sponsorIds(DraftDocument doc) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String sponsor : doc.sponsors()) {
            String base = "sponsor_" + slug(sponsor);
            String id = base;
            for (int n = 2; ids.containsValue(id); n++) {
                id = base + "_" + n;
            }
            ids.put(sponsor, id);
        }
        return ids;
    }

    static String write(DraftDocument doc, String draftId, LocalDate date, Map<String, String> sponsorIds,
                        java.util.List<AknEvent> lifecycle) {
        String number = (doc.symbol() != null ? doc.symbol() : draftId).replace('/', '-').replaceAll("\\s+", "_");
        String work = "/akn/un/doc/resolution/" + date + "/" + number;
        String expression = work + "/eng@" + date;
        String author = doc.header().body() != null ? doc.header().body()
                : doc.header().organ() != null ? doc.header().organ() : "United Nations";
        String dateName = doc.adoption() != null ? "adoption" : "submission";
        StringBuilder out = new StringBuilder("<meta>\n<identification source=\"#" + EDITOR + "\">\n");
        out.append("<FRBRWork>\n").append(core(work + "/!main", work, date, dateName))
                .append("<FRBRcountry value=\"un\"/>\n")
                .append("<FRBRsubtype value=\"").append(doc.adoption() != null ? "resolution" : "draft")
                .append("\"/>\n<FRBRnumber value=\"").append(AknInline.escape(number)).append("\"/>\n")
                .append("<FRBRname value=\"resolution\"/>\n</FRBRWork>\n");
        out.append("<FRBRExpression>\n").append(core(expression + "/!main", expression, date, dateName))
                .append("<FRBRlanguage language=\"eng\"/>\n</FRBRExpression>\n");
        out.append("<FRBRManifestation>\n").append(core(expression + "/!main.xml", expression + "/main.xml", date,
                        "generation").replace("#author", "#" + EDITOR))
                .append("<FRBRformat value=\"application/akn+xml\"/>\n</FRBRManifestation>\n");
        out.append("</identification>\n");
        if (!lifecycle.isEmpty()) {
            out.append("<lifecycle source=\"#").append(EDITOR).append("\">\n");
            for (int i = 0; i < lifecycle.size(); i++) {
                AknEvent event = lifecycle.get(i);
                out.append("<eventRef eId=\"evt_").append(i + 1).append("\" date=\"").append(event.date())
                        .append("\" source=\"#").append(EDITOR).append("\" refersTo=\"#event_").append(i + 1)
                        .append("\" type=\"").append(event.amendment() ? "amendment" : "generation").append("\"/>\n");
            }
            out.append("</lifecycle>\n");
        }
        out.append("<references source=\"#").append(EDITOR).append("\">\n");
        for (int i = 0; i < lifecycle.size(); i++) {
            AknEvent event = lifecycle.get(i);
            out.append(tlc("TLCEvent", "event_" + (i + 1), "/ontology/event/un/" + slug(event.name()), event.name()));
        }
        out.append(tlc("TLCOrganization", "author", "/ontology/organization/un/" + slug(author), author));
        sponsorIds.forEach((name, id) -> out.append(tlc("TLCOrganization", id,
                "/ontology/organization/un/" + slug(name), name)));
        out.append(tlc("TLCPerson", EDITOR, "/ontology/person/plenary", "Plenary"));
        out.append(tlc("TLCRole", "sponsor", "/ontology/role/un/sponsor", "Sponsor"));
        out.append("</references>\n");
        return out.toString();
    }

    private static String core(String self, String uri, LocalDate date, String dateName) {
        return "<FRBRthis value=\"" + AknInline.escape(self) + "\"/>\n<FRBRuri value=\"" + AknInline.escape(uri)
                + "\"/>\n<FRBRdate date=\"" + date + "\" name=\"" + dateName + "\"/>\n"
                + "<FRBRauthor href=\"#author\"/>\n";
    }

    private static String tlc(String element, String id, String href, String showAs) {
        return "<" + element + " eId=\"" + id + "\" href=\"" + AknInline.escape(href) + "\" showAs=\""
                + AknInline.escape(showAs) + "\"/>\n";
    }

    static String slug(String s) {
        String slug = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
