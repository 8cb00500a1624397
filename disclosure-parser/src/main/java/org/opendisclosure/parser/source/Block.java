package org.opendisclosure.parser.source;

import java.util.List;

/** A piece of a document's body in reading order, as the Word readers find it: a paragraph or a table. */
sealed interface Block {

    /** A paragraph: its text (a manual line break in it starts another line). */
    record Paragraph(String text) implements Block {
    }

    /** A table, row by row. */
    record Table(List<List<Cell>> rows) implements Block {
    }

    /**
     * A cell: its paragraphs joined by line breaks, and how many of the table's columns it covers
     * (more than 1 where it is merged across columns).
     */
    record Cell(String text, int span) {
    }
}
