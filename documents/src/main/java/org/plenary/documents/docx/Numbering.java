package org.plenary.documents.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Word's automatic numbering as the UN layout prints it: a decimal level gives the operative number "1.", letters
 * "(a)", roman numerals "(i)", bullets "-". Numbers are counted over the paragraphs of one reading, so a paragraph
 * deleted by a tracked change is not counted once the change is accepted.
 */
final class Numbering {

    /** A paragraph's list (Word's numId) and level. */
    record Use(String numId, int level) {
    }

    /** The format and start of a level. */
    private record Level(String format, int start) {
    }

    private final Map<String, Map<Integer, Level>> levels = new HashMap<>();

    Numbering(XWPFDocument document) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            return;
        }
        for (XWPFNum num : numbering.getNums()) {
            if (num.getCTNum().getAbstractNumId() == null) {
                continue;
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) {
                continue;
            }
            Map<Integer, Level> byLevel = new HashMap<>();
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
                int start = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
                byLevel.put(lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue(), new Level(format, start));
            }
            levels.put(num.getCTNum().getNumId().toString(), byLevel);
        }
    }

    static Use use(BigInteger numId, BigInteger level) {
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        return new Use(numId.toString(), level == null ? 0 : level.intValue());
    }

    /** Counts the numbered paragraphs of one reading, in order. */
    final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        /** The label of the next paragraph with this numbering: "1.", "(a)", "(i)", "-", or null for none. */
        String next(Use use) {
            if (use == null) {
                return null;
            }
            Level level = levels.getOrDefault(use.numId(), Map.of()).get(use.level());
            if (level == null || level.format().equals("none")) {
                return null;
            }
            int[] count = counts.computeIfAbsent(use.numId(), k -> new int[10]);
            int at = Math.min(Math.max(use.level(), 0), 9);
            count[at] = count[at] == 0 ? level.start() : count[at] + 1;
            for (int deeper = at + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            return label(level.format(), count[at]);
        }
    }

    Counter counter() {
        return new Counter();
    }

    private static String label(String format, int n) {
        return switch (format) {
            case "bullet" -> "-";
            case "lowerLetter" -> "(" + letters(n) + ")";
            case "upperLetter" -> "(" + letters(n).toUpperCase() + ")";
            case "lowerRoman" -> "(" + roman(n) + ")";
            case "upperRoman" -> "(" + roman(n).toUpperCase() + ")";
            default -> n + ".";
        };
    }

    private static String letters(int n) {
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        return n >= 100 ? String.valueOf(n) : tens[n / 10] + units[n % 10];
    }
}
