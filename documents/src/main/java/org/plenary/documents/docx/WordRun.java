package org.plenary.documents.docx;

/**
 * A stretch of a Word paragraph with one formatting and one tracked-change state.
 *
 * @param text        the text (a footnote reference has none)
 * @param italic      set in italics directly or by an italic character style (not by Plenary's opening style)
 * @param bold        set in bold directly
 * @param superscript raised (a typed footnote call)
 * @param href        the target of the hyperlink it belongs to, or null
 * @param footnoteId  the id of the Word footnote it refers to, or null
 * @param change      its tracked change, or null
 */
record WordRun(String text, boolean italic, boolean bold, boolean superscript, String href, String footnoteId, WordChange change) {
}
