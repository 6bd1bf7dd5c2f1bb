package org.plenary.documents.docx;

import java.util.List;

/**
 * A paragraph of a Word document as Plenary reads it.
 *
 * @param number    its number among the paragraphs of the body (1-based), or of its footnote
 * @param runs      its runs in order
 * @param mark      the tracked change of its paragraph mark: inserted or deleted with the paragraph, or null
 * @param numbering its automatic numbering (list and level), or null
 * @param level     its indentation in steps of {@link DocxStyles#LEVEL_INDENT} (or its list level), which tells
 *                  how sub-items nest
 */
record WordParagraph(int number, List<WordRun> runs, WordChange mark, Numbering.Use numbering, int level) {

    /** Whether every run with text carries the given change (a paragraph inserted or deleted whole). */
    boolean allRuns(WordChange.Kind kind, String author) {
        return runs.stream().filter(r -> !r.text().isEmpty() || r.footnoteId() != null)
                .allMatch(r -> r.change() != null && r.change().kind() == kind && r.change().author().equals(author));
    }

    boolean changedBy(String author) {
        return (mark != null && mark.author().equals(author))
                || runs.stream().anyMatch(r -> r.change() != null && r.change().author().equals(author));
    }
}
