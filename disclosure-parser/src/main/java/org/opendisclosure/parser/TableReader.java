package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads table rows from the Word text export. A row's cells are consecutive lines starting with a
 * TAB; rows are separated by blank lines; a cell runs on over lines without a TAB. Word also puts
 * blank lines inside a row (between the pieces of a cell, and before the last cells of a long
 * row), so where a row ends is only known from how many cells it must have.
 */
final class TableReader {
    private final Cursor cursor;
    private final Predicate<String> boundary;

    /** @param boundary lines that never continue a cell, such as the heading of the next table */
    TableReader(Cursor cursor, Predicate<String> boundary) {
        this.cursor = cursor;
        this.boundary = boundary;
    }

    TableReader(Cursor cursor) {
        this(cursor, line -> false);
    }

    /** Notes a row that could not be read; reading goes on with the next row. */
    void record(UnreadableDocumentException problem) {
        cursor.record(problem);
    }

    /** Whether a table row comes next, after any blank lines. */
    boolean atRow() {
        int mark = cursor.mark();
        cursor.skipBlank();
        boolean row = !cursor.atEnd() && Lines.isCell(cursor.peek());
        cursor.reset(mark);
        return row;
    }

    /** Reads the next row as laid out, up to the first blank line: for rows whose width is not fixed (titles, headers). */
    Row readRow(String expected) {
        int line = startRow(expected);
        List<Cell> cells = new ArrayList<>();
        do {
            cells.add(readCell(false));
        } while (!cursor.atEnd() && Lines.isCell(cursor.peek()));
        return new Row(line, cells);
    }

    /** The row {@link #readRow(String)} would read, leaving the position where it is. */
    Row peekRow(String expected) {
        int mark = cursor.mark();
        try {
            return readRow(expected);
        } finally {
            cursor.reset(mark);
        }
    }

    /**
     * Reads the next row, which must have exactly {@code width} cells. While it has fewer, blank
     * lines do not end it: text after them continues the cell, and cells after them belong to the
     * row as long as they fit into it.
     */
    Row readRow(int width, String expected) {
        int line = startRow(expected);
        List<Cell> cells = new ArrayList<>();
        // Rebuilt from a page, rows are laid out one by one: a row ends where its width is reached
        // or its cells end, and no group of cells after a blank line is part of it.
        boolean unseen = cursor.emptyCellsUnseen();
        while (true) {
            cells.add(readCell(!unseen && cells.size() + 1 < width));
            if (unseen && cells.size() == width) {
                break;
            }
            if (!cursor.atEnd() && Lines.isCell(cursor.peek())) {
                continue;
            }
            if (unseen) {
                break;
            }
            int group = cells.size() < width ? nextGroupWidth() : 0;
            if (group > 0 && group <= width - cells.size()) {
                cursor.skipBlank();
                continue;
            }
            break;
        }
        if (cells.size() < width && !cells.isEmpty() && cursor.emptyCellsUnseen()) {
            // Rebuilt from a page, a row shows only the cells that hold text: the ones it lacks at its end are empty.
            while (cells.size() < width) {
                cells.add(new Cell(line, List.of("")));
            }
        }
        if (cells.size() == width) {
            return new Row(line, cells);
        }
        if (cells.size() < width && cursor.atEndOfDocument()) {
            throw cursor.unexpected(expected);
        }
        throw new UnreadableDocumentException(line, expected, cells.size() + (cells.size() == 1 ? " cell" : " cells"));
    }

    private int startRow(String expected) {
        cursor.skipBlank();
        if (cursor.atEnd() || !Lines.isCell(cursor.peek())) {
            throw cursor.unexpected(expected);
        }
        return cursor.line();
    }

    private Cell readCell(boolean acrossBlankLines) {
        int line = cursor.line();
        List<String> parts = new ArrayList<>();
        parts.add(cursor.take().substring(1));
        while (!cursor.atEnd()) {
            if (continues(cursor.peek())) {
                parts.add(cursor.take());
                continue;
            }
            if (acrossBlankLines && Lines.isBlank(cursor.peek())) {
                int mark = cursor.mark();
                cursor.skipBlank();
                if (!cursor.atEnd() && continues(cursor.peek())) {
                    continue;
                }
                cursor.reset(mark);
            }
            break;
        }
        return new Cell(line, parts);
    }

    /**
     * How many cells the group of cells after the blank lines here has, counting the text that
     * continues them, even across blank lines; 0 if no cell follows.
     */
    private int nextGroupWidth() {
        int mark = cursor.mark();
        cursor.skipBlank();
        if (cursor.atEnd() || !Lines.isCell(cursor.peek())) {
            cursor.reset(mark);
            return 0;
        }
        int width = 0;
        while (!cursor.atEnd()) {
            String line = cursor.peek();
            if (Lines.isCell(line)) {
                width++;
            } else if (Lines.isBlank(line)) {
                cursor.skipBlank();
                if (cursor.atEnd() || !continues(cursor.peek())) {
                    break;
                }
            } else if (!continues(line)) {
                break;
            }
            cursor.take();
        }
        cursor.reset(mark);
        return width;
    }

    private boolean continues(String line) {
        return !Lines.isCell(line) && !line.isBlank() && !boundary.test(line);
    }
}
