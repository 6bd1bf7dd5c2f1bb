package org.plenary.documents.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page and styles of a Word document in the UN layout: A4, Times New Roman 10 pt, operative paragraphs on an
 * automatic decimal list (so Word renumbers them around tracked insertions and deletions), and a character style
 * for the italic openings that UN print adds to unmarked paragraphs ("Recalling"), which the reader of the file
 * tells apart from italics the text marks itself.
 */
final class DocxStyles {

    /** Style id of the italic opening phrase; {@link WordDocument} does not read it as markup. */
    static final String OPENING_STYLE = "PlenaryOpening";
    static final String FONT = "Times New Roman";
    /** Half-points: 10 pt for text, 9 pt for notes. */
    static final int TEXT_SIZE = 20;
    static final int NOTE_SIZE = 18;
    /** One nesting level of sub-items, in twentieths of a point (1.27 cm). */
    static final int LEVEL_INDENT = 720;

    private DocxStyles() {
    }

    static void apply(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE));
        CTStyle opening = styles.addNewStyle();
        opening.setType(STStyleType.CHARACTER);
        opening.setStyleId(OPENING_STYLE);
        opening.addNewName().setVal("Opening phrase");
        opening.addNewRPr().addNewI();
        document.createStyles().setStyles(styles);

        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1247));
    }

    /** A decimal list "1.", "2.", … for the operative paragraphs; returns its numId. */
    static BigInteger operativeNumbering(XWPFDocument document) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.ONE);
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setFirstLine(BigInteger.valueOf(567));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list));
        return numbering.addNum(abstractId);
    }
}
