package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an export or a transfer leaves in the text: CRLF or CR line ends, a byte-order mark (at the
 * start, or where texts were joined), non-breaking and ideographic spaces around headings and in
 * cells, spaces at the ends of lines. The parser copes itself: the same document comes out, and an
 * error names the same line as in the clean text.
 */
class EncodingResidueTest {

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r", "\n"})
    void theFixtureWithResidueReadsAsTheFixture(String lineEnd) {
        ParsedDisclosure clean = new DisclosureParser().parse(Resources.FIXTURE);

        ParsedDisclosure dirty = new DisclosureParser().parse(withResidue(Resources.FIXTURE, lineEnd));

        assertThat(dirty.departmentName()).isEqualTo("中共阜平县委组织部");
        assertThat(dirty.departmentCode()).isEqualTo("203");
        assertThat(dirty.document()).isEqualTo(clean.document());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void otherDocumentsWithResidueReadAsWithout(String lineEnd) {
        for (String text : List.of(QuyangDocument.TEXT, LaiyuanDocument.TEXT, TangxianDocument.TEXT)) {
            assertThat(new DisclosureParser().parse(withResidue(text, lineEnd)).document())
                    .isEqualTo(new DisclosureParser().parse(text).document());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void anErrorNamesTheSameLineWhateverTheLineEnds(String lineEnd) {
        List<String> lines = Resources.fixtureLines();
        lines.set(216 - 1, "\t十七万"); // 预算数 17.60 of the first project
        String text = String.join("\n", lines);

        UnreadableDocumentException clean = reject(text);
        UnreadableDocumentException dirty = reject(withResidue(text, lineEnd));

        assertThat(dirty.line()).isEqualTo(clean.line()).isEqualTo(216);
        assertThat(dirty.expected()).isEqualTo(clean.expected());
        assertThat(dirty.found()).isEqualTo("十七万");
    }

    /**
     * The text as a careless export writes it: a BOM first and another before 第五部分 (two texts
     * joined), headings indented with ideographic spaces and a non-breaking space before their colon,
     * prose indented, cells with a non-breaking space before and ideographic and plain spaces after
     * their text, and every non-empty line ending in spaces.
     */
    static String withResidue(String text, String lineEnd) {
        String[] lines = text.split("\n", -1);
        StringBuilder dirty = new StringBuilder("\uFEFF");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                dirty.append(line);
            } else if (line.startsWith("\t")) {
                dirty.append("\t\u00A0").append(line.substring(1)).append("\u3000 ");
            } else if (Parts.headingNumber(line) > 0) {
                String marked = Parts.headingNumber(line) == 5 ? "\uFEFF" : "";
                dirty.append(marked).append("\u3000\u3000").append(line.replaceFirst("部分", "部分\u00A0")).append("\u00A0 ");
            } else {
                dirty.append("\u3000\u3000").append(line).append("  \u00A0");
            }
            if (i + 1 < lines.length) {
                dirty.append(lineEnd);
            }
        }
        return dirty.toString();
    }

    private static UnreadableDocumentException reject(String text) {
        Throwable thrown = catchThrowable(() -> new DisclosureParser().parse(text));
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }
}
