package org.opendisclosure.parser.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.ParsedDisclosure;
import org.opendisclosure.parser.UnreadableDocumentException;

/**
 * The reference document as LibreOffice saved it as .docx (from the text export), and that .docx
 * saved as .doc by LibreOffice, read to exactly the disclosure the text export reads to: Word's
 * tables read as tables, cell by cell.
 */
class WordDocumentTest {
    private static final DisclosureParser PARSER = new DisclosureParser();

    @ParameterizedTest
    @CsvSource({"docx, DOCX", "doc, DOC"})
    void theReferenceWordDocumentReadsToTheSameDisclosureAsItsText(String extension, DocumentFormat format) {
        SourceText word = DocumentSources.read(Fixtures.bytes(extension), null);
        ParsedDisclosure fromText = PARSER.parse(Fixtures.text());

        ParsedDisclosure fromWord = PARSER.parse(word.text());

        assertThat(word.format()).isEqualTo(format);
        assertThat(fromWord).isEqualTo(fromText);
        assertThat(Fixtures.json(fromWord)).isEqualTo(Fixtures.json(fromText));
    }

    @Test
    void aDocxIsReadByItsContentWhateverCharsetAClientClaims() {
        SourceText docx = DocumentSources.read(Fixtures.bytes("docx"), StandardCharsets.UTF_16LE);

        assertThat(PARSER.parse(docx.text())).isEqualTo(PARSER.parse(Fixtures.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc"})
    void tableRowsComeOutAsTheTextExportWritesThemAndEachLineKnowsItsPlace(String extension) {
        SourceText docx = DocumentSources.read(Fixtures.bytes(extension), null);
        String[] lines = docx.text().split("\n", -1);

        int header = indexOf(lines, "\t序号");
        assertThat(lines).contains("二、机构设置");
        assertThat(java.util.Arrays.copyOfRange(lines, header - 2, header + 7))
                .containsExactly("\t部门机构设置情况", "", "\t序号", "\t单位名称", "\t单位性质", "\t单位规格", "\t经费保障形式", "", "\t1");
        assertThat(docx.location(header + 1)).isEqualTo("table 1, row 2, cell 1");
        assertThat(docx.location(header + 2)).isEqualTo("table 1, row 2, cell 2");
        assertThat(docx.location(indexOf(lines, "二、机构设置") + 1)).startsWith("paragraph ");
    }

    @Test
    void anErrorInADocxNamesTheLineOfItsTextAndThePlaceInTheFile() {
        SourceText docx = DocumentSources.read(Fixtures.bytes("docx"), null);
        // The document cut before 第六部分: the parser stops where the procurement part should begin.
        String text = docx.text();
        String truncated = text.substring(0, text.indexOf("第六部分"));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> PARSER.parse(truncated));

        assertThat(e.expected()).contains("第六部分");
        assertThat(docx.location(e.line())).matches("paragraph \\d+|table \\d+, row \\d+(, cell \\d+)?");
    }

    private static int indexOf(String[] lines, String line) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no line " + line);
    }
}
