package org.plenary.shared.document;

import java.util.List;
import java.util.Objects;

/**
 * The structured text of a draft resolution as the UN publishes it: header block, sponsors line,
 * title, subject formula, preambular and operative paragraphs, footnotes.
 *
 * <p>Paragraph and item ids are stable: they survive renumbering, insertion and deletion around them.
 * Operative numbers are not stored; they follow from the order of {@link #operative()}.
 *
 * <p>Paragraph text keeps the light inline markup of the UN text layout: {@code *…*} for italics,
 * {@code [65/230](#)} for document references and superscript digits (¹ ²) for footnote calls.
 *
 * @param header     the block above the sponsors line; fields may be null where the document has none
 * @param kind       e.g. "draft resolution", "revised draft resolution"; null for an adopted resolution
 * @param symbol     the document symbol, e.g. "E/CN.15/2017/L.4/Rev.1"; may be null
 * @param sponsors   main sponsors as printed on the sponsors line, in order
 * @param sponsorsNote what the sponsors line says besides the names, e.g. "on behalf of the Group of African
 *                   States"; null when there is none
 * @param adoption   for an adopted resolution: e.g. "Resolution adopted by the General Assembly on 16 December 2021"
 * @param title      the title line
 * @param subject    the subject formula, e.g. "The Commission on Crime Prevention and Criminal Justice,"
 * @param preamble   preambular paragraphs in order
 * @param operative  operative paragraphs in order
 * @param footnotes  footnotes in order of their markers
 * @param closing    lines after the last operative paragraph, e.g. "53rd plenary meeting", "16 December 2021"
 */
public record DraftDocument(
        Header header,
        String kind,
        String symbol,
        List<String> sponsors,
        String sponsorsNote,
        String adoption,
        String title,
        String subject,
        List<Paragraph> preamble,
        List<Paragraph> operative,
        List<Footnote> footnotes,
        List<String> closing) {

    public DraftDocument {
        header = header == null ? Header.EMPTY : header;
        sponsors = List.copyOf(Objects.requireNonNullElse(sponsors, List.of()));
        preamble = List.copyOf(Objects.requireNonNullElse(preamble, List.of()));
        operative = List.copyOf(Objects.requireNonNullElse(operative, List.of()));
        footnotes = List.copyOf(Objects.requireNonNullElse(footnotes, List.of()));
        closing = List.copyOf(Objects.requireNonNullElse(closing, List.of()));
    }

    public List<Paragraph> section(Section section) {
        return section == Section.PREAMBLE ? preamble : operative;
    }

    public DraftDocument withSection(Section section, List<Paragraph> paragraphs) {
        return section == Section.PREAMBLE
                ? new DraftDocument(header, kind, symbol, sponsors, sponsorsNote, adoption, title, subject,
                        paragraphs, operative, footnotes, closing)
                : new DraftDocument(header, kind, symbol, sponsors, sponsorsNote, adoption, title, subject,
                        preamble, paragraphs, footnotes, closing);
    }

    public DraftDocument withTitle(String newTitle) {
        return new DraftDocument(header, kind, symbol, sponsors, sponsorsNote, adoption, newTitle, subject,
                preamble, operative, footnotes, closing);
    }

    public DraftDocument withFootnotes(List<Footnote> newFootnotes) {
        return new DraftDocument(header, kind, symbol, sponsors, sponsorsNote, adoption, title, subject,
                preamble, operative, newFootnotes, closing);
    }
}
