package org.plenary.documents.pdf;

/**
 * One line of text as laid out on a PDF page, with where it stands.
 *
 * @param page           1-based page number
 * @param text           the text, footnote calls as superscript digits
 * @param x              left edge, in points
 * @param xEnd           right edge, in points
 * @param y              baseline from the top of the page, in points
 * @param size           the font size most of its characters have
 * @param firstWordWidth width of its first word, to tell whether it would have fitted on the line above
 * @param spaceWidth     width of a space in its font
 */
record PdfLine(int page, String text, float x, float xEnd, float y, float size, float firstWordWidth,
               float spaceWidth) {
}
