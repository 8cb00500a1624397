package org.opendisclosure.parser;

import java.util.function.IntFunction;

/**
 * Where in the document a part was read: from its heading to the line before the next part's, as
 * numbered in the text the parser read (for a text document the file's own lines), and for a Word
 * or PDF file where those two lines are in the file.
 *
 * @param part          1 to 9
 * @param firstLine     the line of its heading
 * @param lastLine      its last line
 * @param firstLocation where the first line is in the file (e.g. "page 3", "table 2, row 1, cell 1"); null for a text
 * @param lastLocation  where the last line is in the file; null for a text
 */
public record PartLines(int part, int firstLine, int lastLine, String firstLocation, String lastLocation) {

    /** The same lines, placed in the file by {@code locate} (a line's location, or null). */
    PartLines locatedBy(IntFunction<String> locate) {
        return new PartLines(part, firstLine, lastLine, locate.apply(firstLine), locate.apply(lastLine));
    }
}
