package org.plenary.documents.docx;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.un.InlineSpans;

/**
 * Paragraphs and runs of the Word document being written: plain lines, spans of marked-up text with their tracked
 * changes, hyperlinks, and footnote references (the first call of a note becomes a Word footnote holding it; a
 * later call of the same note stays a superscript number, since a Word footnote has one reference).
 */
final class WordRuns {

    /** Only targets a Word user can follow safely become hyperlinks; others stay text. */
    private static boolean linkable(String href) {
        return href.equals("#") || href.startsWith("https://") || href.startsWith("http://");
    }

    private final XWPFDocument document;
    private final Map<String, Footnote> notes = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, String> links = new HashMap<>();
    private BigInteger operativeList;
    private int revisionIds = 1;

    WordRuns(XWPFDocument document, List<Footnote> footnotes) {
        this.document = document;
        footnotes.forEach(f -> notes.put(f.marker(), f));
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        return p;
    }

    XWPFParagraph indented(int left, int firstLine) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        if (left > 0) {
            p.setIndentationLeft(left);
        }
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
        }
        return p;
    }

    /** An operative paragraph: on the automatic decimal list. */
    XWPFParagraph numbered() {
        if (operativeList == null) {
            operativeList = DocxStyles.operativeNumbering(document);
        }
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setNumID(operativeList);
        p.setNumILvl(BigInteger.ZERO);
        return p;
    }

    boolean referenced(String marker) {
        return referenced.contains(marker);
    }

    /** Text without markup; line breaks become Word line breaks. */
    void plain(XWPFParagraph p, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            CTR r = p.getCTP().addNewR();
            CTRPr rPr = r.addNewRPr();
            if (bold) {
                rPr.addNewB();
            }
            if (i > 0) {
                r.addNewBr();
            }
            text(r.addNewT(), lines[i]);
        }
    }

    /** A sub-item's label and the tab after it, deleted with the item when it is. */
    void label(XWPFParagraph p, String label, Revision deletedBy) {
        XmlObject container = deletedBy == null ? p.getCTP() : change(p.getCTP(), Pieces.Kind.DELETE, deletedBy);
        CTR r = addRun(container);
        text(deletedBy == null ? r.addNewT() : r.addNewDelText(), label);
        r.addNewTab();
    }

    /** Marks a paragraph's mark as inserted or deleted by a revision (nothing when it is null). */
    void mark(XWPFParagraph p, Revision revision, Pieces.Kind kind) {
        if (revision == null) {
            return;
        }
        CTP ctp = p.getCTP();
        CTPPr pPr = ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr();
        CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        describe(kind == Pieces.Kind.INSERT ? rPr.addNewIns() : rPr.addNewDel(), revision);
    }

    void spans(XWPFParagraph p, List<Pieces.Piece> pieces, boolean bold) {
        for (Pieces.Piece piece : pieces) {
            InlineSpans.Span span = piece.span();
            XmlObject container = p.getCTP();
            if (span.href() != null && linkable(span.href())) {
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setId(link(document, span.href()));
                container = link;
            }
            if (piece.kind() != Pieces.Kind.KEEP) {
                container = change(container, piece.kind(), piece.revision());
            }
            CTR r = addRun(container);
            CTRPr rPr = r.addNewRPr();
            if (bold) {
                rPr.addNewB();
            }
            if (span.opening()) {
                rPr.addNewRStyle().setVal(DocxStyles.OPENING_STYLE);
            } else if (span.italic()) {
                rPr.addNewI();
            }
            if (span.href() != null && !linkable(span.href())) {
                // Kept as the layout writes it, so nothing of the reference is lost.
                text(piece.kind() == Pieces.Kind.DELETE ? r.addNewDelText() : r.addNewT(),
                        "[" + span.text() + "](" + span.href() + ")");
            } else if (span.noteMarker() != null && piece.kind() == Pieces.Kind.KEEP
                    && notes.containsKey(span.noteMarker()) && referenced.add(span.noteMarker())) {
                rPr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
                r.addNewFootnoteReference().setId(footnote(notes.get(span.noteMarker())));
            } else {
                text(piece.kind() == Pieces.Kind.DELETE ? r.addNewDelText() : r.addNewT(), span.text());
            }
        }
    }

    private BigInteger footnote(Footnote note) {
        XWPFFootnote footnote = document.createFootnote();
        XWPFParagraph p = footnote.createParagraph();
        CTR r = p.getCTP().addNewR();
        r.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        r.addNewFootnoteRef();
        text(p.getCTP().addNewR().addNewT(), " ");
        POIXMLDocumentPart part = footnote.getPart();
        for (InlineSpans.Span span : InlineSpans.of(note.text())) {
            XmlObject container = p.getCTP();
            if (span.href() != null && linkable(span.href())) {
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setId(link(part, span.href()));
                container = link;
            }
            CTR run = addRun(container);
            CTRPr rPr = run.addNewRPr();
            rPr.addNewSz().setVal(BigInteger.valueOf(DocxStyles.NOTE_SIZE));
            if (span.italic()) {
                rPr.addNewI();
            }
            text(run.addNewT(), span.href() == null || linkable(span.href()) ? span.text()
                    : "[" + span.text() + "](" + span.href() + ")");
        }
        return footnote.getId();
    }

    /** The relationship id of a hyperlink target in a part (the document's body or its footnotes). */
    private String link(POIXMLDocumentPart part, String href) {
        return links.computeIfAbsent(part.getPackagePart().getPartName() + " " + href, key -> part.getPackagePart()
                .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation()).getId());
    }

    private XmlObject change(XmlObject container, Pieces.Kind kind, Revision revision) {
        CTRunTrackChange change;
        if (container instanceof CTHyperlink link) {
            change = kind == Pieces.Kind.INSERT ? link.addNewIns() : link.addNewDel();
        } else {
            CTP p = (CTP) container;
            change = kind == Pieces.Kind.INSERT ? p.addNewIns() : p.addNewDel();
        }
        describe(change, revision);
        return change;
    }

    private void describe(CTTrackChange change, Revision revision) {
        change.setId(BigInteger.valueOf(revisionIds++));
        change.setAuthor(revision.author());
        if (revision.at() != null) {
            Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(revision.at().toEpochMilli());
            change.setDate(date);
        }
    }

    private static CTR addRun(XmlObject container) {
        if (container instanceof CTRunTrackChange change) {
            return change.addNewR();
        }
        if (container instanceof CTHyperlink link) {
            return link.addNewR();
        }
        return ((CTP) container).addNewR();
    }

    private static void text(CTText t, String value) {
        t.setStringValue(value);
        try (XmlCursor cursor = t.newCursor()) {
            cursor.setAttributeText(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
        }
    }
}
