package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.SourceText;

/**
 * Every document of the corpus as LibreOffice saved it as Word (.docx, made from its HTML) reads as
 * exactly the structured disclosure it was rendered from, as its text export does. The corpus's
 * PDFs are not asked here yet: the PDF reader rebuilds the reference PDF's tables but not yet
 * those of other layouts (an empty last cell of a row, a prose line broken before a long figure).
 */
class CorpusFormatsTest {

    static Stream<Arguments> documents() {
        return CorpusDocuments.all().stream().map(document -> Arguments.of(document, "docx"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documents")
    void everyWordDocumentReadsAsTheDisclosureItStates(CorpusDocuments.Document document, String extension) {
        JsonNode expected = document.render().expected();
        SourceText source = DocumentSources.read(bytes("/corpus/" + document.name() + "." + extension), null);

        ParsedDisclosure parsed = new DisclosureParser().parse(source);

        assertThat(parsed.departmentName()).isEqualTo(expected.get("departmentName").asText());
        assertThat(parsed.departmentCode()).isEqualTo(expected.get("departmentCode").isNull() ? null : expected.get("departmentCode").asText());
        assertThat(parsed.divisionName()).isEqualTo(expected.get("divisionName").asText());
        assertThat(parsed.fiscalYear()).isEqualTo(expected.get("fiscalYear").asInt());
        SameJson.assertSame(parsed.document(), expected.get("document"), document.name() + "." + extension);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = CorpusFormatsTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
