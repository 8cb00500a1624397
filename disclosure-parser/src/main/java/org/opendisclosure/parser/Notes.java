package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Footnotes: "注：本表…" (also 注1：, 备注：) under a table or in its last row. A footnote explains a
 * table, it is no data: a part whose document has a field for its prose keeps it there, the others
 * pass over it. Numbered lines right after it ("注：1、… / 2、…") belong to it.
 */
final class Notes {
    private static final Pattern NOTE = Pattern.compile("^[\\s\\u3000]*(?:备\\s*)?注\\s*[0-9０-９一二三四五六七八九十]*\\s*[：:]");
    private static final Pattern NUMBERED = Pattern.compile("^[\\s\\u3000]*(?:\\d+[、.．]|[（(]\\d+[）)])");

    private Notes() {
    }

    static boolean isNote(String text) {
        return NOTE.matcher(text).find();
    }

    /** The footnotes that come next, if any, each with its numbered lines; the position after them. */
    static List<String> read(Cursor cursor) {
        List<String> notes = new ArrayList<>();
        while (true) {
            int mark = cursor.mark();
            cursor.skipBlank();
            if (cursor.atEnd() || Lines.isCell(cursor.peek()) || !isNote(cursor.peek())) {
                cursor.reset(mark);
                return notes;
            }
            StringBuilder note = new StringBuilder(cursor.take().strip());
            while (true) {
                int before = cursor.mark();
                cursor.skipBlank();
                if (cursor.atEnd() || Lines.isCell(cursor.peek()) || !NUMBERED.matcher(cursor.peek()).find()) {
                    cursor.reset(before);
                    break;
                }
                note.append('\n').append(cursor.take().strip());
            }
            notes.add(note.toString());
        }
    }

    /** A footnote in the table's last row ("\t注：…"), read; null when the next row is no footnote. */
    static String readRow(TableReader table) {
        if (!table.atRow()) {
            return null;
        }
        Row row = table.peekRow("a table row");
        if (row.cells().isEmpty() || !isNote(row.text(0))) {
            return null;
        }
        table.readRow("a table row");
        List<String> texts = new ArrayList<>();
        for (Cell cell : row.cells()) {
            if (!cell.isBlank()) {
                texts.add(String.join("\n", cell.paragraphs()));
            }
        }
        return String.join("\n", texts);
    }

    /**
     * The prose with the footnotes appended, each on a line of its own, as long as the whole fits
     * into {@code max} characters (the document's limit); otherwise the prose alone.
     */
    static String appended(String prose, List<String> notes, int max) {
        if (notes.isEmpty()) {
            return prose;
        }
        String joined = (prose == null ? "" : prose + "\n") + String.join("\n", notes);
        return joined.length() <= max ? joined : prose;
    }
}
