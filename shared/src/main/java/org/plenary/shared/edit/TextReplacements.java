package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most common amendment, words replaced in paragraphs, applied without an index of the whole text or a working
 * tree ({@link DocumentEditor} builds both for every amendment: 16-18 % of a replay's projecting threads, where every
 * accepted amendment is applied to its draft's text, and time travel applies up to 99 of them per read).
 *
 * <p>Only what {@link DocumentEditor} would apply, with the same result, is applied here: every operation a
 * {@link ReplaceText} of a top-level paragraph, its range inside the text and not splitting a character, its text
 * clean, something changed, the ranges of one paragraph apart, and no footnote call replaced. Anything else (an item,
 * a range out of the text, overlapping ranges, a call replaced, another kind of operation) gets {@code null}, and
 * {@link DocumentEditor} applies it or says why not. Its ids are taken as unique, as in every stored document (a
 * draft is refused at submission if they are not, {@code DocumentIds}; an inserted id must be new).
 * {@code TextReplacementsPropertiesTest} holds both paths equal.
 */
final class TextReplacements {

    /** Beyond this many operations the general path's index pays for itself. */
    private static final int MAX_OPERATIONS = 16;

    private TextReplacements() {
    }

    /** The document with {@code operations} applied, or null when they are not only clean replacements of paragraph words. */
    static DraftDocument applyOrNull(DraftDocument document, List<EditOperation> operations) {
        if (operations == null || operations.isEmpty() || operations.size() > MAX_OPERATIONS) {
            return null;
        }
        List<Paragraph> preamble = null;
        List<Paragraph> operative = null;
        boolean[] done = new boolean[operations.size()];
        for (int i = 0; i < operations.size(); i++) {
            if (done[i]) {
                continue;
            }
            if (!(operations.get(i) instanceof ReplaceText first) || first.paragraphId() == null) {
                return null;
            }
            List<ReplaceText> mine = new ArrayList<>(2);
            for (int j = i; j < operations.size(); j++) {
                if (operations.get(j) instanceof ReplaceText other && first.paragraphId().equals(other.paragraphId())) {
                    mine.add(other);
                    done[j] = true;
                } else if (!(operations.get(j) instanceof ReplaceText)) {
                    return null;
                }
            }
            Section section = Section.PREAMBLE;
            int at = indexOf(document.preamble(), first.paragraphId());
            if (at < 0) {
                section = Section.OPERATIVE;
                at = indexOf(document.operative(), first.paragraphId());
            }
            if (at < 0) {
                return null; // an item, or no such paragraph
            }
            List<Paragraph> list = section == Section.PREAMBLE
                    ? (preamble = preamble == null ? new ArrayList<>(document.preamble()) : preamble)
                    : (operative = operative == null ? new ArrayList<>(document.operative()) : operative);
            Paragraph paragraph = list.get(at);
            String text = splice(paragraph.text(), mine);
            if (text == null) {
                return null;
            }
            list.set(at, new Paragraph(paragraph.id(), text, paragraph.items()));
        }
        DraftDocument result = document;
        if (preamble != null) {
            result = result.withSection(Section.PREAMBLE, preamble);
        }
        if (operative != null) {
            result = result.withSection(Section.OPERATIVE, operative);
        }
        return result;
    }

    private static int indexOf(List<Paragraph> paragraphs, String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (id.equals(paragraphs.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    /** The text with the replacements made (right to left, so offsets stay those of the base), or null if one is not clean. */
    private static String splice(String text, List<ReplaceText> replacements) {
        if (replacements.size() > 1) {
            replacements.sort(Comparator.comparingInt(ReplaceText::start).thenComparingInt(ReplaceText::end));
        }
        for (int k = 0; k < replacements.size(); k++) {
            ReplaceText r = replacements.get(k);
            if (r.start() < 0 || r.end() < r.start() || r.end() > text.length()
                    || AmendmentPlan.splitsSurrogate(text, r.start()) || AmendmentPlan.splitsSurrogate(text, r.end())
                    || (r.start() == r.end() && r.text().isEmpty()) || !TextRules.isClean(r.text())
                    || !FootnoteCalls.in(text.substring(r.start(), r.end())).isEmpty()) {
                return null;
            }
            if (k > 0) {
                ReplaceText previous = replacements.get(k - 1);
                if (r.start() < previous.end() || r.start() == previous.start()) {
                    return null;
                }
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int k = replacements.size() - 1; k >= 0; k--) {
            ReplaceText r = replacements.get(k);
            out.replace(r.start(), r.end(), r.text());
        }
        return out.toString();
    }
}
