package org.plenary.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Calendar;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/**
 * Builds a .docx as Word saves one after a delegate edited with Track Changes on: runs split where the change
 * starts, deleted text in {@code w:del} as {@code w:delText}, typed text in {@code w:ins}, a new paragraph with its
 * mark inserted, a removed paragraph with its mark deleted; each change with author, date and id.
 */
final class WordLikeDocument {

    private final XWPFDocument document = new XWPFDocument();
    private BigInteger operativeList;
    private int ids = 100;
    private XWPFParagraph current;

    WordLikeDocument paragraph() {
        current = document.createParagraph();
        return this;
    }

    /** An operative paragraph on Word's automatic numbering. */
    WordLikeDocument numbered() {
        if (operativeList == null) {
            operativeList = DocxStyles.operativeNumbering(document);
        }
        paragraph();
        current.setNumID(operativeList);
        current.setNumILvl(BigInteger.ZERO);
        return this;
    }

    WordLikeDocument text(String text) {
        current.getCTP().addNewR().addNewT().setStringValue(text);
        return this;
    }

    WordLikeDocument italic(String text) {
        CTR r = current.getCTP().addNewR();
        r.addNewRPr().addNewI();
        r.addNewT().setStringValue(text);
        return this;
    }

    WordLikeDocument inserted(String author, String text) {
        CTRunTrackChange ins = current.getCTP().addNewIns();
        describe(ins, author);
        ins.addNewR().addNewT().setStringValue(text);
        return this;
    }

    WordLikeDocument deleted(String author, String text) {
        return deleted(author, text, false);
    }

    WordLikeDocument deleted(String author, String text, boolean italic) {
        CTRunTrackChange del = current.getCTP().addNewDel();
        describe(del, author);
        CTR r = del.addNewR();
        if (italic) {
            r.addNewRPr().addNewI();
        }
        r.addNewDelText().setStringValue(text);
        return this;
    }

    /** The current paragraph's mark inserted (a new paragraph) or deleted (a removed one) by the author. */
    WordLikeDocument mark(String author, boolean inserted) {
        CTP p = current.getCTP();
        var rPr = (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewRPr();
        describe(inserted ? rPr.addNewIns() : rPr.addNewDel(), author);
        return this;
    }

    private void describe(CTTrackChange change, String author) {
        change.setAuthor(author);
        change.setId(BigInteger.valueOf(ids++));
        change.setDate(Calendar.getInstance());
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
