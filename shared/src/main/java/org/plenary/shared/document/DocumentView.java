package org.plenary.shared.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as the APIs return it: the structure of {@link DraftDocument} with operative paragraphs
 * numbered 1, 2, … in order.
 */
public record DocumentView(Header header, String kind, String symbol, List<String> sponsors, String sponsorsNote,
                           String adoption, String title, String subject, List<Paragraph> preamble,
                           List<NumberedParagraph> operative, List<Footnote> footnotes, List<String> closing) {

    /** An operative paragraph with its current number. */
    public record NumberedParagraph(String id, int number, String text, List<Item> items) {
    }

    public static DocumentView of(DraftDocument d) {
        List<NumberedParagraph> operative = new ArrayList<>(d.operative().size());
        int number = 0;
        for (Paragraph p : d.operative()) {
            operative.add(new NumberedParagraph(p.id(), ++number, p.text(), p.items()));
        }
        return new DocumentView(d.header(), d.kind(), d.symbol(), d.sponsors(), d.sponsorsNote(), d.adoption(),
                d.title(), d.subject(), d.preamble(), operative, d.footnotes(), d.closing());
    }
}
