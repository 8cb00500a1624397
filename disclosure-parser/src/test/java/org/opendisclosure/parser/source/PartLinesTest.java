package org.opendisclosure.parser.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.DisclosureReading;
import org.opendisclosure.parser.PartLines;

class PartLinesTest {

    private final DisclosureParser parser = new DisclosureParser();

    @Test
    void eachPartOfTheReferenceTextRunsFromItsHeadingToTheLineBeforeTheNext() {
        DisclosureReading reading = parser.read(DocumentSources.read(Fixtures.bytes("txt"), null));

        // The headings' lines as an editor numbers them in the reference text.
        assertThat(reading.lines()).containsExactly(
                new PartLines(1, 6, 53, null, null), new PartLines(2, 54, 66, null, null),
                new PartLines(3, 67, 70, null, null), new PartLines(4, 71, 123, null, null),
                new PartLines(5, 124, 2966, null, null), new PartLines(6, 2967, 3269, null, null),
                new PartLines(7, 3270, 3306, null, null), new PartLines(8, 3307, 3322, null, null),
                new PartLines(9, 3323, reading.lines().get(8).lastLine(), null, null));
        assertThat(reading.lines().get(8).lastLine()).isGreaterThanOrEqualTo(3324);
    }

    @Test
    void inAWordOrPdfFileEachPartAlsoSaysWhereItsFirstAndLastLinesAre() {
        for (String extension : List.of("docx", "pdf")) {
            SourceText source = DocumentSources.read(Fixtures.bytes(extension), null);
            DisclosureReading reading = parser.read(source);
            String[] text = source.text().split("\n", -1);

            assertThat(reading.lines()).as(extension).hasSize(9);
            int previous = 0;
            for (PartLines part : reading.lines()) {
                assertThat(text[part.firstLine() - 1]).as(extension + " part " + part.part()).contains("部分");
                if (previous > 0) {
                    assertThat(part.firstLine()).as(extension + ": part " + part.part() + " starts where the one before ends")
                            .isEqualTo(previous + 1);
                }
                assertThat(part.lastLine()).isGreaterThanOrEqualTo(part.firstLine());
                assertThat(part.firstLocation()).as(extension).isEqualTo(source.location(part.firstLine())).isNotNull();
                assertThat(part.lastLocation()).as(extension).isEqualTo(source.location(part.lastLine())).isNotNull();
                previous = part.lastLine();
            }
        }
        assertThat(parser.read(DocumentSources.read(Fixtures.bytes("pdf"), null)).lines().get(6).firstLocation())
                .startsWith("page");
    }

    @Test
    void theMediaTypeIsTheContentsWithATextsCharset() {
        assertThat(DocumentSources.mediaType(Fixtures.bytes("docx")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(DocumentSources.mediaType(Fixtures.bytes("doc"))).isEqualTo("application/msword");
        assertThat(DocumentSources.mediaType(Fixtures.bytes("pdf"))).isEqualTo("application/pdf");
        assertThat(DocumentSources.mediaType(Fixtures.bytes("txt"))).isEqualTo("text/plain;charset=UTF-8");
        byte[] gbk = Fixtures.text().getBytes(Charset.forName("GBK"));
        assertThat(DocumentSources.mediaType(gbk)).isEqualTo("text/plain;charset=GB18030");
        byte[] utf16 = ("\uFEFF" + Fixtures.text()).getBytes(StandardCharsets.UTF_16LE);
        assertThat(DocumentSources.mediaType(utf16)).isEqualTo("text/plain;charset=UTF-16LE");
    }
}
