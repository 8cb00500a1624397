package org.opendisclosure.parser.source;

import java.util.List;

/**
 * A piece of a document's body in reading order, as the Word and PDF readers find it: a
 * paragraph or a table. A PDF's pieces name their page, which is all a PDF's reader can point to;
 * a Word document's name none (they are placed by their number in the document).
 */
sealed interface Block {

    /** A paragraph: its text (a manual line break in it starts another line), and its page or null. */
    record Paragraph(String text, String page) implements Block {

        Paragraph(String text) {
            this(text, null);
        }
    }

    /** A table, row by row, and the page of each row, or null. */
    record Table(List<List<Cell>> rows, List<String> pages) implements Block {

        Table(List<List<Cell>> rows) {
            this(rows, null);
        }

        String page(int row) {
            return pages == null ? null : pages.get(row);
        }
    }

    /**
     * A cell: its paragraphs joined by line breaks, and how many of the table's columns it covers
     * (more than 1 where it is merged across columns).
     */
    record Cell(String text, int span) {
    }
}
