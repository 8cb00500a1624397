package org.opendisclosure.parser.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What the bytes are is told by the bytes; what is not a document the suite reads is refused with a reason. */
class DocumentSourcesTest {

    @Test
    void eachReferenceFileIsToldApartByItsContent() {
        assertThat(DocumentSources.detect(Fixtures.bytes("docx"))).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentSources.detect(Fixtures.bytes("doc"))).isEqualTo(DocumentFormat.DOC);
        assertThat(DocumentSources.detect(Fixtures.bytes("pdf"))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentSources.detect(Fixtures.bytes("txt"))).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void textKeepsItsCharsetRulesAndHasNoPlacesBesideItsLines() {
        String text = Fixtures.text();
        byte[] utf16 = withBom(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        for (byte[] bytes : new byte[][]{text.getBytes(StandardCharsets.UTF_8), utf16, text.getBytes(Charset.forName("GB18030"))}) {
            SourceText source = DocumentSources.read(bytes, null);
            assertThat(source.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(source.text()).isEqualTo(text);
            assertThat(source.location(3)).isNull();
        }
        // A declared charset that cannot hold Chinese is not believed; a BOM beats any declaration.
        assertThat(DocumentSources.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).text()).isEqualTo(text);
        assertThat(DocumentSources.read(utf16, Charset.forName("GBK")).text()).isEqualTo(text);
    }

    @Test
    void anImageOrRandomBytesAreNoDocumentAtAll() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        byte[] random = new byte[4096];
        new Random(13).nextBytes(random);

        for (byte[] bytes : new byte[][]{png, random}) {
            UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                    () -> DocumentSources.read(bytes, null));
            assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNKNOWN_FORMAT);
            assertThat(e.getMessage()).contains("neither a Word document (.docx, .doc), a PDF nor text");
        }
    }

    @Test
    void aZipThatHoldsNoWordDocumentIsNotADocx() throws IOException {
        UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(zip("xl/workbook.xml", "<workbook/>"), null));

        assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNKNOWN_FORMAT);
        assertThat(e.getMessage()).contains("ZIP archive that is not a Word document");
    }

    @Test
    void aDamagedDocxOrDocIsAFileThatCannotBeRead() throws IOException {
        byte[] notReallyWord = zip("word/document.xml", "<not-wordprocessingml/>");
        byte[] docx = Fixtures.bytes("docx");
        byte[] cutDocx = Arrays.copyOf(docx, docx.length / 2);
        byte[] doc = Fixtures.bytes("doc");
        byte[] cutDoc = Arrays.copyOf(doc, 4096);

        for (byte[] bytes : new byte[][]{notReallyWord, cutDocx, cutDoc}) {
            UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                    () -> DocumentSources.read(bytes, null));
            assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNREADABLE_FILE);
            assertThat(e.getMessage()).containsAnyOf("cannot be opened", "cannot be read");
        }
    }

    @Test
    void aDocxThatInflatesFarBeyondItsSizeIsRefusedUnread() throws IOException {
        // 64 MB of one byte over again in a ZIP of some 60 KB: what an upload limit alone does not stop.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }

        UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(bytes.toByteArray(), null));

        assertThat(bytes.size()).isLessThan(1 << 20);
        assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNREADABLE_FILE);
        // Refused as a bomb by POI's inflation guard, before any of it is parsed (not for being no WordprocessingML).
        assertThat(org.assertj.core.util.Throwables.getStackTrace(e)).containsIgnoringCase("zip bomb");
    }

    @Test
    void aDocxWhoseBodyIsFarLargerThanAnyDisclosuresIsRefusedUnread() throws IOException {
        // 40 MB of text that compresses as text does (well within POI's ratio guard), where a disclosure has about 1 MB.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(5);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                for (int k = 0; k < block.length; k++) {
                    block[k] = (byte) ('a' + random.nextInt(16));
                }
                zip.write(block);
            }
            zip.closeEntry();
        }

        UnsupportedDocumentException e = catchThrowableOfType(UnsupportedDocumentException.class,
                () -> DocumentSources.read(bytes.toByteArray(), null));

        assertThat(e.reason()).isEqualTo(UnsupportedDocumentException.Reason.UNREADABLE_FILE);
        assertThat(org.assertj.core.util.Throwables.getStackTrace(e)).containsIgnoringCase("zip bomb");
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] withBom(byte[] bom, byte[] content) {
        byte[] bytes = Arrays.copyOf(bom, bom.length + content.length);
        System.arraycopy(content, 0, bytes, bom.length, content.length);
        return bytes;
    }
}
