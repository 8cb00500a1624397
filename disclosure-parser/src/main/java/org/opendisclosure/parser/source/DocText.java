package org.opendisclosure.parser.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A Word 97-2003 .doc read like a .docx ({@link DocxText}): paragraphs, and tables row by row and
 * cell by cell through HWPF's table model, fields as Word shows them (their results, not their
 * codes), written as the text export lays them out ({@link ExportLayout}).
 */
final class DocText {

    private DocText() {
    }

    static SourceText read(byte[] bytes) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (file.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOCX,
                        "a password-protected Word document: save it without a password and send it again");
            }
            if (!file.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNKNOWN_FORMAT, null,
                        "an Office file that is not a Word document (a spreadsheet or a presentation?): send the .docx, "
                                + "a .doc, a PDF or the text of the disclosure");
            }
            try (HWPFDocument document = new HWPFDocument(file)) {
                return read(document.getRange());
            }
        } catch (EncryptedDocumentException e) {
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOC,
                    "a password-protected Word document: save it without a password and send it again", e);
        } catch (OldFileFormatException e) {
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOC,
                    "a Word document older than Word 97: save it as .docx and send it again", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedDocumentException unsupported) {
                throw unsupported;
            }
            // HWPF signals a damaged file with all sorts of runtime exceptions (index, state, argument).
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOC,
                    "a Word document (.doc) that cannot be read: it is damaged or not a Word document after all", e);
        }
    }

    private static SourceText read(Range range) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                blocks.add(table(table));
                i += Math.max(1, table.numParagraphs());
            } else {
                blocks.add(new Block.Paragraph(shown(paragraph.text())));
                i++;
            }
        }
        return ExportLayout.write(DocumentFormat.DOC, blocks);
    }

    /**
     * The table's rows and cells. A .doc stores no column grid: a cell merged across columns is a
     * wider cell, so how many columns it covers is counted from the edges of all cells of the table.
     */
    private static Block.Table table(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Block.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    // The rest of a cell merged across columns the old way: one cell in the export.
                    continue;
                }
                List<String> lines = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    lines.add(shown(cell.getParagraph(p).text()));
                }
                int left = cell.getLeftEdge();
                int span = Math.max(1, edges.subSet(left, false, left + cell.getWidth(), false).size() + 1);
                cells.add(new Block.Cell(String.join("\n", lines), span));
            }
            rows.add(cells);
        }
        return new Block.Table(rows);
    }

    /**
     * The text of a paragraph as Word shows it: a field's result without its code (the code alone
     * when a field has no result is not shown either), without the marks that end paragraphs and
     * cells or stand for pictures and notes.
     */
    static String shown(String raw) {
        StringBuilder shown = new StringBuilder(raw.length());
        // For each open field: whether its result has begun (after the separator).
        List<Boolean> fields = new ArrayList<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> fields.add(false);
                case '\u0014' -> {
                    if (!fields.isEmpty()) {
                        fields.set(fields.size() - 1, true);
                    }
                }
                case '\u0015' -> {
                    if (!fields.isEmpty()) {
                        fields.remove(fields.size() - 1);
                    }
                }
                default -> {
                    if (fields.stream().allMatch(result -> result)) {
                        append(shown, c);
                    }
                }
            }
        }
        return shown.toString();
    }

    private static void append(StringBuilder shown, char c) {
        switch (c) {
            case '\r', '\u0007', '\u0001', '\u0002', '\u0005', '\u0008', '\u001F' -> {
                // paragraph and cell ends, pictures, note references, drawn objects, optional hyphens
            }
            case '\u001E' -> shown.append('-');
            case '\u000B' -> shown.append('\n');
            default -> shown.append(c);
        }
    }
}
