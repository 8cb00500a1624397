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
 * Every document of the corpus as LibreOffice saved it from its HTML, as Word (.docx) and as PDF,
 * reads as exactly the structured disclosure it was rendered from, as its text export does: the
 * Word tables as tables, the PDF's rebuilt from the places of its text and the borders it draws
 * (indicator cells merged over several rows among them).
 */
class CorpusFormatsTest {

    static Stream<Arguments> documents() {
        return CorpusDocuments.all().stream().flatMap(document -> Stream.of(Arguments.of(document, "docx"), Arguments.of(document, "pdf")));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documents")
    void everyWordAndPdfDocumentReadsAsTheDisclosureItStates(CorpusDocuments.Document document, String extension) {
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
