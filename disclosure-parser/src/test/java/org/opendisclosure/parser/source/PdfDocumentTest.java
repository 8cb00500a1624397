package org.opendisclosure.parser.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.ParsedDisclosure;
import org.opendisclosure.parser.UnreadableDocumentException;

/**
 * The reference document as LibreOffice exported it to PDF reads, from its text layer alone, to
 * exactly the disclosure its text export reads to: prose joined into its paragraphs again, tables
 * rebuilt from where their text stands (cells wrapped over lines, rows cut by page breaks, empty
 * cells that show nothing). A PDF that is only an image is refused: no OCR is done.
 */
class PdfDocumentTest {
    private static final DisclosureParser PARSER = new DisclosureParser();

    @Test
    void aFigureThatDidNotFitAtTheEndOfALineGoesOnWithItsParagraphNotAsANumberedItem() throws IOException {
        // LibreOffice moved 17.43万元 whole to the next line, leaving the line before short of the margin;
        // 17.43 is no item number like 17. or 17、 either.
        byte[] pdf;
        try (var in = PdfDocumentTest.class.getResourceAsStream("/corpus/06-unit-no-year-purchase-table.pdf")) {
            pdf = in.readAllBytes();
        }

        String text = DocumentSources.read(pdf, null).text();

        assertThat(text).contains("公务交通补贴32.25万元，取暖费17.43万元，党组织活动经费1.75万元，水费0.43万元，会议费0.63万元。");
    }

    @Test
    void theReferencePdfReadsToTheSameDisclosureAsItsText() {
        SourceText pdf = DocumentSources.read(Fixtures.bytes("pdf"), null);
        ParsedDisclosure fromText = PARSER.parse(Fixtures.text());

        ParsedDisclosure fromPdf = PARSER.parse(pdf);

        assertThat(pdf.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(Fixtures.json(fromPdf)).isEqualTo(Fixtures.json(fromText));
        assertThat(fromPdf).isEqualTo(fromText);
    }

    @Test
    void theReferencePdfsLinesNameTheirPages() {
        SourceText pdf = DocumentSources.read(Fixtures.bytes("pdf"), null);
        String[] lines = pdf.text().split("\n", -1);

        assertThat(lines[0]).isEqualTo("中共阜平县委组织部");
        assertThat(pdf.location(1)).isEqualTo("page 1");
        assertThat(pdf.location(lines.length)).isEqualTo("page 25");
        // The units table, as the text export writes it: one cell a line, a blank line after each row.
        int header = java.util.Arrays.asList(lines).indexOf("\t序号");
        assertThat(java.util.Arrays.copyOfRange(lines, header, header + 7))
                .containsExactly("\t序号", "\t单位名称", "\t单位性质", "\t单位规格", "\t经费保障形式", "", "\t1");
    }

    @Test
    void aPdfThatIsOnlyAPictureIsRefusedForWantOfATextLayer() throws IOException {
        UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(pdf(null, null), null));

        assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.NO_TEXT_LAYER);
        assertThat(e.getMessage()).startsWith("a PDF without a text layer; OCR is not done");
    }

    @Test
    void aPdfThatIsNoDisclosureIsRefusedNamingTheLineAndItsPage() throws IOException {
        SourceText pdf = DocumentSources.read(pdf("Minutes of the meeting", null), null);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> PARSER.parse(pdf));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.location()).isEqualTo("page 1");
        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.location()).isEqualTo("page 1"));
    }

    @Test
    void aPasswordProtectedOrDamagedPdfIsAFileThatCannotBeRead() throws IOException {
        byte[] locked = pdf("Minutes of the meeting", "secret");
        byte[] reference = Fixtures.bytes("pdf");
        byte[] damaged = java.util.Arrays.copyOf(reference, 2000);

        UnsupportedDocumentException lockedError = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(locked, null));
        UnsupportedDocumentException damagedError = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(damaged, null));

        assertThat(lockedError.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNREADABLE_FILE);
        assertThat(lockedError.getMessage()).contains("password-protected PDF");
        assertThat(damagedError.reason()).isIn(UnsupportedDocumentException.Reason.UNREADABLE_FILE,
                UnsupportedDocumentException.Reason.NO_TEXT_LAYER);
    }

    /** A one-page PDF: the line of text in a standard font, or only a filled box; locked with the password if one is given. */
    private static byte[] pdf(String text, String password) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (text == null) {
                    content.addRect(100, 100, 300, 400);
                    content.fill();
                } else {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
