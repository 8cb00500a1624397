package org.opendisclosure.parser.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A .docx read from its structure rather than its look: the body in order, paragraphs and tables
 * cell by cell (POI's XWPF), written as the text export lays them out ({@link ExportLayout}).
 */
final class DocxText {

    // The body of a disclosure of a few dozen pages is about 1 MB of XML; POI's own guard (an entry
    // may inflate to 100 times its size) would still let a 4 MB upload become 400 MB of XML in memory.
    private static final long MAX_PART_SIZE = 32L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
    }

    private DocxText() {
    }

    static SourceText read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return ExportLayout.write(DocumentFormat.DOCX, blocks(document.getBodyElements()));
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException | UnsupportedOperationException e) {
            // POI reports a damaged or locked package with any of these; none of them is the client's text to fix.
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.DOCX,
                    "a Word document (.docx) that cannot be opened: it is damaged, encrypted or not a Word document after all", e);
        }
    }

    private static List<Block> blocks(List<IBodyElement> elements) {
        List<Block> blocks = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                blocks.add(new Block.Paragraph(paragraph.getText()));
            } else if (element instanceof XWPFTable table) {
                blocks.add(new Block.Table(table.getRows().stream()
                        .map(row -> row.getTableCells().stream().map(DocxText::cell).toList()).toList()));
            } else if (element instanceof XWPFSDT control) {
                // A content control around body text (a form field, a cover page): its text as lines.
                blocks.add(new Block.Paragraph(control.getContent().getText()));
            }
        }
        return blocks;
    }

    private static Block.Cell cell(XWPFTableCell cell) {
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
        return new Block.Cell(content.toString(), span(cell));
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, properties.getGridSpan().getVal().intValue());
    }
}
