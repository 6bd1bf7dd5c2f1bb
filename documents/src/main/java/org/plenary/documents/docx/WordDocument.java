package org.plenary.documents.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.plenary.documents.UnreadableDocumentException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The paragraphs of a Word document with their runs, hyperlinks, footnote references, numbering and tracked
 * changes, read from the WordprocessingML itself (POI's run model leaves out text inside {@code w:ins} and
 * {@code w:del}). Tables are read cell by cell, as UN templates hold the header block in one.
 */
final class WordDocument {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    final List<WordParagraph> body = new ArrayList<>();
    final Map<String, List<WordParagraph>> footnotes = new LinkedHashMap<>();
    final Numbering numbering;
    private final XWPFDocument document;
    /** The part whose relationships resolve the hyperlinks being read: the body, then the footnotes. */
    private POIXMLDocumentPart part;

    private WordDocument(XWPFDocument document) {
        this.document = document;
        this.part = document;
        this.numbering = new Numbering(document);
        collect(document.getDocument().getBody().getDomNode(), body);
        for (XWPFFootnote note : document.getFootnotes()) {
            STFtnEdn.Enum type = note.getCTFtnEdn().getType();
            if (type == null || type == STFtnEdn.NORMAL) {
                List<WordParagraph> paragraphs = new ArrayList<>();
                part = note.getPart();
                collect(note.getCTFtnEdn().getDomNode(), paragraphs);
                footnotes.put(note.getId().toString(), paragraphs);
            }
        }
    }

    /** Reads a .docx file; refuses bytes that are not one, saying so. */
    static WordDocument read(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new UnreadableDocumentException("not a Word document (.docx): expected a ZIP package, which starts "
                    + "with \"PK\"");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new WordDocument(document);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocumentException("the Word document (.docx) cannot be read, it may be truncated or "
                    + "damaged: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void collect(Node container, List<WordParagraph> out) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "p" -> out.add(paragraph((Element) child, out.size() + 1));
                case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml" -> collect(child, out);
                default -> { }
            }
        }
    }

    private WordParagraph paragraph(Element p, int number) {
        Element pPr = child(p, "pPr");
        WordChange mark = null;
        Numbering.Use numbering = null;
        int level = 0;
        if (pPr != null) {
            Element rPr = child(pPr, "rPr");
            mark = rPr == null ? null : change(rPr);
            numbering = numbering(pPr);
            level = numbering != null ? numbering.level() : indentLevel(child(pPr, "ind"));
        }
        List<WordRun> runs = new ArrayList<>();
        content(p, null, null, runs);
        return new WordParagraph(number, runs, mark, numbering, level);
    }

    private Numbering.Use numbering(Element pPr) {
        Element numPr = child(pPr, "numPr");
        if (numPr == null) {
            Element style = child(pPr, "pStyle");
            XWPFStyle xs = style == null || document.getStyles() == null ? null
                    : document.getStyles().getStyle(style.getAttributeNS(W, "val"));
            Element stylePPr = xs == null ? null : child(xs.getCTStyle().getDomNode(), "pPr");
            numPr = stylePPr == null ? null : child(stylePPr, "numPr");
        }
        if (numPr == null) {
            return null;
        }
        return Numbering.use(number(child(numPr, "numId")), number(child(numPr, "ilvl")));
    }

    private static int indentLevel(Element ind) {
        if (ind == null) {
            return 0;
        }
        String left = ind.getAttributeNS(W, "left").isEmpty() ? ind.getAttributeNS(W, "start") : ind.getAttributeNS(W, "left");
        try {
            return Math.max(0, Math.round(Integer.parseInt(left) / (float) DocxStyles.LEVEL_INDENT));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static BigInteger number(Element element) {
        if (element == null) {
            return null;
        }
        try {
            return new BigInteger(element.getAttributeNS(W, "val"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The runs inside a paragraph or one of its wrappers (tracked change, hyperlink, smart tag, field). */
    private void content(Node parent, String href, WordChange change, List<WordRun> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            Element e = (Element) child;
            switch (e.getLocalName()) {
                case "r" -> run(e, href, change, out);
                case "ins", "moveTo" -> content(e, href, new WordChange(WordChange.Kind.INSERTED, author(e)), out);
                case "del", "moveFrom" -> content(e, href, new WordChange(WordChange.Kind.DELETED, author(e)), out);
                case "hyperlink" -> content(e, hyperlink(e), change, out);
                case "smartTag", "customXml", "sdt", "sdtContent", "fldSimple" -> content(e, href, change, out);
                default -> { }
            }
        }
    }

    private void run(Element r, String href, WordChange change, List<WordRun> out) {
        Element rPr = child(r, "rPr");
        boolean italic = rPr != null && italic(rPr);
        boolean bold = rPr != null && on(child(rPr, "b"));
        boolean superscript = rPr != null && child(rPr, "vertAlign") != null
                && "superscript".equals(child(rPr, "vertAlign").getAttributeNS(W, "val"));
        StringBuilder text = new StringBuilder();
        for (Node child = r.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t", "delText" -> text.append(textOf(child));
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "footnoteReference" -> {
                    flush(text, italic, bold, superscript, href, change, out);
                    out.add(new WordRun("", false, false, true, href, ((Element) child).getAttributeNS(W, "id"), change));
                }
                default -> { }
            }
        }
        flush(text, italic, bold, superscript, href, change, out);
    }

    private static void flush(StringBuilder text, boolean italic, boolean bold, boolean superscript, String href,
                              WordChange change, List<WordRun> out) {
        if (!text.isEmpty()) {
            out.add(new WordRun(text.toString(), italic, bold, superscript, href, null, change));
            text.setLength(0);
        }
    }

    /** Italic by direct formatting, or by a character style other than Plenary's opening style. */
    private boolean italic(Element rPr) {
        Element i = child(rPr, "i");
        if (i != null) {
            return on(i);
        }
        Element style = child(rPr, "rStyle");
        if (style == null || document.getStyles() == null) {
            return false;
        }
        String id = style.getAttributeNS(W, "val");
        if (id.equals(DocxStyles.OPENING_STYLE)) {
            return false;
        }
        XWPFStyle xs = document.getStyles().getStyle(id);
        Element styleRPr = xs == null ? null : child(xs.getCTStyle().getDomNode(), "rPr");
        return styleRPr != null && child(styleRPr, "i") != null;
    }

    /** The text of an element (XMLBeans' DOM has no getTextContent). */
    private static String textOf(Node element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** A toggle property (w:b, w:i) that is present and not switched off. */
    private static boolean on(Element toggle) {
        if (toggle == null) {
            return false;
        }
        String val = toggle.getAttributeNS(W, "val");
        return !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    private String hyperlink(Element h) {
        String id = h.getAttributeNS(R, "id");
        if (!id.isEmpty()) {
            PackageRelationship relationship = part.getPackagePart().getRelationship(id);
            if (relationship != null) {
                return relationship.getTargetURI().toString();
            }
        }
        String anchor = h.getAttributeNS(W, "anchor");
        return "#" + anchor;
    }

    private static WordChange change(Element rPr) {
        Element ins = child(rPr, "ins");
        if (ins != null) {
            return new WordChange(WordChange.Kind.INSERTED, author(ins));
        }
        Element del = child(rPr, "del");
        return del == null ? null : new WordChange(WordChange.Kind.DELETED, author(del));
    }

    private static String author(Element change) {
        String author = change.getAttributeNS(W, "author");
        return author.isBlank() ? "(no author)" : author;
    }

    static Element child(Node parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (W.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                return (Element) child;
            }
        }
        return null;
    }
}
