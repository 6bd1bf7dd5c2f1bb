package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, List<ReplaceText>> byParagraph = new LinkedHashMap<>();
        for (EditOperation operation : operations) {
            if (!(operation instanceof ReplaceText replace) || replace.paragraphId() == null) {
                return null;
            }
            byParagraph.computeIfAbsent(replace.paragraphId(), id -> new ArrayList<>(2)).add(replace);
        }
        Map<Section, List<Paragraph>> changed = new EnumMap<>(Section.class);
        for (Map.Entry<String, List<ReplaceText>> entry : byParagraph.entrySet()) {
            Section section = Section.PREAMBLE;
            int at = indexOf(document.preamble(), entry.getKey());
            if (at < 0) {
                section = Section.OPERATIVE;
                at = indexOf(document.operative(), entry.getKey());
            }
            if (at < 0) {
                return null; // an item, or no such paragraph
            }
            List<Paragraph> paragraphs = changed.computeIfAbsent(section, s -> new ArrayList<>(document.section(s)));
            Paragraph paragraph = paragraphs.get(at);
            String text = splice(paragraph.text(), entry.getValue());
            if (text == null) {
                return null;
            }
            paragraphs.set(at, new Paragraph(paragraph.id(), text, paragraph.items()));
        }
        DraftDocument result = document;
        for (Map.Entry<Section, List<Paragraph>> entry : changed.entrySet()) {
            result = result.withSection(entry.getKey(), entry.getValue());
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

    /**
     * The text with the replacements made (right to left, so offsets stay those of the base), or null if one of them
     * is refused by {@link AmendmentPlan}'s checks, overlaps another or replaces a footnote call.
     */
    private static String splice(String text, List<ReplaceText> replacements) {
        replacements.sort(AmendmentPlan.BY_RANGE);
        for (int k = 0; k < replacements.size(); k++) {
            ReplaceText r = replacements.get(k);
            if (AmendmentPlan.problem(r, text) != null || (k > 0 && AmendmentPlan.overlap(replacements.get(k - 1), r))
                    || !FootnoteCalls.in(text.substring(r.start(), r.end())).isEmpty()) {
                return null;
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
