package org.opendisclosure.parser;

import java.util.List;

/** One table row: the line it starts on and its cells in published order. */
record Row(int line, List<Cell> cells) {

    int size() {
        return cells.size();
    }

    Cell cell(int index) {
        return cells.get(index);
    }

    String text(int index) {
        return cells.get(index).text();
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** Whether any cell, with all its spaces removed, contains the word. */
    boolean mentions(String word) {
        return cells.stream().anyMatch(cell -> Words.squeeze(cell.text()).contains(word));
    }
}
