package org.opendisclosure.parser.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A .docx read as Word's text export writes it, from the document's structure rather than its
 * look: the body in order, a paragraph per line, and a table row by row, each cell a line starting
 * with a TAB (its further paragraphs on lines of their own), a blank line after each row. A cell
 * merged across columns is one cell, as in the export; a cell that continues a vertical merge is
 * an empty cell, which is what the export writes for it and what the table readers expect.
 */
final class DocxText {

    private DocxText() {
    }

    static SourceText read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            SourceText.Builder text = new SourceText.Builder(DocumentFormat.DOCX);
            new Walk(text).body(document.getBodyElements());
            return text.build();
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException | UnsupportedOperationException e) {
            // POI reports a damaged or locked package with any of these; none of them is the client's text to fix.
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOCX,
                    "a Word document (.docx) that cannot be opened: it is damaged, encrypted or not a Word document after all", e);
        }
    }

    private static final class Walk {
        private final SourceText.Builder text;
        private int paragraphs;
        private int tables;

        Walk(SourceText.Builder text) {
            this.text = text;
        }

        void body(List<IBodyElement> elements) {
            boolean[] bridging = bridging(elements);
            for (int i = 0; i < elements.size(); i++) {
                IBodyElement element = elements.get(i);
                boolean bridgeFollows = i + 1 < elements.size() && bridging[i + 1];
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs++;
                    text.line(paragraph.getText(), "paragraph " + paragraphs);
                    if (bridging[i] && !bridgeFollows) {
                        // The bridge is over: the table after it starts a row of its own.
                        text.endRow("paragraph " + paragraphs);
                    }
                } else if (element instanceof XWPFTable table) {
                    table(table, bridgeFollows ? firstRowWidth(elements, i + 1) : -1);
                } else if (element instanceof XWPFSDT control) {
                    // A content control around body text (a form field, a cover page): its text as lines.
                    paragraphs++;
                    text.line(control.getContent().getText(), "paragraph " + paragraphs);
                }
            }
        }

        /**
         * Which paragraphs are the rest of the cell before them: text paragraphs that run straight
         * from one table to the next, with no empty paragraph around them. Word cannot hold two
         * tables without a paragraph between them, and a document converted from the text export
         * splits a table wherever a cell ran on over lines, leaving those lines as such paragraphs;
         * in the export they continue the cell, and the table readers read them so.
         */
        private static boolean[] bridging(List<IBodyElement> elements) {
            boolean[] bridging = new boolean[elements.size()];
            int i = 0;
            while (i < elements.size()) {
                if (!(elements.get(i) instanceof XWPFTable)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < elements.size() && elements.get(end) instanceof XWPFParagraph paragraph
                        && !paragraph.getText().isBlank()) {
                    end++;
                }
                if (end > i + 1 && end < elements.size() && elements.get(end) instanceof XWPFTable) {
                    for (int k = i + 1; k < end; k++) {
                        bridging[k] = true;
                    }
                }
                i = end;
            }
            return bridging;
        }

        /** The number of cells in the first row of the first table from the index on. */
        private static int firstRowWidth(List<IBodyElement> elements, int from) {
            for (int i = from; i < elements.size(); i++) {
                if (elements.get(i) instanceof XWPFTable table && !table.getRows().isEmpty()) {
                    return table.getRows().get(0).getTableCells().size();
                }
            }
            return 0;
        }

        /**
         * @param carried when the text after the table continues its last cell (no blank line ends
         *                the row): how many cells the next table's first row has, which may be the
         *                rest of this table's last row; -1 when the table's last row ends here
         */
        private void table(XWPFTable table, int carried) {
            boolean continued = carried >= 0;
            int number = ++tables;
            List<XWPFTableRow> rows = table.getRows();
            boolean grid = isGrid(rows);
            for (int r = 0; r < rows.size(); r++) {
                List<XWPFTableCell> cells = rows.get(r).getTableCells();
                String row = "table " + number + ", row " + (r + 1);
                boolean last = r + 1 == rows.size();
                for (int c = 0; c < cells.size(); c++) {
                    String location = row + ", cell " + (c + 1);
                    cell(cells.get(c), location);
                    int covered = grid ? span(cells.get(c)) - 1 : 0;
                    if (last && continued && c + 1 == cells.size() && carried <= covered) {
                        // A row cut in two where a cell ran on: the next table's cells are the columns this one covers.
                        covered = 0;
                    }
                    for (int k = 0; k < covered; k++) {
                        text.cell("", location);
                    }
                }
                if (r + 1 < rows.size() || !continued) {
                    text.endRow(row);
                }
            }
        }

        /**
         * Whether the table is a grid under a header: its first row has a cell with text for every
         * column (a row with empty cells is data, as where a table goes on from the one before).
         * The table readers read such rows by the header's width, so a cell merged across columns
         * there is written as its text followed by an empty cell for each further column it
         * covers. Elsewhere (title rows, label and value rows) a merged cell is one cell, as the
         * text export writes it.
         */
        private static boolean isGrid(List<XWPFTableRow> rows) {
            if (rows.size() < 2) {
                return false;
            }
            List<XWPFTableCell> header = rows.get(0).getTableCells();
            return header.size() > 1 && header.stream().allMatch(cell -> span(cell) == 1 && !cell.getText().isBlank());
        }

        private static int span(XWPFTableCell cell) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
                return 1;
            }
            return Math.max(1, properties.getGridSpan().getVal().intValue());
        }

        private void cell(XWPFTableCell cell, String location) {
            StringBuilder content = new StringBuilder();
            for (IBodyElement element : cell.getBodyElements()) {
                if (!content.isEmpty()) {
                    content.append('\n');
                }
                if (element instanceof XWPFParagraph paragraph) {
                    content.append(paragraph.getText());
                } else if (element instanceof XWPFTable nested) {
                    // A table inside a cell has no form in the export's one level of cells: its text runs on in the cell.
                    content.append(String.join("\n", nested.getRows().stream()
                            .flatMap(row -> row.getTableCells().stream()).map(XWPFTableCell::getText).toList()));
                } else if (element instanceof XWPFSDT control) {
                    content.append(control.getContent().getText());
                }
            }
            text.cell(content.toString(), location);
        }
    }
}
