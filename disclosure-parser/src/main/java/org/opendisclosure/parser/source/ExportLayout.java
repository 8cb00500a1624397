package org.opendisclosure.parser.source;

import java.util.List;

/**
 * Writes the blocks of a Word document as the text export lays them out: a paragraph per line; a
 * table row by row, each cell a line starting with a TAB (its further paragraphs on lines of their
 * own), a blank line after each row. A cell merged across columns is one cell, as in the export; a
 * cell that continues a vertical merge is an empty cell, which is what the export writes for it.
 *
 * <p>Documents converted from the text export (as the reference .docx and .doc are) carry two
 * traces of that conversion, which are undone here so that they read as the text does:
 * <ul>
 * <li>A table is split wherever a cell ran on over lines without a TAB: those lines become
 * paragraphs running straight from one table to the next (Word cannot hold two tables without a
 * paragraph between them, and an author's paragraph there is usually an empty one). They are
 * written as the continuation of the cell before them, as in the export.</li>
 * <li>A row with fewer cells than the table has columns gets its last cell merged over the rest.
 * In a table under a full header (its first row has a cell with text for every column), where the
 * readers read each row by the header's width, such a cell is written as its text followed by an
 * empty cell for each further column, unless the row goes on in the next table, whose cells then
 * are those columns.</li>
 * </ul>
 */
final class ExportLayout {

    private ExportLayout() {
    }

    static SourceText write(DocumentFormat format, List<Block> blocks) {
        SourceText.Builder text = new SourceText.Builder(format);
        boolean[] bridging = bridging(blocks);
        int paragraphs = 0;
        int tables = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean bridgeFollows = i + 1 < blocks.size() && bridging[i + 1];
            if (block instanceof Block.Paragraph paragraph) {
                ++paragraphs;
                String place = paragraph.page() != null ? paragraph.page() : "paragraph " + paragraphs;
                text.line(paragraph.text(), place);
                if (bridging[i] && !bridgeFollows && format != DocumentFormat.PDF) {
                    // The bridge is over: the table after it starts a row of its own. (A PDF's rows are
                    // read by their width alone, so its next table goes straight on with the row it may continue.)
                    text.endRow(place);
                }
            } else if (block instanceof Block.Table table) {
                table(text, table, ++tables, bridgeFollows ? firstRowWidth(blocks, i + 1) : -1);
            }
        }
        return text.build();
    }

    /** Which paragraphs run straight from one table to the next, with no empty paragraph around them. */
    private static boolean[] bridging(List<Block> blocks) {
        boolean[] bridging = new boolean[blocks.size()];
        int i = 0;
        while (i < blocks.size()) {
            if (!(blocks.get(i) instanceof Block.Table)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && blocks.get(end) instanceof Block.Paragraph paragraph && !paragraph.text().isBlank()) {
                end++;
            }
            if (end > i + 1 && end < blocks.size() && blocks.get(end) instanceof Block.Table) {
                for (int k = i + 1; k < end; k++) {
                    bridging[k] = true;
                }
            }
            i = end;
        }
        return bridging;
    }

    /** The number of cells in the first row of the first table from the index on. */
    private static int firstRowWidth(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Table table && !table.rows().isEmpty()) {
                return table.rows().get(0).size();
            }
        }
        return 0;
    }

    /**
     * @param carried when the text after the table continues its last cell (no blank line ends
     *                the row): how many cells the next table's first row has, which may be the
     *                rest of this table's last row; -1 when the table's last row ends here
     */
    private static void table(SourceText.Builder text, Block.Table table, int number, int carried) {
        boolean continued = carried >= 0;
        List<List<Block.Cell>> rows = table.rows();
        boolean grid = underFullHeader(rows);
        for (int r = 0; r < rows.size(); r++) {
            List<Block.Cell> cells = rows.get(r);
            String page = table.page(r);
            String row = page != null ? page : "table " + number + ", row " + (r + 1);
            boolean last = r + 1 == rows.size();
            for (int c = 0; c < cells.size(); c++) {
                String place = page != null ? page : row + ", cell " + (c + 1);
                text.cell(cells.get(c).text(), place);
                int covered = grid ? cells.get(c).span() - 1 : 0;
                if (last && continued && c + 1 == cells.size() && carried <= covered) {
                    // A row cut in two where a cell ran on: the next table's cells are the columns this one covers.
                    covered = 0;
                }
                for (int k = 0; k < covered; k++) {
                    text.cell("", place);
                }
            }
            if (!last || !continued) {
                text.endRow(row);
            }
        }
    }

    private static boolean underFullHeader(List<List<Block.Cell>> rows) {
        if (rows.size() < 2) {
            return false;
        }
        List<Block.Cell> header = rows.get(0);
        return header.size() > 1 && header.stream().allMatch(cell -> cell.span() == 1 && !cell.text().isBlank());
    }
}
