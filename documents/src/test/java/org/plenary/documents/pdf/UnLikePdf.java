package org.plenary.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a PDF laid out like a page of the UN's document system: lines at fixed positions, a wrapped line that fills
 * the column, footnote calls set smaller and raised, notes at the foot of the page in smaller type, page furniture.
 */
final class UnLikePdf {

    private static final float LEFT = 60;
    private static final float RIGHT = 535;
    private final PDDocument document = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private PDPageContentStream page;
    private float y;
    private float lastEnd;
    private float lastSize;
    private float footY;

    UnLikePdf page(int number) {
        close();
        PDPage p = new PDPage(PDRectangle.A4);
        document.addPage(p);
        try {
            page = new PDPageContentStream(document, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = 780;
        footY = 120;
        return this;
    }

    UnLikePdf line(String text, float size) {
        y -= size * 1.25f;
        lastEnd = write(text, LEFT, y, size);
        lastSize = size;
        return this;
    }

    /** Spreads the last line's words to fill the column, as justified print does. */
    UnLikePdf full() {
        lastEnd = RIGHT;
        return this;
    }

    UnLikePdf gap() {
        y -= 8;
        return this;
    }

    /** A footnote call after the last line: smaller and raised. */
    UnLikePdf noteCall(String number) {
        write(number, lastEnd, y + lastSize * 0.35f, lastSize * 0.6f);
        return this;
    }

    /** A note at the foot of the page: its number raised, its text in 9 pt. */
    UnLikePdf note(String number, String text) {
        write(number, LEFT, footY + 3.5f, 6);
        write(text, LEFT + 6, footY, 9);
        footY -= 12;
        return this;
    }

    /** Page furniture printed at the foot of the page, below the notes. */
    UnLikePdf foot(String text) {
        write(text, LEFT, 50, 8);
        return this;
    }

    /** The running head at the top of the page. */
    UnLikePdf head(String text) {
        write(text, RIGHT - 80, 800, 8);
        return this;
    }

    byte[] bytes() {
        close();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float write(String text, float x, float baseline, float size) {
        try {
            page.beginText();
            page.setFont(font, size);
            float width = font.getStringWidth(text) / 1000 * size;
            float spacing = 0;
            int spaces = text.length() - text.replace(" ", "").length();
            if (x == LEFT && width > (RIGHT - LEFT) * 0.8f && spaces > 0) {
                spacing = (RIGHT - LEFT - width) / spaces;
                page.setWordSpacing(spacing);
            }
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.setWordSpacing(0);
            page.endText();
            return x + width + spacing * spaces;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
