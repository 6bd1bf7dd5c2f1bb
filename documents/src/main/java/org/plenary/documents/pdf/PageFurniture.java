package org.plenary.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the UN prints on every page around the text: page numbers ("2/3"), the job number ("V.17-03734 (E)",
 * "GE.22-04521(E) 230522"), the barcode's digits ("*1703734*"), "Please recycle", and the running head at the top of
 * every page after the first (the symbol, maybe with the page number or the title). Such lines are removed.
 */
final class PageFurniture {

    private static final String TOKEN = "(?:\\d{1,3}\\s*/\\s*\\d{1,3}|[A-Z]{0,3}\\.?\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?|\\d{6}"
            + "|\\*\\d{6,}\\*|Please recycle)";
    private static final Pattern FURNITURE = Pattern.compile("^" + TOKEN + "(?:\\s+" + TOKEN + ")*$");
    private static final String SYMBOL = "[A-Z][A-Za-z0-9.\\-]*(?:/[A-Za-z0-9.\\-()]+)+";
    private static final Pattern RUNNING_HEAD = Pattern.compile("^(?:\\d{1,3}/\\d{1,3}\\s+)?" + SYMBOL
            + "(?:\\s+.*)?$|^.*\\s" + SYMBOL + "(?:\\s+\\d{1,3}/\\d{1,3})?$");

    /** A note that starts a page ("³ A/78/229.") is no running head. */
    private static final Pattern NOTE = Pattern.compile("^[⁰¹²³⁴⁵⁶⁷⁸⁹]");

    private PageFurniture() {
    }

    static List<PdfLine> remove(List<PdfLine> lines) {
        List<PdfLine> out = new ArrayList<>();
        int page = 0;
        boolean top = true;
        for (PdfLine line : lines) {
            if (line.page() != page) {
                page = line.page();
                top = true;
            }
            if (FURNITURE.matcher(line.text()).matches()) {
                continue;
            }
            boolean runningHead = top && line.page() > 1 && RUNNING_HEAD.matcher(line.text()).matches()
                    && !NOTE.matcher(line.text()).find();
            top = false;
            if (!runningHead) {
                out.add(line);
            }
        }
        return out;
    }
}
